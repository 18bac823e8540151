import type { UserActor } from '../../../core/auth/actor.js';
import type { AppServices } from '../../../core/http/types.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { AppError } from '../../../core/errors.js';
import type { CreateOrganisationInput } from '../schemas.js';

/** Registers an organisation with its creator as admin; it publishes nothing until the office verifies it. */
export async function createOrganisation(options: {
  services: AppServices;
  actor: UserActor;
  input: CreateOrganisationInput;
  ip: string;
}): Promise<string> {
  const { services, actor, input } = options;
  if (actor.organisation)
    throw new AppError('conflict', { fields: { _form: { key: 'organisations.create.already_member' } } });
  if (!actor.isEmailVerified) throw new AppError('forbidden');
  return services.db.transaction().execute(async (trx) => {
    if (input.type === 'municipality') {
      const existing = await trx
        .selectFrom('organisations')
        .select('id')
        .where('type', '=', 'municipality')
        .where('city', '=', input.city)
        .executeTakeFirst();
      if (existing)
        throw new AppError('conflict', { fields: { city: { key: 'organisations.create.municipality_exists' } } });
    }
    const organisation = await trx
      .insertInto('organisations')
      .values({ name: input.name, type: input.type, city: input.city, website: input.website ?? null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('memberships')
      .values({ user_id: actor.userId, organisation_id: organisation.id, role: 'admin' })
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'organisation.created',
      subjectType: 'organisation',
      subjectId: organisation.id,
      organisationId: organisation.id,
      ip: options.ip,
    });
    return organisation.id;
  });
}
