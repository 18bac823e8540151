import { changeInitiative, type ProgrammeChange } from '../initiative-changes.js';
import type { MilestoneInput } from '../schemas.js';

/** Adds a milestone with the day it is due to an initiative. */
export async function addMilestone(options: ProgrammeChange & { input: MilestoneInput }): Promise<{ id: string }> {
  const { input, initiativeId } = options;
  return changeInitiative(options, 'monitoring.milestone_added', async (trx) => {
    const row = await trx
      .insertInto('monitoring_milestones')
      .values({ initiative_id: initiativeId, title: input.title, due_on: input.dueOn })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { result: { id: row.id }, details: { milestone: row.id, title: input.title, dueOn: input.dueOn } };
  });
}
