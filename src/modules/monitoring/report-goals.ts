import { sql, type Kysely } from 'kysely';

/**
 * The cooperation's goal tree and its possible initiatives, as the report "Vielfalt schafft Zukunft"
 * lists them (Abbildung 3; Abbildungen 4 and 5). Facts of the cooperation, not demo data: migration
 * 014 writes them, and so do the tests and the demo seed after emptying the tables.
 */
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

/**
 * Writes the goals and initiatives of the report unless goals exist already. The figure names no
 * edges between its levels, so goals have no parent; each initiative is tied to the Sachziel it serves.
 */
export async function seedReportGoals<DB>(db: Kysely<DB>): Promise<void> {
  const existing = await sql<{ n: number }>`select count(*)::int as n from monitoring_goals`.execute(db);
  if ((existing.rows[0]?.n ?? 0) > 0) return;
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
