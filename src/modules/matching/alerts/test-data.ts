import type { Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import type { PositionKind } from '../tables.js';
import { days } from '../../../core/time/durations.js';

export const daysFrom = (base: Date, count: number) => new Date(base.getTime() + days(count));

/** Two postcode areas of the reference table and their distance in km. */
export async function twoPostcodes(db: Kysely<Database>): Promise<{ near: string; far: string; km: number }> {
  const row = await db
    .selectFrom('postcode_distances')
    .select(['from_postcode', 'to_postcode', 'km'])
    .where('km', '>', 5)
    .orderBy('km', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  return { near: row.from_postcode, far: row.to_postcode, km: row.km };
}

export async function insertPosition(
  db: Kysely<Database>,
  values: {
    organisationId: string;
    title: string;
    postcode: string;
    occupationId?: string;
    kind?: PositionKind;
    city?: 'essen' | 'dortmund' | 'bochum';
    publishedAt?: Date;
    deadline?: string;
    status?: 'draft' | 'published';
  },
): Promise<string> {
  const row = await db
    .insertInto('positions')
    .values({
      organisation_id: values.organisationId,
      kind: values.kind ?? 'apprenticeship',
      occupation_id: values.occupationId ?? 'industriekaufmann',
      title: values.title,
      city: values.city ?? 'essen',
      postcode: values.postcode,
      starts_on: '2027-08-01',
      places: 1,
      deadline: values.deadline ?? '2099-01-01',
      status: values.status ?? 'published',
      published_at: values.publishedAt ?? new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertProfile(
  db: Kysely<Database>,
  values: {
    userId: string;
    pseudonym: string;
    postcode: string;
    interests: string[];
    travelKm: number;
    createdAt?: Date;
    lastActive?: Date;
    fullName?: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('applicant_profiles')
    .values({
      user_id: values.userId,
      pseudonym: values.pseudonym,
      interests: values.interests,
      certificate: 'msa',
      languages: JSON.stringify([
        { code: 'de', level: 'C1' },
        { code: 'tr', level: 'C2' },
      ]),
      postcode: values.postcode,
      travel_km: values.travelKm,
      available_from: '2027-08-01',
      created_at: values.createdAt ?? new Date(),
      last_confirmed_at: values.lastActive ?? values.createdAt ?? new Date(),
      updated_at: values.lastActive ?? values.createdAt ?? new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (values.fullName)
    await db
      .insertInto('applicant_identities')
      .values({ profile_id: row.id, full_name: values.fullName, contact_email: 'leyla.privat@mail.example' })
      .execute();
  return row.id;
}
