import { href, usePage } from '../../../../core/http/page-context.js';
import { DataTable } from '../../../../ui/data-table.js';
import { ButtonForm, PageHeading } from '../../../../ui/form.js';
import type { PositionTalents } from '../use-cases/list-position-talents.js';
import { InvitationBadge } from './talent-state.js';

/** A position's shortlist and the talents invited to apply, with where each invitation stands. Pseudonyms only. */
export function TalentsPage({ talents }: { talents: PositionTalents }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const { position, invited, saved } = talents;
  const invitedIds = new Set(invited.map((i) => i.profileId));
  const candidates = href(lang, `/stellen/${position.id}/kandidaten`);
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
        <DataTable
          caption={t('matching_talents.overview.invited_caption', { title: position.title })}
          rows={invited}
          rowKey={(row) => row.profileId}
          empty={
            <>
              {t('matching_talents.empty.invited')}{' '}
              <a class="kern-link" href={candidates}>
                {t('matching_talents.overview.to_candidates')}
              </a>
            </>
          }
          columns={[
            {
              header: t('matching_talents.overview.pseudonym'),
              isRowHeader: true,
              cell: (row) => <bdi>{row.pseudonym}</bdi>,
            },
            { header: t('matching_talents.overview.invited_on'), cell: (row) => i18n.formatDate(row.invitedAt) },
            { header: t('matching_talents.overview.expires_on'), cell: (row) => i18n.formatDate(row.expiresAt) },
            {
              header: t('matching_talents.overview.state'),
              cell: (row) => <InvitationBadge state={row.state} reader="company" />,
            },
          ]}
        />
      </section>
      <section aria-labelledby="saved-heading" class="kern-stack">
        <h2 class="kern-heading-medium" id="saved-heading">
          {t('matching_talents.overview.saved_heading')}
        </h2>
        <DataTable
          caption={t('matching_talents.overview.saved_caption', { title: position.title })}
          rows={saved}
          rowKey={(row) => row.profileId}
          empty={
            <>
              {t('matching_talents.empty.saved')}{' '}
              <a class="kern-link" href={candidates}>
                {t('matching_talents.overview.to_candidates')}
              </a>
            </>
          }
          columns={[
            {
              header: t('matching_talents.overview.pseudonym'),
              isRowHeader: true,
              cell: (row) => <bdi>{row.pseudonym}</bdi>,
            },
            { header: t('matching_talents.overview.saved_on'), cell: (row) => i18n.formatDate(row.savedAt) },
            {
              header: t('matching_talents.overview.actions'),
              cell: (row) => (
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
              ),
            },
          ]}
        />
      </section>
    </div>
  );
}
