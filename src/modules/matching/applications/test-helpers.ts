import type { Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import { createOrganisation, createUser } from '../../../seed/factories.js';

/** Test data for the application procedure, written straight into the tables of migration 003. */
export async function postcodeIn(db: Kysely<Database>, city: string): Promise<string> {
  const row = await db
    .selectFrom('postcode_areas')
    .select('postcode')
    .where('city', '=', city as never)
    .orderBy('postcode')
    .executeTakeFirstOrThrow();
  return row.postcode;
}

export async function insertPosition(
  db: Kysely<Database>,
  overrides: {
    organisationId?: string;
    title?: string;
    status?: 'draft' | 'published' | 'closed';
    deadline?: string;
  } = {},
): Promise<{ id: string; organisationId: string; title: string }> {
  const organisationId = overrides.organisationId ?? (await createOrganisation(db, { type: 'company' })).id;
  const title = overrides.title ?? 'Ausbildung Mechatroniker:in';
  const row = await db
    .insertInto('positions')
    .values({
      organisation_id: organisationId,
      kind: 'apprenticeship',
      occupation_id: 'mechatroniker',
      title,
      description: 'Ausbildung in einem Familienbetrieb.',
      city: 'essen',
      postcode: await postcodeIn(db, 'essen'),
      starts_on: '2027-08-01',
      places: 2,
      required_certificate: 'msa',
      languages: JSON.stringify([{ code: 'tr', level: 'B1' }]),
      benefits: ['mentoring'],
      deadline: overrides.deadline ?? '2099-12-31',
      status: overrides.status ?? 'published',
    } as never)
    .returning(['id', 'organisation_id'])
    .executeTakeFirstOrThrow();
  return { id: row.id, organisationId: row.organisation_id, title };
}

/** Distinctive identity values: no page a company sees before consent may contain any of them. */
export const SEEDED_IDENTITY = {
  displayName: 'Zeynep Quastenbrück-Aydın',
  accountEmail: 'zq.konto@mail.example',
  fullName: 'Zeynep Quastenbrück-Aydın',
  contactEmail: 'zeynep.quast.4711@privat.example',
  birthDate: '2004-03-17',
  phone: '+49 176 98765432',
  address: 'Kastanienweg 12, 45127 Essen',
  nationality: 'moldauisch',
  gender: 'weiblich',
} as const;

/** Strings whose presence in a response would reveal the person: every identity value and common renderings of it. */
export const IDENTITY_NEEDLES = [
  'Zeynep',
  'Quastenbrück',
  'Aydın',
  'zq.konto',
  'zeynep.quast',
  '4711@privat',
  '2004-03-17',
  '17.03.2004',
  '98765432',
  '176 987',
  'Kastanienweg',
  'moldauisch',
  'weiblich',
];

export async function createApplicant(
  db: Kysely<Database>,
  overrides: { email?: string; displayName?: string; fullName?: string; locale?: string; identity?: boolean } = {},
): Promise<{ userId: string; profileId: string; pseudonym: string; email: string }> {
  const user = await createUser(db, {
    email: overrides.email ?? `bewerber${Math.random().toString(36).slice(2, 8)}@mail.example`,
    display_name: overrides.displayName ?? 'Mira Beispielname',
    locale: overrides.locale ?? 'de',
  });
  const pseudonym = `Talent-${Math.floor(1000 + Math.random() * 8999)}${Math.random().toString(36).slice(2, 4)}`;
  const profile = await db
    .insertInto('applicant_profiles')
    .values({
      user_id: user.id,
      pseudonym,
      interests: ['mechatroniker'],
      certificate: 'msa',
      languages: JSON.stringify([
        { code: 'tr', level: 'C2' },
        { code: 'de', level: 'C1' },
      ]),
      potentials: JSON.stringify({
        volunteering: 'Hausaufgabenhilfe im Jugendzentrum',
        experience_abroad: 'Ein Schuljahr in Izmir',
      }),
      postcode: await postcodeIn(db, 'essen'),
      travel_km: 25,
      available_from: '2027-08-01',
      preferred_cities: ['essen'],
    } as never)
    .returning('id')
    .executeTakeFirstOrThrow();
  if (overrides.identity !== false) {
    await db
      .insertInto('applicant_identities')
      .values({
        profile_id: profile.id,
        full_name: overrides.fullName ?? 'Mira Beispielname',
        contact_email: user.email,
      })
      .execute();
  }
  return { userId: user.id, profileId: profile.id, pseudonym, email: user.email };
}

/** Creates the applicant with the seeded identity values (birth date, nationality and gender included). */
export async function createSeededApplicant(db: Kysely<Database>) {
  const applicant = await createApplicant(db, {
    email: SEEDED_IDENTITY.accountEmail,
    displayName: SEEDED_IDENTITY.displayName,
    fullName: SEEDED_IDENTITY.fullName,
  });
  await db
    .updateTable('applicant_identities')
    .set({
      contact_email: SEEDED_IDENTITY.contactEmail,
      birth_date: SEEDED_IDENTITY.birthDate,
      phone: SEEDED_IDENTITY.phone,
      address: SEEDED_IDENTITY.address,
      nationality: SEEDED_IDENTITY.nationality,
      gender: SEEDED_IDENTITY.gender,
    } as never)
    .where('profile_id', '=', applicant.profileId)
    .execute();
  return applicant;
}

/** A complete, valid application form. */
export function applicationForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    school_certificate: 'msa',
    training: 'Berufsvorbereitendes Jahr Metalltechnik am Berufskolleg',
    internships: 'Zwei Wochen Praktikum in einer Kfz-Werkstatt',
    experience: 'Ein Schuljahr in Izmir',
    volunteering: 'Hausaufgabenhilfe im Jugendzentrum',
    language_1: 'tr',
    level_1: 'C2',
    language_2: 'de',
    level_2: 'C1',
    motivation: 'Ich repariere gern Maschinen und möchte in der Region bleiben.',
    full_name: 'Mira Beispielname',
    contact_email: 'kontakt@mail.example',
    phone: '',
    address: '',
    ...overrides,
  };
}

export function seededApplicationForm(): Record<string, string> {
  return applicationForm({
    full_name: SEEDED_IDENTITY.fullName,
    contact_email: SEEDED_IDENTITY.contactEmail,
    phone: SEEDED_IDENTITY.phone,
    address: SEEDED_IDENTITY.address,
  });
}
