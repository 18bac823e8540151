import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import type { IdentityFacts, ProfileFacts } from './schemas.js';

/**
 * A pseudonym that says nothing about the person: random digits, never derived from the name.
 * Six digits leave room for the region; a clash is retried by the caller.
 */
export function newPseudonym(): string {
  return `Talent-${randomInt(100000, 1000000)}`;
}

export function profileColumns(facts: ProfileFacts) {
  return {
    interests: facts.interests,
    certificate: facts.certificate,
    foreign_certificate: facts.foreignCertificate,
    recognition_status: facts.recognitionStatus,
    languages: JSON.stringify(facts.languages),
    potentials: JSON.stringify(facts.potentials),
    postcode: facts.postcode,
    travel_km: facts.travelKm,
    available_from: facts.availableFrom,
    preferred_cities: facts.preferredCities,
    is_active: facts.isActive,
    // Saved through the form: its free texts were checked with the applicant's name (schemas.ts).
    free_texts_held_back: false,
  };
}

export function identityColumns(facts: IdentityFacts) {
  return {
    full_name: facts.fullName,
    birth_date: facts.birthDate,
    gender: facts.gender,
    nationality: facts.nationality,
    address: facts.address,
    phone: facts.phone,
    contact_email: facts.contactEmail,
    self_declared_migration_history: facts.selfDeclaredMigrationHistory,
  };
}

/** Inserts a profile with a fresh pseudonym (retrying the rare clash) and its identity apart. */
export async function insertProfile(
  db: Kysely<Database>,
  userId: string,
  profile: ProfileFacts,
  identity: IdentityFacts,
): Promise<{ id: string; pseudonym: string }> {
  for (let attempt = 0; ; attempt += 1) {
    const pseudonym = newPseudonym();
    const taken = await db
      .selectFrom('applicant_profiles')
      .select('id')
      .where('pseudonym', '=', pseudonym)
      .executeTakeFirst();
    if (taken && attempt < 20) continue;
    const row = await db
      .insertInto('applicant_profiles')
      .values({ user_id: userId, pseudonym, ...profileColumns(profile) })
      .returning(['id', 'pseudonym'])
      .executeTakeFirstOrThrow();
    await db
      .insertInto('applicant_identities')
      .values({ profile_id: row.id, ...identityColumns(identity) })
      .execute();
    return row;
  }
}
