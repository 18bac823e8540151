import { sql, type Kysely } from 'kysely';

/**
 * Monitoring: imports of official-statistics tables, the values per indicator, area and year with
 * their corrections, targets, and the work programme (goals, initiatives, milestones, the indicators
 * that measure them, links from catalogue projects). The goals of Abbildung 3 and the initiatives of
 * Abbildungen 4 and 5 of the report "Vielfalt schafft Zukunft" are facts of the cooperation, not demo
 * data, so they are written here; the figure names no edges between its levels, so goals have no parent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const areas = sql.raw(`'bochum','dortmund','duisburg','essen','gelsenkirchen','muelheim','oberhausen','nrw','ruhr'`);
  await sql`
    create table monitoring_imports (
      id uuid primary key default gen_random_uuid(),
      indicator_key text not null,
      source_table text not null check (char_length(source_table) between 1 and 100),
      source_label text not null check (char_length(source_label) between 1 and 300),
      retrieved_on date not null,
      raw_text text not null,
      mapping jsonb,
      status text not null default 'draft' check (status in ('draft', 'saved', 'rolled_back')),
      row_count integer not null default 0,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      saved_at timestamptz,
      rolled_back_at timestamptz
    )`.execute(db);
  await sql`
    create table monitoring_mappings (
      source_table text primary key,
      mapping jsonb not null,
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table monitoring_values (
      id uuid primary key default gen_random_uuid(),
      indicator_key text not null,
      area text not null check (area in (${areas})),
      year integer not null check (year between 1950 and 2100),
      value double precision,
      sign text check (sign in ('zero', 'unknown', 'secret', 'not_available')),
      source text not null,
      retrieved_on date not null,
      is_demo boolean not null default false,
      import_id uuid references monitoring_imports(id) on delete restrict,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (indicator_key, area, year),
      check (value is not null or sign in ('unknown', 'secret', 'not_available'))
    )`.execute(db);
  await sql`create index monitoring_values_import on monitoring_values (import_id)`.execute(db);
  await sql`
    create table monitoring_corrections (
      id uuid primary key default gen_random_uuid(),
      value_id uuid not null references monitoring_values(id) on delete cascade,
      previous_value double precision,
      previous_sign text,
      new_value double precision,
      reason text not null check (char_length(reason) between 3 and 1000),
      corrected_by uuid references users(id) on delete set null,
      corrected_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index monitoring_corrections_value on monitoring_corrections (value_id)`.execute(db);
  await sql`
    create table monitoring_targets (
      id uuid primary key default gen_random_uuid(),
      indicator_key text not null,
      area text check (area in (${areas})),
      target_value double precision,
      target_year integer check (target_year between 2000 and 2100),
      reference_indicator_key text,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      check ((target_value is not null and target_year is not null) or reference_indicator_key is not null),
      check (reference_indicator_key is null or reference_indicator_key <> indicator_key)
    )`.execute(db);
  await sql`create unique index monitoring_targets_one on monitoring_targets (indicator_key, coalesce(area, ''))`.execute(
    db,
  );
  await sql`
    create table monitoring_goals (
      id uuid primary key default gen_random_uuid(),
      level text not null check (level in ('normative', 'strategic', 'objective')),
      parent_id uuid references monitoring_goals(id) on delete set null,
      title text not null,
      position integer not null
    )`.execute(db);
  await sql`
    create table monitoring_initiatives (
      id uuid primary key default gen_random_uuid(),
      goal_id uuid references monitoring_goals(id) on delete set null,
      title text not null check (char_length(title) between 1 and 300),
      description text not null default '' check (char_length(description) <= 4000),
      field text not null,
      owner_organisation_id uuid references organisations(id) on delete set null,
      owner_label text not null default '',
      cities text[] not null default '{}',
      status text not null default 'proposed'
        check (status in ('proposed', 'planned', 'running', 'completed', 'stopped')),
      source_label text not null default '',
      source_path text not null default '',
      is_demo boolean not null default false,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table monitoring_milestones (
      id uuid primary key default gen_random_uuid(),
      initiative_id uuid not null references monitoring_initiatives(id) on delete cascade,
      title text not null,
      due_on date not null,
      reached_on date
    )`.execute(db);
  await sql`
    create table monitoring_initiative_indicators (
      initiative_id uuid not null references monitoring_initiatives(id) on delete cascade,
      indicator_key text not null,
      primary key (initiative_id, indicator_key)
    )`.execute(db);
  await sql`
    create table monitoring_project_links (
      id uuid primary key default gen_random_uuid(),
      catalogue_entry_id uuid not null references catalogue_entries(id) on delete cascade,
      goal_id uuid references monitoring_goals(id) on delete cascade,
      initiative_id uuid references monitoring_initiatives(id) on delete cascade,
      created_at timestamptz not null default now(),
      check ((goal_id is null) <> (initiative_id is null))
    )`.execute(db);
  await sql`create unique index monitoring_project_links_one
    on monitoring_project_links (catalogue_entry_id, coalesce(goal_id, initiative_id))`.execute(db);

  await seedReportGoals(db);
}

const REPORT = 'Vielfalt schafft Zukunft, Abbildung';

/** Abbildung 3: the goals as the report words them, in its order. */
const GOALS: ReadonlyArray<[level: string, key: string, title: string]> = [
  ['normative', 'n1', 'Die Zukunftsfähigkeit der Region durch die Nutzung der vorhandenen Potenziale herstellen'],
  [
    'normative',
    'n2',
    'Die interkulturelle Öffnung von Organisationen und Unternehmen: Verwaltung, Wirtschaftsverbände, Unternehmen',
  ],
  [
    'normative',
    'n3',
    'Einen Paradigmenwechsel herbeiführen: auf die Potenziale der Region und der Menschen schauen, nicht auf die Defizite',
  ],
  [
    'normative',
    'n4',
    'Eine Willkommenskultur im Ruhrgebiet schaffen, insbesondere für Fachkräfte mit Zuwanderungsgeschichte',
  ],
  ['normative', 'n5', 'Unternehmen dafür gewinnen, sich verstärkt im Bildungsbereich zu engagieren'],
  ['strategic', 's1', 'Interkulturelle Öffnung ist ein gemeinsames Ziel von Wirtschaft und Kommunen'],
  [
    'strategic',
    's2',
    'Kooperationen von Kommune, Wirtschaft und weiteren Akteuren für Synergien und innovative Lösungen',
  ],
  ['strategic', 's3', 'Gemeinsame Strategien gegen den Fachkräftemangel'],
  [
    'strategic',
    's4',
    'Integrierte Konzepte, die Diversity berücksichtigen, etwa in Personalentwicklung und Unternehmensstrategien',
  ],
  [
    'strategic',
    's5',
    'Ein gemeinsames Verständnis von Potenzialorientierung, individueller Förderung und der Bedeutung von Elternbeteiligung',
  ],
  [
    'objective',
    'o1',
    'Möglichst viele Verbündete aus der Wirtschaft für Integration und interkulturelle Öffnung gewinnen',
  ],
  ['objective', 'o2', 'Vernetzung schaffen'],
  ['objective', 'o3', 'Konkrete Produkte und Dienstleistungen entwickeln und bereitstellen, die KMU nutzen können'],
  ['objective', 'o4', 'Transparenz herstellen zu Wissen, Akteuren, Projekten und Förderprojekten'],
  ['objective', 'o5', 'Wissen, Akteure und Projekte vernetzen'],
  [
    'objective',
    'o6',
    'Monitoring: Bildung, Integration, Elternbeteiligung, Sprache und den Anteil Jugendlicher mit Zuwanderungsgeschichte an Ausbildungsplätzen messbar machen',
  ],
  [
    'objective',
    'o7',
    'Kleine und mittlere Unternehmen für den Diversity-Gedanken gewinnen: durch Corporate Social Responsibility, Projekte, Patenschaften für andere Unternehmen, Konferenzen',
  ],
  [
    'objective',
    'o8',
    'Ein Transfermanagement aufbauen: Projekte vom Piloten in die Fläche bringen, geeignete Strukturen schaffen oder vorhandene nutzen',
  ],
  [
    'objective',
    'o9',
    'Qualitätsstandards entwickeln für Ausbildung, Unternehmen, Verwaltung und Bildungseinrichtungen (Kita, Grundschule, weiterführende Schulen)',
  ],
  ['objective', 'o10', 'Ein Arbeitsprogramm formulieren'],
  ['objective', 'o11', 'Partizipation organisieren'],
];

