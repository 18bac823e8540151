import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { participationPolicy } from '../policy.js';
import { getRoundResults } from './get-round-results.js';

/** One proposed work-programme entry, in the shape monitoring's `proposeInitiatives` takes. */
export interface WorkProgrammeProposal {
  title: string;
  description: string;
  sourceLabel: string;
  sourcePath: string;
}

/** Where proposals go: monitoring's `proposeInitiatives`, passed in where the module is assembled. */
export type ProposeToWorkProgramme = (options: {
  services: AppServices;
  actor: UserActor;
  items: WorkProgrammeProposal[];
}) => Promise<void>;

/**
 * Turns the options a closed round ranked highest (the office ticks which) into work-programme entries in status
 * "proposed". Each names its source (the forum and round) and leads back to the result page. Done once per round.
 */
export async function proposeFromRound(options: {
  services: AppServices;
  actor: UserActor;
  forumId: string;
  roundId: string;
  optionIds: readonly string[];
  texts: { sourceLabel: (forum: string, date: Date) => string; description: (rank: number, points: number) => string };
  propose: ProposeToWorkProgramme;
  ip: string;
}): Promise<WorkProgrammeProposal[]> {
  const { services, actor } = options;
  const results = await getRoundResults({ services, actor, forumId: options.forumId, roundId: options.roundId });
  authorize(
    actor,
    participationPolicy,
    'manage_forum',
    { organisationId: results.forum.organisation_id },
    { code: 'not_found' },
  );
  if (results.round.status !== 'closed' || results.round.proposed_at)
    throw new AppError('conflict', { messageKey: 'participation.results.cannot_propose' });
  const chosen = results.results.filter((row) => options.optionIds.includes(row.optionId));
  if (chosen.length === 0)
    throw new AppError('invalid_input', { fields: { option: { key: 'participation.validation.nothing_chosen' } } });
  const items = chosen.map((row) => ({
    title: row.label,
    description: options.texts.description(row.rank, row.points),
    sourceLabel: options.texts.sourceLabel(results.forum.title, results.forum.starts_at),
    sourcePath: `/beteiligung/foren/${results.forum.id}/runden/${results.round.id}/ergebnis`,
  }));
  await services.db.transaction().execute(async (trx) => {
    const marked = await trx
      .updateTable('participation_rounds')
      .set({ proposed_at: new Date() })
      .where('id', '=', results.round.id)
      .where('proposed_at', 'is', null)
      .executeTakeFirst();
    if (Number(marked.numUpdatedRows) !== 1)
      throw new AppError('conflict', { messageKey: 'participation.results.cannot_propose' });
    await options.propose({ services: { ...services, db: trx }, actor, items });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'participation.results_proposed',
      subjectType: 'participation_round',
      subjectId: results.round.id,
      organisationId: results.forum.organisation_id,
      ip: options.ip,
      details: { count: items.length },
    });
  });
  return items;
}
