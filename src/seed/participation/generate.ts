import { sql, type Kysely } from 'kysely';
import { createHash } from 'node:crypto';
import type { Database } from '../../core/db/database.js';
import { days, hours } from '../../core/time/durations.js';
import { berlinWallClockToInstant } from '../../core/time/calendar-day.js';
import { isWorkingDayForEvents } from '../holidays.js';
import { CRITERIA, storyImageKey, type TranslatedLocale } from '../../modules/participation/index.js';
import { FIXED_ORGANISATIONS } from '../demo-accounts.js';
import { createRandom, type Random } from '../random.js';
import type { FileStorage } from '../../core/storage/index.js';
import { describeIllustration, drawIllustration } from './illustrations.js';
import { STORY_SCENES } from './story-media.js';
import { CAMPAIGN_TRANSLATIONS } from './campaign-translations.js';
import { STORY_TRANSLATIONS } from './story-translations.js';
import { DEMO_CAMPAIGNS, DEMO_STORIES } from './stories.js';

/**
 * Participation demo data (see docs/demo-accounts.md): two past forums of the coordination office with their
 * results, three campaigns, twenty stories, and this year's award round with nominations, a jury and scores.
 * Ballots go through the database's own rules: each forum is first placed around now with its round open, the
 * ballots are cast, then the round is closed and the forum moved to its real, past date.
 */
export interface ParticipationDataSummary {
  forums: number;
  ballots: number;
  campaigns: number;
  stories: number;
  /** Stories with a picture (only when the seed is given a file storage). */
  images: number;
  /** Story and campaign translations, over all languages. */
  translations: number;
  nominations: number;
  scores: number;
}

const OFFICE_ADMIN = 'admin@koordinierung.vielfalt-ruhr.example';
const OFFICE_MEMBER = 'team@koordinierung.vielfalt-ruhr.example';
const INVITED_JUROR = 'verwaltung@essen.vielfalt-ruhr.example';

/** The focal points the forum weighted (Abbildung 6), with how strongly the forty participants leant to each. */
const FOCAL_POINTS: readonly (readonly [string, number])[] = [
  ['Öffentlichkeitskampagnen: Potenziale statt Defizite zeigen', 9],
  ['Transparenz über Angebote, Wissen, Akteure und Projekte herstellen', 8],
  ['Potenziale in der Region halten', 7],
  ['Förderung ethnischer Existenzgründungen', 4],
  ['Ethnische Betriebe als Ausbildungsbetriebe gewinnen', 4],
  ['Ausbildungspatenschaften', 3],
  ['Erfahrungsaustausch zwischen Unternehmen organisieren', 2],
  ['Dialog- und Fachveranstaltungen', 1],
];

const SECOND_FORUM_OPTIONS: readonly (readonly [string, number])[] = [
  ['Mehrsprachige Ausbildungsmessen in den Stadtteilen', 6],
  ['Patenschaften gegen Ausbildungsabbrüche', 7],
  ['Beratung zu Finanzierung und Formalitäten für Gründende', 4],
  ['Gemeinsame Übersicht freier Sprachkursplätze', 5],
  ['Elternarbeit an Berufskollegs', 3],
];

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