/** Abbildungen 4 and 5: possible initiatives by field, the Sachziel they serve, the indicators that measure them. */
const INITIATIVES: ReadonlyArray<[field: string, goal: string, title: string, indicators: string[]]> = [
  ['communication', 'o1', 'Sensibilisierungskampagne', []],
  ['communication', 'o1', 'Ethnischer Wirtschaftspreis', []],
  ['communication', 'o1', 'PR-Arbeit und Kampagnen', []],
  ['communication', 'o8', 'Good Practice verbreiten', []],
  ['communication', 'o7', 'Charta der Vielfalt', []],
  ['education', 'o9', 'Das Thema in der Schule verankern', ['leavers_no_certificate_non_german']],
  ['education', 'o7', 'Patenschaften zwischen Schulen und Unternehmen', []],
  ['education', 'o9', 'Beratung und Zertifizierung von Schulen', []],
  ['education', 'o3', 'Praktikumsplätze', ['platform_positions']],
  ['education', 'o6', 'Bildungsübergänge', ['abitur_rate_non_german', 'leavers_no_certificate_non_german']],
  [
    'monitoring',
    'o6',
    'Monitoring-Systeme: Übersicht und Monitoring',
    ['migration_share', 'staff_migration_share', 'apprentices_non_german'],
  ],
  [
    'networking',
    'o4',
    'Zentrale Informationsstelle für Angebote für KMU zu interkultureller Öffnung und Diversity',
    [],
  ],
  ['networking', 'o2', 'Vernetzung der Anbieter und Qualitätszirkel', []],
  [
    'networking',
    'o3',
    'Interkommunales Matching von Unternehmen und Auszubildenden',
    ['platform_applications', 'platform_contracts', 'apprentices_non_german'],
  ],
  [
    'networking',
    'o5',
    'Austausch zu kultursensiblen und anonymisierten Einstellungsverfahren',
    ['platform_invitations'],
  ],
  [
    'qualification',
    'o3',
    'Interkulturelle Kompetenz für Führungskräfte, Ausbilder und Mitarbeitende',
    ['staff_migration_share'],
  ],
  ['qualification', 'o3', 'Qualifizierung von Multiplikatoren', []],
  ['company_advice', 'o7', 'Strategische Ausrichtung der Betriebe, um mit Unterschieden produktiv umzugehen', []],
  ['company_advice', 'o9', 'Qualitätsstandards für Unternehmen (Checklisten)', []],
  ['company_advice', 'o2', 'Erfahrungsaustausch zwischen Unternehmen organisieren', []],
  ['company_advice', 'o2', 'Dialog- und Fachveranstaltungen', []],
  ['company_advice', 'o1', 'Förderung ethnischer Existenzgründungen', []],
  ['municipal_advice', 'o9', 'Beratung von Fachbereichen der Kommunen', ['staff_migration_share']],
  ['training_support', 'o3', 'Mediation in der Ausbildung', []],
  ['training_support', 'o3', 'Ausbildungsabbrüche verhindern', ['platform_contracts']],
  ['training_support', 'o3', 'Coaching von Jugendlichen bei Bewerbungen und in Krisen', ['platform_applications']],
  ['training_support', 'o7', 'Ausbildungspatenschaften', ['platform_mentorships']],
  ['training_support', 'o3', 'Ausbildungsstipendien', []],
  ['training_support', 'o3', 'Nachqualifizierungen ermöglichen', []],
  ['training_support', 'o3', 'Nach einem ersten Misserfolg weitermachen: zweite Chance', []],
  ['training_places', 'o1', 'Akquise von Ausbildungsplätzen', ['platform_positions', 'apprentices_non_german']],
  [
    'training_places',
    'o1',
    'Betriebe von Inhaberinnen und Inhabern mit Einwanderungsgeschichte als Ausbildungsbetriebe gewinnen',
    ['apprentices_non_german'],
  ],
  ['training_places', 'o3', 'Beratung zu Finanzierung und Formalitäten der Ausbildung', []],
];

async function seedReportGoals(db: Kysely<unknown>): Promise<void> {
  const ids = new Map<string, string>();
  let position = 0;
  for (const [level, key, title] of GOALS) {
    position += 1;
    const { rows } = await sql<{ id: string }>`
      insert into monitoring_goals (level, title, position) values (${level}, ${title}, ${position}) returning id`.execute(
      db,
    );
    ids.set(key, rows[0]!.id);
  }
  for (const [field, goal, title, indicators] of INITIATIVES) {
    const figure =
      field === 'communication' || field === 'education' || field === 'monitoring' || field === 'networking' ? 4 : 5;
    const { rows } = await sql<{ id: string }>`
      insert into monitoring_initiatives (goal_id, title, field, status, source_label)
      values (${ids.get(goal)!}, ${title}, ${field}, 'proposed', ${`${REPORT} ${figure}`}) returning id`.execute(db);
    for (const indicator of indicators)
      await sql`insert into monitoring_initiative_indicators (initiative_id, indicator_key)
        values (${rows[0]!.id}, ${indicator})`.execute(db);
  }
}
