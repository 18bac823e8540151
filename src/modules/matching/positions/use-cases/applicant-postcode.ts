import type { Kysely } from 'kysely';
import type { Database } from '../../../../core/db/database.js';

/** The postcode of a signed-in applicant's profile, for "um meine PLZ"; null without a profile. */
export async function applicantPostcode(db: Kysely<Database>, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('applicant_profiles')
    .select('postcode')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.postcode ?? null;
}
