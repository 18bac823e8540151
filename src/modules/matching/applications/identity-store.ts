import type { Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import type { PersonalPart } from './schemas.js';

/**
 * The applicant's own access to the personal part of their application (name and contact in
 * applicant_identities). Only use-cases acting for the owner call these; a company's view reaches
 * identity data solely through reveal.ts.
 */
export async function readOwnPersonalPart(db: Kysely<Database>, profileId: string): Promise<PersonalPart | null> {
  const row = await db
    .selectFrom('applicant_identities')
    .select(['full_name', 'contact_email', 'phone', 'address'])
    .where('profile_id', '=', profileId)
    .executeTakeFirst();
  if (!row) return null;
  return { full_name: row.full_name, contact_email: row.contact_email ?? '', phone: row.phone, address: row.address };
}

/** Saves name and contact from the application form; birth date, gender and nationality are not asked and stay as they are. */
export async function saveOwnPersonalPart(
  trx: Kysely<Database>,
  profileId: string,
  personal: PersonalPart,
  now: Date,
): Promise<void> {
  const values = {
    full_name: personal.full_name,
    contact_email: personal.contact_email,
    phone: personal.phone,
    address: personal.address,
    updated_at: now,
  };
  await trx
    .insertInto('applicant_identities')
    .values({ profile_id: profileId, ...values })
    .onConflict((oc) => oc.column('profile_id').doUpdateSet(values))
    .execute();
}
