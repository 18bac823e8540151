import { href, usePage } from '../../../../core/http/page-context.js';
import { ButtonForm, PageHeading } from '../../../../ui/form.js';
import type { PositionTalents } from '../use-cases/list-position-talents.js';
import { InvitationBadge } from './talent-state.js';

/**
 * A position's shortlist and the talents invited to apply, with where each invitation stands.
 * Pseudonyms only. Short cards rather than tables, so that a phone shows them without scrolling sideways.
 */
export function TalentsPage({ talents }: { talents: PositionTalents }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const { position, invited, saved } = talents;
  const invitedIds = new Set(invited.map((i) => i.profileId));
  const candidates = href(lang, `/stellen/${position.id}/kandidaten`);
  const toCandidates = (
    <a class="kern-link" href={candidates}>
      {t('matching_talents.overview.to_candidates')}
    </a>
  );
  return (
    <div class="kern-stack">
      <PageHeading>{t('matching_talents.overview.title', { title: position.title })}</PageHeading>
      <p>
        <a class="kern-link" href={candidates}>
          {t('matching_talents.overview.back')}
        </a>
      </p>
      <p class="kern-body vr-pseudonym-note">{t('matching_talents.pseudonym.company_profiles')}</p>
      <section aria-labelledby="invited-heading" class="kern-stack">
        <h2 class="kern-heading-medium" id="invited-heading">
          {t('matching_talents.overview.invited_heading')}
        </h2>
        <p class="kern-body">{t('matching_talents.overview.invited_intro')}</p>
        {invited.length === 0 ? (
          <p class="kern-body">
            {t('matching_talents.empty.invited')} {toCandidates}
          </p>
        ) : (
          <ul
            class="vr-matching-results"
            aria-label={t('matching_talents.overview.invited_caption', { title: position.title })}
          >
            {invited.map((row) => (
              <li key={row.profileId} class="kern-card vr-matching-card vr-talent-card">
                <h3 class="kern-heading-small">
                  <bdi>{row.pseudonym}</bdi>
                </h3>
                <p class="kern-body">
                  <InvitationBadge state={row.state} reader="company" />
                </p>
                <dl class="vr-talent-facts">
                  <dt>{t('matching_talents.overview.invited_on')}</dt>
                  <dd>{i18n.formatDate(row.invitedAt)}</dd>
                  <dt>{t('matching_talents.overview.expires_on')}</dt>
                  <dd>{i18n.formatDate(row.expiresAt)}</dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="saved-heading" class="kern-stack">
        <h2 class="kern-heading-medium" id="saved-heading">
          {t('matching_talents.overview.saved_heading')}
        </h2>
        {saved.length === 0 ? (
          <p class="kern-body">
            {t('matching_talents.empty.saved')} {toCandidates}
          </p>
        ) : (
          <ul
            class="vr-matching-results"
            aria-label={t('matching_talents.overview.saved_caption', { title: position.title })}
          >
            {saved.map((row) => (
              <li key={row.profileId} class="kern-card vr-matching-card vr-talent-card">
                <h3 class="kern-heading-small">
                  <bdi>{row.pseudonym}</bdi>
                </h3>
                <p class="kern-body kern-body--small">
                  {t('matching_talents.overview.saved_on')}: {i18n.formatDate(row.savedAt)}
                </p>
                <div class="vr-talent-card__actions">
                  {invitedIds.has(row.profileId) ? null : (
                    <ButtonForm
                      action={href(lang, `/stellen/${position.id}/kandidaten/einladen?back=talente`)}
                      fields={{ profile: row.profileId }}
                      label={t('matching_talents.card.invite', { pseudonym: row.pseudonym })}
                      variant="primary"
                      size="small"
                    />
                  )}
                  <ButtonForm
                    action={href(lang, `/stellen/${position.id}/kandidaten/merken?back=talente`)}
                    fields={{ profile: row.profileId, saved: '0' }}
                    label={t('matching_talents.card.unsave', { pseudonym: row.pseudonym })}
                    size="small"
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
