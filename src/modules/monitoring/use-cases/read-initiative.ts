import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { monitoringPolicy } from '../policy.js';
import type { InitiativeStatus } from '../tables.js';

export interface EditableInitiative {
  id: string;
  title: string;
  status: InitiativeStatus;
  owner: string;
  cities: string[];
  indicators: string[];
  milestones: { id: string; title: string; dueOn: Date; reachedOn: Date | null }[];
}

/** One initiative as the coordination office edits it, with its milestones and indicators. */
export async function readInitiative(options: {
  services: AppServices;
  actor: UserActor;
  initiativeId: string;
}): Promise<EditableInitiative> {
  const { services, actor, initiativeId } = options;
  authorize(actor, monitoringPolicy, 'manage_work_programme', undefined);
  const row = await services.db
    .selectFrom('monitoring_initiatives as i')
    .leftJoin('organisations as o', 'o.id', 'i.owner_organisation_id')
    .select(['i.id', 'i.title', 'i.status', 'i.owner_label', 'o.name as owner_name', 'i.cities'])
    .where('i.id', '=', initiativeId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found');
  const indicators = await services.db
    .selectFrom('monitoring_initiative_indicators')
    .select('indicator_key')
    .where('initiative_id', '=', initiativeId)
    .execute();
  const milestones = await services.db
    .selectFrom('monitoring_milestones')
    .select(['id', 'title', 'due_on', 'reached_on'])
    .where('initiative_id', '=', initiativeId)
    .orderBy('due_on')
    .orderBy('title')
    .execute();
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    owner: row.owner_name ?? row.owner_label,
    cities: row.cities,
    indicators: indicators.map((item) => item.indicator_key),
    milestones: milestones.map((item) => ({
      id: item.id,
      title: item.title,
      dueOn: item.due_on,
      reachedOn: item.reached_on,
    })),
  };
}
