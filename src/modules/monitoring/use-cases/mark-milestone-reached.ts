import { AppError } from '../../../core/errors.js';
import { berlinDay } from '../../../core/time/calendar-day.js';
import { changeInitiative, milestoneOf, type ProgrammeChange } from '../initiative-changes.js';

/** Marks a milestone reached today (German time); a milestone reached already stays as it was. */
export async function markMilestoneReached(
  options: ProgrammeChange & { milestoneId: string; now: Date },
): Promise<void> {
  const { initiativeId, milestoneId } = options;
  await changeInitiative(options, 'monitoring.milestone_reached', async (trx) => {
    const milestone = await milestoneOf(trx, initiativeId, milestoneId);
    if (milestone.reached_on) throw new AppError('conflict', { messageKey: 'monitoring.initiative.already_reached' });
    const day = berlinDay(options.now);
    await trx.updateTable('monitoring_milestones').set({ reached_on: day }).where('id', '=', milestoneId).execute();
    return { result: undefined, details: { milestone: milestoneId, title: milestone.title, reachedOn: day } };
  });
}
