import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import type { AppServices } from '../../../core/http/types.js';
import { generateToken, hashToken } from '../../../core/auth/tokens.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { AppError } from '../../../core/errors.js';
import { quotedMailName } from '../../../core/mail/display-name.js';
import { enqueueMail } from '../../../core/mail/mailer.js';
import { getTranslator } from '../../../core/i18n/translator.js';
import type { LocaleCode } from '../../../core/i18n/locales.js';
import { organisationsPolicy } from '../policy.js';
import type { InviteMemberInput } from '../schemas.js';
import { days } from '../../../core/time/durations.js';

const INVITATION_DAYS = 14;

/** An admin invites someone by e-mail; the link lets them join after signing in with that address. */
export async function inviteMember(options: {
  services: AppServices;
  actor: UserActor;
  input: InviteMemberInput;
  locale: LocaleCode;
  ip: string;
}): Promise<void> {
  const { services, actor, input } = options;
  const organisation = actor.organisation;
  if (!organisation) throw new AppError('forbidden');
  authorize(actor, organisationsPolicy, 'invite', { id: organisation.id, verified: organisation.isVerified });
  const token = generateToken();
  await services.db.transaction().execute(async (trx) => {
    const alreadyMember = await trx
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select('m.user_id')
      .where('m.organisation_id', '=', organisation.id)
      .where((eb) => eb(eb.fn('lower', ['u.email']), '=', input.email))
      .executeTakeFirst();
    if (alreadyMember)
      throw new AppError('conflict', { fields: { email: { key: 'organisations.invite.already_member' } } });
    await trx
      .deleteFrom('invitations')
      .where('organisation_id', '=', organisation.id)
      .where('email', '=', input.email)
      .where('accepted_at', 'is', null)
      .execute();
    const invitation = await trx
      .insertInto('invitations')
      .values({
        organisation_id: organisation.id,
        email: input.email,
        role: input.role,
        token_hash: hashToken(token),
        invited_by: actor.userId,
        expires_at: new Date(Date.now() + days(INVITATION_DAYS)),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const i18n = getTranslator(options.locale);
    const values = {
      organisation: quotedMailName(i18n, organisation.name),
      inviter: quotedMailName(i18n, actor.displayName),
      link: `${services.config.baseUrl}/${options.locale}/einladung?token=${token}`,
      days: INVITATION_DAYS,
      site: i18n.t('layout.site_name'),
    };
    await enqueueMail(services.queue, trx, {
      to: input.email,
      subject: i18n.t('organisations.mail.invitation.subject', values),
      text: `${i18n.t('organisations.mail.invitation.body', values)}\n\n${i18n.t('accounts.mail.signature', values)}`,
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'organisation.member_invited',
      subjectType: 'invitation',
      subjectId: invitation.id,
      organisationId: organisation.id,
      ip: options.ip,
      details: { role: input.role },
    });
  });
}
