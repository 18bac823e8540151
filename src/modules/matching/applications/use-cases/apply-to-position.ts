import { sql, type Kysely } from 'kysely';
import { authorize } from '../../../../core/auth/policy.js';
import type { UserActor } from '../../../../core/auth/actor.js';
import type { Database } from '../../../../core/db/database.js';
import { AppError, type FieldErrors } from '../../../../core/errors.js';
import { berlinDay } from '../../../../core/time/calendar-day.js';
import type { AppServices } from '../../../../core/http/types.js';
import { detectContactData, nameParts } from '../../shared/index.js';
import { saveOwnPersonalPart } from '../identity-store.js';
import { notifyStatusChange } from '../notify.js';
import { applicationsPolicy } from '../policy.js';
import { generateApplicationPseudonym } from '../pseudonym.js';
import { QUALIFICATION_TEXT_FIELDS, type ApplyInput } from '../schemas.js';

export interface OpenPosition {
  id: string;
  organisationId: string;
  title: string;
  organisationName: string;
}

/** A position one may apply to: published and its deadline not passed. Drafts and other states answer 404 or 409. */
export async function findOpenPosition(db: Kysely<Database>, positionId: string, now: Date): Promise<OpenPosition> {
  const row = await db
    .selectFrom('positions as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select([
      'p.id',
      'p.organisation_id',
      'p.title',
      'p.status',
      'o.name as organisation_name',
      sql<boolean>`p.deadline >= ${berlinDay(now)}::date`.as('is_before_deadline'),
    ])
    .where('p.id', '=', positionId)
    .executeTakeFirst();
  if (!row || row.status === 'draft') throw new AppError('not_found');
  if (row.status !== 'published' || !row.is_before_deadline)
    throw new AppError('conflict', { messageKey: 'matching_applications.errors.position_closed' });
  return { id: row.id, organisationId: row.organisation_id, title: row.title, organisationName: row.organisation_name };
}

export async function findOwnProfileId(db: Kysely<Database>, userId: string): Promise<string | null> {
  const row = await db.selectFrom('applicant_profiles').select('id').where('user_id', '=', userId).executeTakeFirst();
  return row?.id ?? null;
}

/** The qualifications part goes to the company before consent: no contact data, no name in it. */
function contactDataInQualifications(input: ApplyInput): FieldErrors {
  const fields: FieldErrors = {};
  const names = nameParts(input.personal.full_name);
  for (const field of QUALIFICATION_TEXT_FIELDS) {
    const value = input.qualifications[field];
    if (value && detectContactData(value, { names }).length > 0)
      fields[field] = { key: 'matching_applications.validation.identity_in_qualifications' };
  }
  return fields;
}

async function freePseudonym(trx: Kysely<Database>): Promise<string> {
  for (;;) {
    const candidate = generateApplicationPseudonym();
    const taken = await trx
      .selectFrom('applications')
      .select('id')
      .where('pseudonym', '=', candidate)
      .executeTakeFirst();
    if (!taken) return candidate;
  }
}

function isActiveApplicationConflict(error: unknown): boolean {
  const candidate = error as { code?: string; constraint?: string } | null;
  return candidate?.code === '23505' && candidate.constraint === 'applications_active';
}

const ALREADY_APPLIED = {
  messageKey: 'matching_applications.errors.already_applied',
  fields: { _form: { key: 'matching_applications.errors.already_applied' } },
};

/**
 * Sends an application: the qualifications part is kept with the application under a new
 * pseudonym of its own, the personal part updates the applicant's identity (stored apart), and
 * the company's members get a mail that names only the pseudonym.
 */
export async function applyToPosition(options: {
  services: AppServices;
  actor: UserActor;
  positionId: string;
  input: ApplyInput;
  now?: Date;
}): Promise<{ id: string; pseudonym: string }> {
  const { services, actor, input } = options;
  const now = options.now ?? new Date();
  authorize(actor, applicationsPolicy, 'apply', undefined, {
    messageKey: 'matching_applications.errors.staff_cannot_apply',
  });
  const fields = contactDataInQualifications(input);
  if (Object.keys(fields).length > 0) throw new AppError('invalid_input', { fields });
  try {
    return await services.db.transaction().execute(async (trx) => {
      const position = await findOpenPosition(trx, options.positionId, now);
      const profileId = await findOwnProfileId(trx, actor.userId);
      if (!profileId)
        throw new AppError('conflict', {
          messageKey: 'matching_applications.errors.no_profile',
          fields: { _form: { key: 'matching_applications.errors.no_profile' } },
        });
      const existing = await trx
        .selectFrom('applications')
        .select('id')
        .where('position_id', '=', position.id)
        .where('profile_id', '=', profileId)
        .where('status', 'not in', ['withdrawn', 'declined'])
        .executeTakeFirst();
      if (existing) throw new AppError('conflict', ALREADY_APPLIED);
      await saveOwnPersonalPart(trx, profileId, input.personal, now);
      const application = await trx
        .insertInto('applications')
        .values({
          position_id: position.id,
          profile_id: profileId,
          organisation_id: position.organisationId,
          position_title: position.title,
          pseudonym: await freePseudonym(trx),
          status: 'submitted',
          qualifications: JSON.stringify(input.qualifications),
          locale: actor.locale,
          created_at: now,
          updated_at: now,
        })
        .returning(['id', 'pseudonym'])
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('application_status_changes')
        .values({
          application_id: application.id,
          from_status: null,
          to_status: 'submitted',
          actor: 'applicant',
          actor_user_id: actor.userId,
          at: now,
        })
        .execute();
      await notifyStatusChange(trx, services, {
        application: {
          id: application.id,
          pseudonym: application.pseudonym,
          positionTitle: position.title,
          profileId,
          organisationId: position.organisationId,
        },
        status: 'submitted',
        actorUserId: actor.userId,
      });
      return application;
    });
  } catch (error) {
    // Two submissions at the same moment: the unique index lets exactly one through.
    if (isActiveApplicationConflict(error)) throw new AppError('conflict', ALREADY_APPLIED);
    throw error;
  }
}
