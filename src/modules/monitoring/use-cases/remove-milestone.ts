import { changeInitiative, milestoneOf, type ProgrammeChange } from '../initiative-changes.js';

/** Removes a milestone; the audit entry keeps its title and days. */
export async function removeMilestone(options: ProgrammeChange & { milestoneId: string }): Promise<void> {
  const { initiativeId, milestoneId } = options;
  await changeInitiative(options, 'monitoring.milestone_removed', async (trx) => {
    const milestone = await milestoneOf(trx, initiativeId, milestoneId);
    await trx.deleteFrom('monitoring_milestones').where('id', '=', milestoneId).execute();
    return {
      result: undefined,
      details: {
        milestone: milestoneId,
        title: milestone.title,
        dueOn: milestone.due_on,
        reachedOn: milestone.reached_on,
      },
    };
  });
}
