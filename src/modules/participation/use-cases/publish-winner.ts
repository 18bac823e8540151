import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { participationPolicy } from '../policy.js';
import { loadEntry } from './load-award.js';

/**
 * Once the jury has decided, the office publishes a winner as a good-practice story ("Potenziale statt Defizite"):
 * the business, its path and what it created, from the entry's own words. Returns the story's id.
 */
export async function publishWinner(options: {
  services: AppServices;
  actor: UserActor;
  entryId: string;
  texts: {
    title: (business: string, year: number) => string;
    summary: (jobs: number, places: number) => string;
    headings: Record<'founder_path' | 'staff' | 'development' | 'civic', string>;
  };
  ip: string;
}): Promise<string> {
  const { services, actor, texts } = options;
  authorize(actor, participationPolicy, 'manage_award', undefined);
  const { entry, roundStatus, year } = await loadEntry(services.db, options.entryId);
  if (roundStatus !== 'decided' || entry.eligibility !== 'eligible' || entry.story_id)
    throw new AppError('conflict', { messageKey: 'participation_award.manage.cannot_publish' });
  const body = [
    `## ${texts.headings.founder_path}`,
    entry.founder_path,
    `## ${texts.headings.staff}`,
    entry.staff_commitment,
    `## ${texts.headings.development}`,
    entry.business_development,
    `## ${texts.headings.civic}`,
    entry.civic_engagement,
  ].join('\n\n');
  return services.db.transaction().execute(async (trx) => {
    const story = await trx
      .insertInto('participation_stories')
      .values({
        organisation_id: actor.organisation?.id ?? '',
        title: texts.title(entry.business_name, year).slice(0, 200),
        summary: texts.summary(entry.jobs_created, entry.apprenticeships_created).slice(0, 500),
        body: body.slice(0, 20000),
        field_of_action: 'potentials',
        status: 'published',
        created_by: actor.userId,
        reviewed_by: actor.userId,
        published_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('participation_award_entries')
      .set({ winner: true, story_id: story.id })
      .where('id', '=', entry.id)
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'participation.award_winner_published',
      subjectType: 'participation_award_entry',
      subjectId: entry.id,
      organisationId: actor.organisation?.id ?? null,
      ip: options.ip,
    });
    return story.id;
  });
}
