import type { AppServices } from '../../../../core/http/types.js';
import type { Position } from '../../tables.js';
import { todayString } from '../records.js';

export type CompanyPosition = Pick<
  Position,
  'id' | 'title' | 'kind' | 'occupation_id' | 'city' | 'postcode' | 'starts_on' | 'deadline'
>;

/**
 * The open positions of one company, for its public profile: published and before their deadline,
 * exactly what the public search shows of it; drafts and closed ones never leave the company.
 */
export async function listCompanyPositions(options: {
  services: AppServices;
  organisationId: string;
}): Promise<CompanyPosition[]> {
  return options.services.db
    .selectFrom('positions')
    .select(['id', 'title', 'kind', 'occupation_id', 'city', 'postcode', 'starts_on', 'deadline'])
    .where('organisation_id', '=', options.organisationId)
    .where('status', '=', 'published')
    .where('deadline', '>=', todayString() as unknown as Date)
    .orderBy('deadline')
    .orderBy('id')
    .limit(100)
    .execute();
}
