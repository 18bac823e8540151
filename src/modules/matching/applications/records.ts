import type { Kysely } from 'kysely';
import type { ApplicationClosedReason, ApplicationStatus } from '../tables.js';
import type { Database } from '../../../core/db/database.js';
import { AppError } from '../../../core/errors.js';
import type { ApplicationRef } from './policy.js';
import type { Qualifications } from './schemas.js';

/** An application as the use-cases work with it: never sent anywhere as it is, always through a presenter. */
export interface ApplicationRecord extends ApplicationRef {
  id: string;
  positionId: string | null;
  profileId: string | null;
  positionTitle: string;
  pseudonym: string;
  status: ApplicationStatus;
  qualifications: Qualifications | null;
  locale: string;
  closedReason: ApplicationClosedReason | null;
  createdAt: Date;
  updatedAt: Date;
  invitedAt: Date | null;
  consentAt: Date | null;
  withdrawnAt: Date | null;
  positionClosedAt: Date | null;
}

function applicationQuery(db: Kysely<Database>) {
  return db
    .selectFrom('applications as a')
    .leftJoin('applicant_profiles as p', 'p.id', 'a.profile_id')
    .select([
      'a.id',
      'a.position_id',
      'a.profile_id',
      'a.organisation_id',
      'a.position_title',
      'a.pseudonym',
      'a.status',
      'a.qualifications',
      'a.locale',
      'a.closed_reason',
      'a.created_at',
      'a.updated_at',
      'a.invited_at',
      'a.consent_at',
      'a.withdrawn_at',
      'a.position_closed_at',
      'p.user_id as owner_user_id',
    ]);
}

type ApplicationRow = Awaited<ReturnType<ReturnType<typeof applicationQuery>['executeTakeFirstOrThrow']>>;

/** An erased application keeps `{}` as its qualifications: nothing of the person is left. */
function readQualifications(value: Record<string, unknown>): Qualifications | null {
  return typeof value.motivation === 'string' ? (value as unknown as Qualifications) : null;
}

export function toRecord(row: ApplicationRow): ApplicationRecord {
  return {
    id: row.id,
    positionId: row.position_id,
    profileId: row.profile_id,
    organisationId: row.organisation_id,
    ownerUserId: row.owner_user_id,
    positionTitle: row.position_title,
    pseudonym: row.pseudonym,
    status: row.status,
    qualifications: readQualifications(row.qualifications),
    locale: row.locale,
    closedReason: row.closed_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    invitedAt: row.invited_at,
    consentAt: row.consent_at,
    withdrawnAt: row.withdrawn_at,
    positionClosedAt: row.position_closed_at,
  };
}

export async function findApplication(db: Kysely<Database>, id: string): Promise<ApplicationRecord | null> {
  const row = await applicationQuery(db).where('a.id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : null;
}

/** Reads the application and holds its row lock until the transaction ends, so two changes never cross. */
export async function lockApplication(trx: Kysely<Database>, id: string): Promise<ApplicationRecord | null> {
  const locked = await trx.selectFrom('applications').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  return locked ? findApplication(trx, id) : null;
}

/** Loads an application the actor may act on, or answers 404 — someone without access learns nothing, not even that it exists. */
export async function requireApplication(
  db: Kysely<Database>,
  id: string,
  isAllowed: (application: ApplicationRecord) => boolean,
  options: { lock?: boolean } = {},
): Promise<ApplicationRecord> {
  const application = options.lock ? await lockApplication(db, id) : await findApplication(db, id);
  if (!application || !isAllowed(application)) throw new AppError('not_found');
  return application;
}

export interface ThreadMessage {
  id: string;
  sender: 'company' | 'applicant';
  senderUserId: string | null;
  body: string;
  heldBack: boolean;
  /** When a held-back message was delivered (at consent); null for one that passed at once. */
  releasedAt: Date | null;
  createdAt: Date;
}

export async function loadThread(db: Kysely<Database>, applicationId: string): Promise<ThreadMessage[]> {
  const rows = await db
    .selectFrom('application_messages')
    .select(['id', 'sender', 'sender_user_id', 'body', 'held_back', 'released_at', 'created_at'])
    .where('application_id', '=', applicationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    sender: r.sender,
    senderUserId: r.sender_user_id,
    body: r.body,
    heldBack: r.held_back,
    releasedAt: r.released_at,
    createdAt: r.created_at,
  }));
}

export interface StatusChange {
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  actor: 'company' | 'applicant' | 'system';
  reason: string | null;
  at: Date;
}

export async function loadHistory(db: Kysely<Database>, applicationId: string): Promise<StatusChange[]> {
  const rows = await db
    .selectFrom('application_status_changes')
    .select(['from_status', 'to_status', 'actor', 'reason', 'at'])
    .where('application_id', '=', applicationId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ from: r.from_status, to: r.to_status, actor: r.actor, reason: r.reason, at: r.at }));
}

/** Changes the status and writes the history row in the caller's transaction. */
export async function writeStatus(
  trx: Kysely<Database>,
  application: Pick<ApplicationRecord, 'id' | 'status'>,
  change: {
    to: ApplicationStatus;
    actor: 'company' | 'applicant' | 'system';
    actorUserId: string | null;
    reason?: string | null;
    now: Date;
    set?: { invited_at?: Date; consent_at?: Date; withdrawn_at?: Date; closed_reason?: ApplicationClosedReason };
  },
): Promise<void> {
  await trx
    .updateTable('applications')
    .set({ status: change.to, updated_at: change.now, ...change.set })
    .where('id', '=', application.id)
    .execute();
  await trx
    .insertInto('application_status_changes')
    .values({
      application_id: application.id,
      from_status: application.status,
      to_status: change.to,
      actor: change.actor,
      actor_user_id: change.actorUserId,
      reason: change.reason ?? null,
      at: change.now,
    })
    .execute();
}
