import type { UserActor } from '../../../core/auth/actor.js';
import type { AppServices } from '../../../core/http/types.js';
import { verifyPassword } from '../../../core/auth/passwords.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { AppError } from '../../../core/errors.js';
import { personalDataSources } from '../../../core/privacy/registry.js';
import { sendAccountMail } from '../mails.js';

/**
 * Erases the account and, through the registry, every module's data about the person, in one
 * transaction. The last admin of an organisation that still has members must hand over first.
 */
export async function deleteAccount(options: {
  services: AppServices;
  actor: UserActor;
  currentPassword: string;
  ip: string;
}): Promise<void> {
  const { services, actor } = options;
  const user = await services.db
    .selectFrom('users')
    .select(['password_hash'])
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, options.currentPassword))) {
    throw new AppError('invalid_input', {
      fields: { current_password: { key: 'accounts.validation.wrong_password' } },
    });
  }
  const organisation = actor.organisation;
  if (organisation?.role === 'admin') {
    const others = await services.db
      .selectFrom('memberships')
      .select(['role'])
      .where('organisation_id', '=', organisation.id)
      .where('user_id', '!=', actor.userId)
      .execute();
    if (others.length > 0 && !others.some((m) => m.role === 'admin')) {
      throw new AppError('conflict', {
        messageKey: 'accounts.delete.last_admin',
        fields: { _form: { key: 'accounts.delete.last_admin' } },
      });
    }
  }
  await services.db.transaction().execute(async (trx) => {
    for (const source of [...personalDataSources()].reverse()) await source.erase(trx, actor.userId);
    await trx.deleteFrom('users').where('id', '=', actor.userId).execute();
    await sendAccountMail(services, trx, {
      kind: 'account_deleted',
      to: actor.email,
      locale: actor.locale,
      name: actor.displayName,
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'account.deleted',
      subjectType: 'user',
      subjectId: actor.userId,
      organisationId: organisation?.id ?? null,
    });
  });
}
