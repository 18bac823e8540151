import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { berlinWallClockToInstant } from '../../../core/time/calendar-day.js';
import { participationPolicy } from '../policy.js';
import type { ForumInput } from '../schemas.js';

/** The instant of a day ("2026-05-12") and time ("18:30") in German time. */
export function forumInstant(day: string, time: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return berlinWallClockToInstant(year, month, date, hour, minute);
}

/** The coordination office creates a forum: date and time, place or online address, agenda, how people join. */
export async function createForum(options: {
  services: AppServices;
  actor: UserActor;
  input: ForumInput;
  ip: string;
}): Promise<string> {
  const { services, actor, input } = options;
  authorize(actor, participationPolicy, 'create_forum', undefined);
  const organisationId = actor.organisation?.id ?? '';
  return services.db.transaction().execute(async (trx) => {
    const forum = await trx
      .insertInto('participation_forums')
      .values({
        organisation_id: organisationId,
        title: input.title,
        agenda: input.agenda,
        starts_at: forumInstant(input.day, input.starts),
        ends_at: forumInstant(input.day, input.ends),
        place: input.place,
        online_url: input.online_url,
        registration: input.registration,
        created_by: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'participation.forum_created',
      subjectType: 'participation_forum',
      subjectId: forum.id,
      organisationId,
      ip: options.ip,
    });
    return forum.id;
  });
}
