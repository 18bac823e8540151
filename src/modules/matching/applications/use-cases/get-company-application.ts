import type { UserActor } from '../../../../core/auth/actor.js';
import type { AppServices } from '../../../../core/http/types.js';
import { can } from '../policy.js';
import { presentApplicationForCompany, type CompanyApplicationView } from '../present.js';
import { loadHistory, loadThread, requireApplication } from '../records.js';
import { revealIdentityToCompany } from '../reveal.js';

/** One application as the company sees it; after consent with name and contact, and that look is audited. */
export async function getCompanyApplication(options: {
  services: AppServices;
  actor: UserActor;
  id: string;
  ip: string;
  via: 'page' | 'api';
}): Promise<CompanyApplicationView> {
  const { services, actor } = options;
  const application = await requireApplication(services.db, options.id, (a) => can(actor, 'view_as_company', a));
  const [messages, history] = [
    await loadThread(services.db, application.id),
    await loadHistory(services.db, application.id),
  ];
  const identity = await revealIdentityToCompany(services.db, { actor, application, ip: options.ip, via: options.via });
  return presentApplicationForCompany({ application, messages, history, identity });
}
