import { href, usePage } from '../../../core/http/page-context.js';
import { DataTable } from '../../../ui/data-table.js';
import { ButtonForm, PageHeading } from '../../../ui/form.js';
import { LabelledSection } from '../../../ui/section.js';
import type { OwnPartnerships } from '../use-cases/list-own-partnerships.js';
import { useLabels } from './labels.js';

/** The organisation's own listings (Gesuche or Angebote) and partnerships. */
export function OwnPage({ own }: { own: OwnPartnerships }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const labels = useLabels();
  return (
    <div class="kern-stack">
      <PageHeading>{t('partnerships.own.title')}</PageHeading>
      <p class="kern-body">{t(`partnerships.own.lead_${own.side}`)}</p>
      <p>
        <a class="kern-btn kern-btn--primary" href={href(lang, '/bildungspartnerschaften/eintrag')}>
          <span class="kern-label">{t(`partnerships.own.new_${own.side}`)}</span>
        </a>
      </p>
      <LabelledSection id="own-partnerships" heading={t('partnerships.own.partnerships_heading')}>
        <DataTable
          caption={t('partnerships.own.partnerships_heading')}
          rows={own.partnerships}
          rowKey={(row) => row.id}
          empty={t('partnerships.own.no_partnerships')}
          columns={[
            {
              header: t('partnerships.labels.partner'),
              isRowHeader: true,
              hasOwnDirection: true,
              cell: (row) => (
                <a class="kern-link" href={href(lang, `/bildungspartnerschaften/partnerschaften/${row.id}`)}>
                  {row.partnerName}
                </a>
              ),
            },
            {
              header: t('partnerships.labels.status'),
              cell: (row) =>
                row.awaitsAnswer
                  ? t('partnerships.status.awaits_answer')
                  : row.reviewDue
                    ? t('partnerships.status.review_due')
                    : t(`partnerships.status.${row.status}`),
            },
            { header: t('partnerships.labels.proposed_at'), cell: (row) => i18n.formatDate(row.proposedAt) },
          ]}
        />
      </LabelledSection>
      <LabelledSection id="own-listings" heading={t(`partnerships.own.listings_heading_${own.side}`)}>
        <DataTable
          caption={t(`partnerships.own.listings_heading_${own.side}`)}
          rows={own.listings}
          rowKey={(row) => row.id}
          empty={t(`partnerships.own.no_listings_${own.side}`)}
          columns={[
            {
              header: t('partnerships.labels.activities'),
              isRowHeader: true,
              cell: (row) => labels.activities(row.activities),
            },
            {
              header: t('partnerships.labels.when_where'),
              cell: (row) => `${labels.months(row.months)} · ${row.postcode} ${labels.city(row.city)}`,
            },
            {
              header: t(`partnerships.labels.pupils_${own.side}`),
              isNumeric: true,
              cell: (row) => i18n.formatNumber(row.pupils),
            },
            {
              header: t('partnerships.labels.actions'),
              cell: (row) =>
                row.status === 'open' ? (
                  <div class="kern-stack">
                    <a class="kern-link" href={href(lang, `/bildungspartnerschaften/eintraege/${row.id}/passend`)}>
                      {t('partnerships.own.see_matches')}
                    </a>
                    <ButtonForm
                      action={href(lang, `/bildungspartnerschaften/eintraege/${row.id}/schliessen`)}
                      label={t('partnerships.own.close_listing')}
                      size="small"
                    />
                  </div>
                ) : (
                  t('partnerships.status.listing_closed')
                ),
            },
          ]}
        />
      </LabelledSection>
    </div>
  );
}
