import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import type { LocaleCode } from '../../../core/i18n/locales.js';
import { chamberFor, type Chamber } from '../chambers.js';
import { trainingPolicy } from '../policy.js';
import { loadContacts, loadSteps, type StepView } from '../records.js';
import type { RequestStatus, TrainingContact, TrainingPath } from '../tables.js';

export interface OwnStep extends StepView {
  tickedAt: Date | null;
}

export interface OwnRequest {
  id: string;
  status: RequestStatus;
  createdAt: Date;
}

export interface OwnPath {
  path: TrainingPath;
  chamber: Chamber | null;
  steps: OwnStep[];
  done: number;
  /** The step a reminder was sent about, while it is still open. */
  remindedStep: OwnStep | null;
  contacts: { chamber: TrainingContact[]; city: TrainingContact[] };
}

/** The own organisation's adviser requests, newest first (also before a path is started). */
export async function listOwnRequests(options: {
  services: Pick<AppServices, 'db'>;
  actor: UserActor;
}): Promise<OwnRequest[]> {
  const organisationId = options.actor.organisation?.id ?? '';
  authorize(options.actor, trainingPolicy, 'work_on', { organisationId });
  const rows = await options.services.db
    .selectFrom('training_adviser_requests')
    .select(['id', 'status', 'created_at'])
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((row) => ({ id: row.id, status: row.status, createdAt: row.created_at }));
}

/** The own organisation's path with the ticked steps, or null before it is started. */
export async function getOwnPath(options: {
  services: Pick<AppServices, 'db'>;
  actor: UserActor;
  lang: LocaleCode;
}): Promise<OwnPath | null> {
  const { services, actor } = options;
  const organisationId = actor.organisation?.id ?? '';
  authorize(actor, trainingPolicy, 'work_on', { organisationId });
  const path = await services.db
    .selectFrom('training_paths')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  if (!path) return null;
  const ticks = await services.db
    .selectFrom('training_path_ticks')
    .select(['step_id', 'ticked_at'])
    .where('organisation_id', '=', organisationId)
    .execute();
  const tickedAt = new Map(ticks.map((tick) => [tick.step_id, tick.ticked_at]));
  const steps = (await loadSteps(services.db, options.lang)).map((step) => ({
    ...step,
    tickedAt: tickedAt.get(step.id) ?? null,
  }));
  const chamber = chamberFor(path.occupation_id, path.city);
  const reminded = steps.find((step) => step.id === path.reminded_step_id && step.tickedAt === null) ?? null;
  return {
    path,
    chamber,
    steps,
    done: steps.filter((step) => step.tickedAt !== null).length,
    remindedStep: reminded,
    contacts: await loadContacts(services.db, { chamber: chamber?.code ?? null, city: path.city }),
  };
}
