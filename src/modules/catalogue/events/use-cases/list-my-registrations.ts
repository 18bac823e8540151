import { sql } from 'kysely';
import type { UserActor } from '../../../../core/auth/actor.js';
import type { AppServices } from '../../../../core/http/types.js';
import type { MyRegistrationView } from '../present.js';

/** The signed-in person's registrations and waiting-list places, upcoming events first. */
export async function listMyRegistrations(options: {
  services: AppServices;
  actor: UserActor;
  now?: Date;
}): Promise<MyRegistrationView[]> {
  const { services, actor } = options;
  const now = options.now ?? new Date();
  const rows = await services.db
    .selectFrom('event_registrations as r')
    .innerJoin('catalogue_entries as e', 'e.id', 'r.entry_id')
    .select([
      'r.entry_id',
      'r.status',
      'e.title',
      'e.starts_at',
      'e.ends_at',
      sql<number>`(select count(*) from event_registrations w
        where w.entry_id = r.entry_id and w.status = 'waitlisted' and (w.created_at, w.id) <= (r.created_at, r.id))`.as(
        'position',
      ),
    ])
    .where('r.user_id', '=', actor.userId)
    .where('r.status', '<>', 'cancelled')
    .orderBy(sql`e.starts_at < ${now}`)
    .orderBy('e.starts_at')
    .execute();
  return rows.map((row) => {
    const status = row.status === 'waitlisted' ? 'waitlisted' : 'registered';
    return {
      eventId: row.entry_id,
      title: row.title,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      status,
      position: status === 'waitlisted' ? Number(row.position) : null,
      canCancel: row.starts_at !== null && row.starts_at.getTime() > now.getTime(),
    };
  });
}