async function pastForum(
  db: Kysely<Database>,
  random: Random,
  options: {
    organisationId: string;
    createdBy: string;
    title: string;
    agenda: string;
    place: string;
    startsAt: Date;
    question: string;
    choices: readonly (readonly [string, number])[];
    participants: number;
    points: number;
    maxPerOption: number;
    minutes: string;
  },
): Promise<number> {
  // The ballots go in through the database's checks, which compare with the database's clock (not the
  // process's, which tests may fake): the forum runs around that moment and moves to its date afterwards.
  const clock = await sql<{ now: Date }>`select now() as now`.execute(db);
  const now = new Date(clock.rows[0]?.now ?? Date.now()).getTime();
  const forum = await db
    .insertInto('participation_forums')
    .values({
      organisation_id: options.organisationId,
      title: options.title,
      agenda: options.agenda,
      starts_at: new Date(now - hours(1)),
      ends_at: new Date(now + hours(1)),
      place: options.place,
      online_url: null,
      registration: 'invitation',
      minutes: options.minutes,
      created_by: options.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const round = await db
    .insertInto('participation_rounds')
    .values({
      forum_id: forum.id,
      question: options.question,
      mode: 'dots',
      points_per_participant: options.points,
      max_per_option: options.maxPerOption,
      status: 'open',
      opened_at: options.startsAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const choices = await db
    .insertInto('participation_options')
    .values(options.choices.map(([label], index) => ({ round_id: round.id, label, position: index + 1 })))
    .returning(['id', 'position'])
    .execute();
  const weighted = choices.map((choice) => [choice.id, options.choices[choice.position - 1]?.[1] ?? 1] as const);
  const participants = await db
    .insertInto('participation_participants')
    .values(
      Array.from({ length: options.participants }, (_, index) => ({
        forum_id: forum.id,
        label: `Teilnehmende ${index + 1}`,
        code_hash: hash(`${forum.id}:${index}:${random.next()}`),
        joined_at: options.startsAt,
      })),
    )
    .returning('id')
    .execute();
  for (const participant of participants) {
    const spread = new Map<string, number>();
    for (let point = 0; point < options.points; point += 1) {
      const open = weighted.filter(([id]) => (spread.get(id) ?? 0) < options.maxPerOption);
      const id = random.weighted(open);
      spread.set(id, (spread.get(id) ?? 0) + 1);
    }
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('participation_ballots')
        .values({ round_id: round.id, participant_id: participant.id, points_used: options.points })
        .execute();
      await trx
        .insertInto('participation_votes')
        .values(
          [...spread].map(([option_id, points]) => ({
            round_id: round.id,
            participant_id: participant.id,
            option_id,
            points,
          })),
        )
        .execute();
    });
  }
  const endsAt = new Date(options.startsAt.getTime() + hours(3));
  await db
    .updateTable('participation_rounds')
    .set({ status: 'closed', closed_at: endsAt, rules_frozen_at: options.startsAt })
    .where('id', '=', round.id)
    .execute();
  await db
    .updateTable('participation_forums')
    .set({ starts_at: options.startsAt, ends_at: endsAt })
    .where('id', '=', forum.id)
    .execute();
  return participants.length;
}

/**
 * A forum evening about `daysAgo` days back: 17:00 German time on a weekday that is no public holiday in NRW
 * (an earlier day when that one is), as a city cooperation would invite.
 */
function forumEvening(now: number, daysAgo: number): Date {
  for (let back = daysAgo; ; back += 1) {
    const day = new Date(now - days(back));
    const weekday = day.getUTCDay();
    if (weekday === 0 || weekday === 6 || !isWorkingDayForEvents(day)) continue;
    return berlinWallClockToInstant(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), 17);
  }
}

export async function generateParticipationData(
  db: Kysely<Database>,
  options: { seed: string | number; log?: (line: string) => void; storage?: FileStorage },
): Promise<ParticipationDataSummary> {
  const random = createRandom(`${options.seed}:participation`);
  const office = FIXED_ORGANISATIONS.find((organisation) => organisation.type === 'cooperation_office');
  const organisation = await db
    .selectFrom('organisations')
    .select('id')
    .where('name', '=', office?.name ?? '')
    .executeTakeFirstOrThrow();
  const people = await db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('email', 'in', [OFFICE_ADMIN, OFFICE_MEMBER, INVITED_JUROR])
    .execute();
  const person = (email: string) => people.find((row) => row.email === email)?.id ?? null;
  const admin = person(OFFICE_ADMIN);
  const member = person(OFFICE_MEMBER);
  const now = Date.now();

  let ballots = await pastForum(db, random, {
    organisationId: organisation.id,
    createdBy: admin ?? '',
    title: 'Interkommunales Forum Integration: Gemeinsame Initiativen für Wirtschaft und Kommunen',
    agenda:
      '- Begrüßung durch die Koordinierungsstelle\n- Handlungsansätze aus den Werkstätten\n- Wertung möglicher Schwerpunkte\n- Verabredung gemeinsamer Arbeitsfelder',
    place: 'Zeche Lichtschacht, Veranstaltungshalle, Bochum',
    startsAt: forumEvening(now, 150),
    question: 'Welche Schwerpunkte sollen die sieben Städte gemeinsam setzen?',
    choices: FOCAL_POINTS,
    participants: 40,
    points: 5,
    maxPerOption: 3,
    minutes:
      '## Ergebnis\n\nVierzig Teilnehmende aus Kommunen, Wirtschaftsverbänden und Unternehmen haben mögliche Schwerpunkte gewertet. Drei gemeinsame Arbeitsfelder haben sich herauskristallisiert:\n\n- Öffentlichkeitskampagnen, die Potenziale statt Defizite zeigen\n- Transparenz über Angebote, Wissen, Akteure und Projekte\n- Potenziale in der Region halten',
  });
  ballots += await pastForum(db, random, {
    organisationId: organisation.id,
    createdBy: admin ?? '',
    title: 'Forum Ausbildung im Revier',
    agenda: '- Berichte aus drei Betrieben\n- Abstimmung: was zuerst?',
    place: 'Stadtteilzentrum Emscherbogen, Gelsenkirchen',
    startsAt: forumEvening(now, 40),
    question: 'Welche Maßnahmen für Ausbildung gehen wir im nächsten Jahr zuerst an?',
    choices: SECOND_FORUM_OPTIONS,
    participants: 24,
    points: 4,
    maxPerOption: 2,
    minutes:
      '## Verabredungen\n\nDie Koordinierungsstelle bereitet die beiden erstplatzierten Maßnahmen für das Arbeitsprogramm vor.',
  });

  const published = (offset: number) => new Date(now - days(offset));
  const campaigns: { id: string; title: string }[] = [];
  for (const [index, campaign] of DEMO_CAMPAIGNS.entries())
    campaigns.push(
      await db
        .insertInto('participation_campaigns')
        .values({
          organisation_id: organisation.id,
          title: campaign.title,
          summary: campaign.summary,
          body: campaign.body,
          status: 'published',
          created_by: admin,
          reviewed_by: member,
          published_at: published(120 - index * 30),
        })
        .returning(['id', 'title'])
        .executeTakeFirstOrThrow(),
    );
  const writers = await db
    .selectFrom('organisations')
    .select('id')
    .where(
      'name',
      'in',
      FIXED_ORGANISATIONS.filter((entry) => entry.isVerified && entry.type !== 'company').map((entry) => entry.name),
    )
    .execute();
  const stories = await db
    .insertInto('participation_stories')
    .values(
      DEMO_STORIES.map((story, index) => ({
        organisation_id: (writers[index % writers.length] ?? organisation).id,
        campaign_id: story.campaign === null ? null : (campaigns[story.campaign]?.id ?? null),
        title: story.title,
        summary: story.summary,
        body: story.body,
        field_of_action: story.field,
        status: 'published' as const,
        reviewed_by: admin,
        published_at: published(100 - index * 4),
      })),
    )
    .returning(['id', 'title'])
    .execute();
  const translationsOf = (
    rows: { id: string; title: string }[],
    texts: typeof STORY_TRANSLATIONS,
    key: 'story_id' | 'campaign_id',
  ) =>
    rows.flatMap((row) =>
      Object.entries(texts[row.title] ?? {}).map(([locale, [title, summary, body]]) => ({
        story_id: key === 'story_id' ? row.id : null,
        campaign_id: key === 'campaign_id' ? row.id : null,
        locale: locale as TranslatedLocale,
        title,
        summary,
        body,
      })),
    );
  const translations = [
    ...translationsOf(campaigns, CAMPAIGN_TRANSLATIONS, 'campaign_id'),
    ...translationsOf(stories, STORY_TRANSLATIONS, 'story_id'),
  ];
  if (translations.length > 0) await db.insertInto('participation_translations').values(translations).execute();
  let images = 0;
  if (options.storage)
    for (const row of stories) {
      const scene = STORY_SCENES[row.title];
      if (!scene) continue;
      // The key an upload gets, so the demo's pictures behave like uploaded ones.
      const key = storyImageKey(row.id);
      await options.storage.put(key, drawIllustration(scene), 'image/png');
      await db
        .updateTable('participation_stories')
        .set({ image_key: key, image_alt: describeIllustration(scene, row.title) })
        .where('id', '=', row.id)
        .execute();
      images += 1;
    }

  // This year's award: the jury is scoring.
  const round = await db
    .insertInto('participation_award_rounds')
    .values({
      year: new Date(now).getFullYear(),
      call_text:
        'Gesucht werden Unternehmen aus den sieben Städten, die von Menschen mit Einwanderungsgeschichte gegründet wurden und Arbeits- und Ausbildungsplätze schaffen.',
      closes_on: new Date(now - days(10)).toISOString().slice(0, 10),
      status: 'jury',
      created_by: admin,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // Fictional businesses and senders; a nomination is sent by somebody who knows the business, a
  // self-application by the founder.
  const nominations = [
    {
      name: 'Anatolia Feinkost & Catering GmbH',
      city: 'essen',
      founded: 2011,
      jobs: 14,
      places: 3,
      kind: 'nomination',
      path: 'Die Schwestern Derya und Sevgi kamen 2003 aus Izmir, arbeiteten in Großküchen und begannen mit einem Stand auf dem Wochenmarkt in Altendorf. Die Bank lehnte den ersten Kredit ab; ein Mikrokredit der Stadt half beim Start.',
      staff:
        'Deutschkurs in der Arbeitszeit, Dienstpläne nach Kita-Zeiten, jede Auszubildende hat eine feste Patin in der Küche.',
      development: 'Vom Marktstand zur eigenen Produktionsküche; beliefert heute zwölf Betriebskantinen im Revier.',
      civic:
        'Kocht einmal im Monat mit der Tafel und stellt die Küche dem Stadtteilverein für Kochkurse zur Verfügung.',
      sender: ['Heike Brandt', 'h.brandt@ihk-beispiel.example'],
    },
    {
      name: 'Ruhrperle Maßschneiderei',
      city: 'duisburg',
      founded: 2016,
      jobs: 5,
      places: 2,
      kind: 'self',
      path: 'Ich bin gelernte Schneiderin aus Aleppo und kam 2015 nach Duisburg. Meine Ausbildung wurde nach anderthalb Jahren als gleichwertig anerkannt; bis dahin habe ich Änderungen in einer Reinigung gemacht.',
      staff:
        'Ausbildung in Teilzeit für junge Mütter, Nähmaschinen dürfen auch am Wochenende für eigene Projekte genutzt werden.',
      development:
        'Eigene Kollektion für Hochzeits- und Festmode, Versand in ganz Deutschland, seit 2023 ein zweiter Laden.',
      civic: 'Nähkurse im Stadtteilzentrum Marxloh und Kostüme für die Theater-AG der Gesamtschule.',
      sender: ['Rasha Haddad', 'atelier@ruhrperle-beispiel.example'],
    },
    {
      name: 'Kowalski Haustechnik',
      city: 'bochum',
      founded: 2009,
      jobs: 22,
      places: 6,
      kind: 'nomination',
      path: 'Marek Kowalski kam 2004 als Monteur aus Kattowitz, machte in Bochum seinen Meister und übernahm mit einem Partner einen Betrieb ohne Nachfolge.',
      staff: 'Bezahlte Weiterbildung für alle Gesellen, Werkzeug und Fahrzeug ab dem zweiten Lehrjahr.',
      development: 'Spezialisiert auf Wärmepumpen; hat die Zahl der Beschäftigten in fünf Jahren verdoppelt.',
      civic: 'Ausbildungsbotschafter an zwei Realschulen, Sponsor des Jugendfußballs in Wattenscheid.',
      sender: ['Jürgen Hoffmann', 'j.hoffmann@innung-beispiel.example'],
    },
    {
      name: 'Cedar Software Solutions UG',
      city: 'dortmund',
      founded: 2019,
      jobs: 9,
      places: 1,
      kind: 'self',
      path: 'Nach dem Informatikstudium in Beirut und einem Master an der TU Dortmund habe ich mit zwei Kommilitonen gegründet, zuerst im Gründungszentrum der Hochschule.',
      staff: 'Tandems für neue Kolleginnen und Kollegen, Arbeitssprache Englisch mit Deutschunterricht im Team.',
      development: 'Software für Terminplanung in Arztpraxen; über 300 Praxen als Kunden in Nordrhein-Westfalen.',
      civic: 'Programmierkurse für Mädchen im Jugendzentrum Nordstadt.',
      sender: ['Karim Mansour', 'gruendung@cedar-beispiel.example'],
    },
    {
      name: 'Salon Nour',
      city: 'oberhausen',
      founded: 2014,
      jobs: 4,
      places: 2,
      kind: 'nomination',
      path: 'Die Inhaberin kam als Jugendliche aus Marokko nach Oberhausen, lernte im Salon einer Nachbarin und machte sich nach der Meisterprüfung selbstständig.',
      staff: 'Zwei frühere Auszubildende haben inzwischen eigene Salons eröffnet; sie berät sie weiter.',
      development: 'Der Salon ist vom Ein-Frau-Betrieb zu vier Beschäftigten gewachsen.',
      civic: 'Hängt die Termine der Sozialberatung aus und vermittelt Kontakte im Stadtteil Sterkrade.',
      sender: ['Gabriele Schulte', 'g.schulte@nachbarschaft-beispiel.example'],
    },
    {
      name: 'Atlas Umzüge & Logistik',
      city: 'gelsenkirchen',
      founded: 2025,
      jobs: 3,
      places: 0,
      kind: 'self',
      path: 'Nach zehn Jahren als Fahrer in einer Spedition habe ich mich mit einem eigenen Transporter selbstständig gemacht.',
      staff: 'Faire Bezahlung über Tarif, feste Arbeitszeiten.',
      development: 'Erste Aufträge von Wohnungsgesellschaften in Gelsenkirchen und Herne.',
      civic: 'Fährt für die Kleiderkammer der Gemeinde.',
      sender: ['Youssef Amrani', 'kontakt@atlas-umzuege-beispiel.example'],
    },
  ] as const;
  const isTooYoung = (founded: number) => founded > new Date(now).getFullYear() - 2;
  const entries = await db
    .insertInto('participation_award_entries')
    .values(
      nominations.map((entry, index) => ({
        round_id: round.id,
        kind: entry.kind,
        business_name: entry.name,
        city: entry.city,
        founded_year: entry.founded,
        founder_path: entry.path,
        jobs_created: entry.jobs,
        apprenticeships_created: entry.places,
        staff_commitment: entry.staff,
        business_development: entry.development,
        civic_engagement: entry.civic,
        submitter_name: entry.sender[0],
        submitter_email: entry.sender[1],
        consented_at: new Date(now - days(40 - index * 3)),
        created_at: new Date(now - days(40 - index * 3)),
        eligibility: isTooYoung(entry.founded) ? ('ineligible' as const) : ('eligible' as const),
        eligibility_reason: isTooYoung(entry.founded) ? 'Weniger als zwei Jahre am Markt.' : null,
        checked_by: admin,
      })),
    )
    .returning(['id', 'eligibility'])
    .execute();
  const jurors = [member, person(INVITED_JUROR)].filter((id): id is string => id !== null);
  if (jurors.length > 0)
    await db
      .insertInto('participation_jurors')
      .values(jurors.map((user_id) => ({ round_id: round.id, user_id, invited_by: admin })))
      .execute();
  let scores = 0;
  const eligible = entries.filter((entry) => entry.eligibility === 'eligible');
  // The invited juror knows the second business and declared a conflict; each juror leaves one entry to score.
  const [jurorA, jurorB] = jurors;
  if (jurorB && eligible[1])
    await db.insertInto('participation_conflicts').values({ entry_id: eligible[1].id, user_id: jurorB }).execute();
  for (const [jurorIndex, juror] of [jurorA, jurorB].entries()) {
    if (!juror) continue;
    for (const [entryIndex, entry] of eligible.entries()) {
      if (juror === jurorB && entryIndex === 1) continue;
      if (entryIndex === eligible.length - 1 - jurorIndex) continue;
      await db.insertInto('participation_score_submissions').values({ entry_id: entry.id, user_id: juror }).execute();
      await db
        .insertInto('participation_scores')
        .values(
          CRITERIA.map((criterion) => ({ entry_id: entry.id, user_id: juror, criterion, score: random.int(4, 10) })),
        )
        .execute();
      scores += CRITERIA.length;
    }
  }
  options.log?.(
    `participation: 2 forums (${ballots} ballots), ${campaigns.length} campaigns, ${stories.length} stories, ${entries.length} award entries`,
  );
  return {
    forums: 2,
    ballots,
    campaigns: campaigns.length,
    stories: stories.length,
    images,
    translations: translations.length,
    nominations: entries.length,
    scores,
  };
}
