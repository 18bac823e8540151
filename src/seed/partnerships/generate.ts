import type { Kysely } from 'kysely';
import type { Database } from '../../core/db/database.js';
import { addDays, berlinDay } from '../../core/time/calendar-day.js';
import { findCityByPostcode } from '../../region/index.js';
import type { ActivityKind, ListingSide } from '../../modules/partnerships/index.js';
import { buildOrganisation, createSeedContext } from '../factories.js';

/**
 * School–company partnerships demo data (see docs/demo-accounts.md): fictional schools' Gesuche and
 * companies' Angebote in five of the seven cities, two running partnerships both sides agreed to publish
 * (on the public lists of Bochum and Duisburg) and one the company did not agree to publish (not listed).
 * The fixed demo school (Berufskolleg Emscherquell) and company (Zechenring Mechatronik GmbH) get nothing
 * here, so a person trying the demo — or the browser test — makes the first partnership between them.
 */
export interface PartnershipsDataSummary {
  listings: number;
  partnerships: number;
}

interface DemoListing {
  key: string;
  name: string;
  side: ListingSide;
  postcode: string;
  activities: ActivityKind[];
  grades?: number[];
  pupils: number;
  months: number[];
  occupations?: string;
  note?: string;
}

const LISTINGS: readonly DemoListing[] = [
  {
    key: 'realschule',
    name: 'Realschule an der Hustadt',
    side: 'school',
    postcode: '44801',
    activities: ['workplace_visit'],
    grades: [9],
    pupils: 27,
    months: [3, 4, 5],
    note: 'Die Klassen 9a und 9b erkunden im Frühjahr Betriebe im Stadtteil, jeweils einen Vormittag.',
  },
  {
    key: 'gesamtschule',
    name: 'Gesamtschule Borbeck-Nord',
    side: 'school',
    postcode: '45355',
    activities: ['internship'],
    grades: [9, 10],
    pupils: 28,
    months: [1, 2],
    note: 'Schülerbetriebspraktikum über drei Wochen ab Mitte Januar.',
  },
  {
    key: 'hauptschule',
    name: 'Hauptschule am Hafenbecken',
    side: 'school',
    postcode: '47119',
    activities: ['application_training', 'parents_evening'],
    grades: [9, 10],
    pupils: 22,
    months: [10, 11],
  },
  {
    key: 'gymnasium',
    name: 'Gymnasium Styrum-Ost',
    side: 'school',
    postcode: '45476',
    activities: ['career_exploration', 'workplace_visit'],
    grades: [8],
    pupils: 30,
    months: [6],
    note: 'Berufsfelderkundungstage der Klasse 8 im Juni.',
  },
  {
    key: 'baeckerei',
    name: 'Bäckerei Hustadtkorn',
    side: 'company',
    postcode: '44801',
    activities: ['workplace_visit'],
    pupils: 12,
    months: [1, 2, 3, 4, 5, 6, 9, 10, 11],
    occupations: 'Bäcker/-in, Fachverkäufer/-in im Lebensmittelhandwerk',
    note: 'Gruppen bis zwölf Personen, Beginn um 8 Uhr in der Backstube.',
  },
  {
    key: 'kfz',
    name: 'Stadtwerkstatt Borbeck Kfz GmbH',
    side: 'company',
    postcode: '45355',
    activities: ['internship'],
    pupils: 4,
    months: [1, 2, 6, 7],
    occupations: 'Kfz-Mechatroniker/-in',
    note: 'Sicherheitsschuhe stellen wir.',
  },
  {
    key: 'logistik',
    name: 'Rheinkai Logistik GmbH',
    side: 'company',
    postcode: '47119',
    activities: ['application_training', 'workplace_visit', 'parents_evening'],
    pupils: 25,
    months: [9, 10, 11],
    occupations: 'Fachkraft für Lagerlogistik, Kaufleute für Spedition und Logistikdienstleistung',
  },
  {
    key: 'pflege',
    name: 'Pflegedienst Lindenhof Oberhausen',
    side: 'company',
    postcode: '46045',
    activities: ['internship', 'parents_evening'],
    pupils: 6,
    months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    occupations: 'Pflegefachfrau/Pflegefachmann',
  },
  {
    key: 'elektro',
    name: 'Emscherbruch Elektrotechnik GmbH',
    side: 'company',
    postcode: '45881',
    activities: ['internship', 'career_exploration'],
    pupils: 5,
    months: [1, 2, 3],
    occupations: 'Elektroniker/-in für Energie- und Gebäudetechnik',
  },
];

interface DemoPartnership {
  school: string;
  company: string;
  agreedDaysAgo: number;
  consent: { school: boolean; company: boolean };
  activities: { kind: ActivityKind; daysAfterAgreement: number }[];
  contacts: { school: [string, string]; company: [string, string] };
  /** The school's review of the first round, when one is recorded. */
  schoolReviewed?: boolean;
}

