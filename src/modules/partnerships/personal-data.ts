import type { Kysely } from 'kysely';
import type { Database } from '../../core/db/database.js';
import type { PersonalDataSource } from '../../core/privacy/registry.js';
import { days } from '../../core/time/durations.js';
import { LISTING_SIDES } from './tables.js';

/** An ended partnership stays this long for the two organisations' records, then goes with its reviews. */
export const ENDED_RETENTION_DAYS = 3 * 365;
/** A declined proposal stays this long, so both sides can look back at the answer, then goes. */
export const DECLINED_RETENTION_DAYS = 365;

/**
 * What partnerships store about a person: the contact details an organisation named for a partnership
 * (shown only to the two organisations), and who published a listing, named a contact or recorded a
 * review. Listings and reviews belong to the organisation. On erasure the person's references become null
 * and a contact that names the person's own address is removed.
 */
export const partnershipsPersonalData: PersonalDataSource = {
  id: 'partnerships',
  purposeKey: 'partnerships.privacy.purpose',
  retentionKey: 'partnerships.privacy.retention',
  export: async (db, userId) => ({
    contactsNamed: await db
      .selectFrom('partnerships')
      .select([
        'id',
        'status',
        'school_contact_name',
        'school_contact_email',
        'school_contact_phone',
        'company_contact_name',
        'company_contact_email',
        'company_contact_phone',
      ])
      .where((eb) => eb.or([eb('school_contact_by', '=', userId), eb('company_contact_by', '=', userId)]))
      .execute(),
    listingsPublished: await db
      .selectFrom('partnership_listings')
      .select(['id', 'side', 'status', 'created_at'])
      .where('created_by', '=', userId)
      .execute(),
    reviewsRecorded: await db
      .selectFrom('partnership_reviews')
      .select(['partnership_id', 'activity_id', 'round_due_on', 'took_place', 'pupils', 'note', 'recorded_at'])
      .where('recorded_by', '=', userId)
      .execute(),
  }),
  erase: async (db, userId) => {
    await eraseOwnContact(db, userId);
    for (const side of LISTING_SIDES)
      await db
        .updateTable('partnerships')
        .set({ [`${side}_contact_by`]: null })
        .where(`${side}_contact_by`, '=', userId)
        .execute();
    await db.updateTable('partnership_listings').set({ created_by: null }).where('created_by', '=', userId).execute();
    await db.updateTable('partnership_reviews').set({ recorded_by: null }).where('recorded_by', '=', userId).execute();
  },
  purgeExpired: async (db, now) => {
    const ended = await db
      .deleteFrom('partnerships')
      .where('status', '=', 'ended')
      .where('ended_at', '<', new Date(now.getTime() - days(ENDED_RETENTION_DAYS)))
      .executeTakeFirst();
    const declined = await db
      .deleteFrom('partnerships')
      .where('status', '=', 'declined')
      .where('answered_at', '<', new Date(now.getTime() - days(DECLINED_RETENTION_DAYS)))
      .executeTakeFirst();
    return Number(ended.numDeletedRows) + Number(declined.numDeletedRows);
  },
};

/** A contact that is the deleted person themselves (their own address) leaves every partnership. */
async function eraseOwnContact(db: Kysely<Database>, userId: string): Promise<void> {
  const user = await db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirst();
  if (!user) return;
  for (const side of LISTING_SIDES)
    await db
      .updateTable('partnerships')
      .set({ [`${side}_contact_name`]: null, [`${side}_contact_email`]: null, [`${side}_contact_phone`]: null })
      .where((eb) => eb(eb.fn('lower', [`${side}_contact_email`]), '=', user.email.toLowerCase()))
      .execute();
}
