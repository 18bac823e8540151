import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import type { City } from '../../../region/index.js';
import { trainingPolicy } from '../policy.js';
import type { ContactPreference, RequestStatus } from '../tables.js';

/** A request as the office's desk shows it: the company, what it needs and how to reach it. */
export interface DeskRequest {
  id: string;
  organisationName: string;
  organisationCity: City | null;
  occupationId: string | null;
  needs: string;
  contactPreference: ContactPreference;
  phone: string | null;
  /** The address of the member who asked; null once that account is deleted. */
  requesterEmail: string | null;
  requesterName: string | null;
  status: RequestStatus;
  takenByName: string | null;
  createdAt: Date;
}

/** The office's desk: open and running requests first, then the done ones of the last months. */
export async function listAdviserRequests(options: {
  services: Pick<AppServices, 'db'>;
  actor: UserActor;
}): Promise<DeskRequest[]> {
  const { services, actor } = options;
  authorize(actor, trainingPolicy, 'handle_requests', undefined);
  const rows = await services.db
    .selectFrom('training_adviser_requests as r')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .leftJoin('training_paths as p', 'p.organisation_id', 'r.organisation_id')
    .leftJoin('users as u', 'u.id', 'r.requested_by')
    .leftJoin('users as t', 't.id', 'r.taken_by')
    .select([
      'r.id',
      'o.name as organisation_name',
      'o.city as organisation_city',
      'p.occupation_id',
      'r.needs',
      'r.contact_preference',
      'r.phone',
      'u.email as requester_email',
      'u.display_name as requester_name',
      'r.status',
      't.display_name as taken_by_name',
      'r.created_at',
    ])
    .orderBy((eb) => eb.case().when('r.status', '=', 'done').then(1).else(0).end())
    .orderBy('r.created_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    organisationName: row.organisation_name,
    organisationCity: row.organisation_city,
    occupationId: row.occupation_id,
    needs: row.needs,
    contactPreference: row.contact_preference,
    phone: row.phone,
    requesterEmail: row.requester_email,
    requesterName: row.requester_name,
    status: row.status,
    takenByName: row.taken_by_name,
    createdAt: row.created_at,
  }));
}
