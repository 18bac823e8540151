import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { listCompanyPositions, type CompanyPosition } from '../../matching/index.js';
import { canOnCompanyProfile, organisationsPolicy, type CompanyRef } from '../policy.js';
import { presentCompanyProfile, type PublicCompanyProfile } from '../present.js';

export interface CompanyProfilePage {
  profile: PublicCompanyProfile;
  positions: CompanyPosition[];
  canEdit: boolean;
}

/** Loads a company for a profile action; an organisation that is no verified company does not exist here (404). */
export async function loadCompany(services: AppServices, organisationId: string) {
  const organisation = await services.db
    .selectFrom('organisations')
    .select(['id', 'name', 'type', 'city', 'website', 'verified_at'])
    .where('id', '=', organisationId)
    .executeTakeFirst();
  if (!organisation) throw new AppError('not_found');
  const ref: CompanyRef = {
    id: organisation.id,
    verified: organisation.verified_at !== null,
    isCompany: organisation.type === 'company',
  };
  return { organisation, ref };
}

/** The public profile of a verified company with its open positions (matching contributes those). */
export async function getCompanyProfile(options: {
  services: AppServices;
  actor: Actor;
  organisationId: string;
  /** 'edit' for the edit form: refused (403) unless the actor is an admin of this verified company. */
  purpose: 'view' | 'edit';
}): Promise<CompanyProfilePage> {
  const { services, actor } = options;
  const { organisation, ref } = await loadCompany(services, options.organisationId);
  authorize(actor, organisationsPolicy, 'view_profile', ref, { code: 'not_found' });
  if (options.purpose === 'edit') authorize(actor, organisationsPolicy, 'edit_profile', ref);
  const profile = await services.db
    .selectFrom('company_profiles')
    .selectAll()
    .where('organisation_id', '=', organisation.id)
    .executeTakeFirst();
  const positions = await listCompanyPositions({ services, organisationId: organisation.id });
  return {
    profile: presentCompanyProfile(organisation, profile ?? null),
    positions,
    canEdit: canOnCompanyProfile(actor, 'edit_profile', ref),
  };
}
