import { href, usePage } from '../../../../core/http/page-context.js';
import { ButtonForm } from '../../../../ui/form.js';
import type { MyInvitation } from '../use-cases/list-my-invitations.js';
import { InvitationBadge } from './talent-state.js';

/**
 * The applicant's invitations to apply, above their matches: who invites, to what, until when;
 * "Jetzt bewerben" leads into the ordinary anonymised application, "Ablehnen" answers no.
 */
export function MyInvitations({ invitations }: { invitations: MyInvitation[] }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  if (invitations.length === 0) return null;
  return (
    <section aria-labelledby="einladungen" class="kern-stack">
      <h2 class="kern-heading-medium" id="einladungen">
        {t('matching_talents.mine.heading', { count: invitations.filter((i) => i.canAnswer).length })}
      </h2>
      <p class="kern-body">{t('matching_talents.mine.intro')}</p>
      <ul class="vr-matching-results">
        {invitations.map((invitation) => (
          <li key={invitation.id} class="kern-card vr-matching-card vr-talent-card">
            <h3 class="kern-heading-small">
              <a class="kern-link" href={href(lang, `/stellen/${invitation.positionId}`)} dir="auto">
                {invitation.positionTitle}
              </a>
            </h3>
            <p class="kern-body">
              {t('matching_talents.mine.from', { organisation: invitation.organisationName })}{' '}
              <InvitationBadge state={invitation.state} reader="applicant" />
            </p>
            <p class="kern-body kern-body--small">
              {invitation.state === 'open'
                ? t('matching_talents.mine.until', { date: i18n.formatDate(invitation.expiresAt) })
                : t('matching_talents.mine.invited_on', { date: i18n.formatDate(invitation.invitedAt) })}
            </p>
            {invitation.canAnswer ? (
              <div class="vr-talent-card__actions">
                <a
                  class="kern-btn kern-btn--primary kern-btn--small"
                  href={href(lang, `/bewerbungen/neu/${invitation.positionId}`)}
                >
                  <span class="kern-label">
                    {t('matching_talents.mine.apply', { position: invitation.positionTitle })}
                  </span>
                </a>
                <ButtonForm
                  action={href(lang, `/profil/einladungen/${invitation.id}/ablehnen`)}
                  label={t('matching_talents.mine.decline', { position: invitation.positionTitle })}
                  size="small"
                />
              </div>
            ) : invitation.state === 'open' ? (
              <p class="kern-body kern-body--small">{t('matching_talents.mine.position_closed')}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
