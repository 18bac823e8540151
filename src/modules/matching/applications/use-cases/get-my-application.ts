import type { UserActor } from '../../../../core/auth/actor.js';
import type { AppServices } from '../../../../core/http/types.js';
import { nameParts } from '../../shared/index.js';
import { readOwnPersonalPart } from '../identity-store.js';
import { can } from '../policy.js';
import { presentApplicationForApplicant, type ApplicantApplicationView } from '../present.js';
import { loadHistory, loadThread, requireApplication } from '../records.js';

/** The applicant's own application: both parts, status, history and the thread with their held-back messages. */
export async function getMyApplication(options: {
  services: AppServices;
  actor: UserActor;
  id: string;
}): Promise<ApplicantApplicationView> {
  const { services, actor } = options;
  const application = await requireApplication(services.db, options.id, (a) => can(actor, 'view_as_applicant', a));
  const organisation = await services.db
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', application.organisationId)
    .executeTakeFirstOrThrow();
  const personal = application.profileId ? await readOwnPersonalPart(services.db, application.profileId) : null;
  return presentApplicationForApplicant({
    application,
    organisationName: organisation.name,
    personal,
    messages: await loadThread(services.db, application.id),
    history: await loadHistory(services.db, application.id),
    names: nameParts(personal?.full_name),
  });
}