const PARTNERSHIPS: readonly DemoPartnership[] = [
  {
    school: 'realschule',
    company: 'baeckerei',
    agreedDaysAgo: 300,
    consent: { school: true, company: true },
    activities: [
      { kind: 'workplace_visit', daysAfterAgreement: 40 },
      { kind: 'workplace_visit', daysAfterAgreement: 47 },
    ],
    contacts: {
      school: ['Mareike Brandt', 'm.brandt@realschule-hustadt.example'],
      company: ['Ilkay Demir', 'backstube@hustadtkorn.example'],
    },
  },
  {
    school: 'hauptschule',
    company: 'logistik',
    agreedDaysAgo: 380,
    consent: { school: true, company: true },
    activities: [
      { kind: 'application_training', daysAfterAgreement: 30 },
      { kind: 'parents_evening', daysAfterAgreement: 44 },
    ],
    contacts: {
      school: ['Tobias Wrobel', 't.wrobel@hs-hafenbecken.example'],
      company: ['Svetlana Kovač', 'ausbildung@rheinkai-logistik.example'],
    },
    schoolReviewed: true,
  },
  {
    school: 'gesamtschule',
    company: 'kfz',
    agreedDaysAgo: 60,
    consent: { school: true, company: false },
    activities: [{ kind: 'internship', daysAfterAgreement: 90 }],
    contacts: {
      school: ['Hannah Osei', 'h.osei@gesamtschule-borbeck.example'],
      company: ['Peter Laskowski', 'werkstatt@stadtwerkstatt-borbeck.example'],
    },
  },
];

/** The same day one year later. */
const nextYear = (day: string) =>
  `${Number(day.slice(0, 4)) + 1}${day.slice(4) === '-02-29' ? '-02-28' : day.slice(4)}`;

export async function generatePartnershipsData(
  db: Kysely<Database>,
  options: { seed: string | number },
): Promise<PartnershipsDataSummary> {
  const context = createSeedContext(`${String(options.seed)}-partnerships`);
  const today = berlinDay();
  return db.transaction().execute(async (trx) => {
    const organisationIds = new Map<string, string>();
    const listingIds = new Map<string, string>();
    for (const listing of LISTINGS) {
      const city = findCityByPostcode(listing.postcode)!.code;
      const organisation = buildOrganisation(context, { name: listing.name, type: listing.side, city });
      await trx.insertInto('organisations').values(organisation).execute();
      organisationIds.set(listing.key, organisation.id);
      const row = await trx
        .insertInto('partnership_listings')
        .values({
          organisation_id: organisation.id,
          side: listing.side,
          activities: listing.activities,
          grades: listing.grades ?? [],
          pupils: listing.pupils,
          months: listing.months,
          postcode: listing.postcode,
          city,
          occupations: listing.occupations ?? null,
          note: listing.note ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      listingIds.set(listing.key, row.id);
    }
    for (const demo of PARTNERSHIPS) {
      const agreedOn = addDays(today, -demo.agreedDaysAgo);
      const agreedAt = new Date(`${agreedOn}T10:00:00Z`);
      const reviewDueOn = nextYear(agreedOn);
      const row = await trx
        .insertInto('partnerships')
        .values({
          school_id: organisationIds.get(demo.school)!,
          company_id: organisationIds.get(demo.company)!,
          school_listing_id: listingIds.get(demo.school)!,
          company_listing_id: listingIds.get(demo.company)!,
          proposed_by: 'school',
          status: 'active',
          school_contact_name: demo.contacts.school[0],
          school_contact_email: demo.contacts.school[1],
          company_contact_name: demo.contacts.company[0],
          company_contact_email: demo.contacts.company[1],
          school_consent: demo.consent.school,
          company_consent: demo.consent.company,
          proposed_at: new Date(agreedAt.getTime() - 5 * 86_400_000),
          answered_at: agreedAt,
          review_due_on: reviewDueOn,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const activities = await trx
        .insertInto('partnership_activities')
        .values(
          demo.activities.map((activity, index) => ({
            partnership_id: row.id,
            kind: activity.kind,
            planned_on: addDays(agreedOn, activity.daysAfterAgreement),
            position: index + 1,
          })),
        )
        .returning('id')
        .execute();
      if (demo.schoolReviewed)
        await trx
          .insertInto('partnership_reviews')
          .values(
            activities.map((activity, index) => ({
              partnership_id: row.id,
              activity_id: activity.id,
              side: 'school' as const,
              round_due_on: reviewDueOn,
              took_place: true,
              pupils: index === 0 ? 21 : 34,
              note:
                index === 0
                  ? 'Alle hatten danach eine fertige Bewerbungsmappe.'
                  : 'Eltern aus fünf Familien kamen mit.',
            })),
          )
          .execute();
    }
    return { listings: LISTINGS.length, partnerships: PARTNERSHIPS.length };
  });
}
