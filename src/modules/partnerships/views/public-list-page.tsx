import { href, usePage } from '../../../core/http/page-context.js';
import { CITIES, type City } from '../../../region/index.js';
import { DataTable } from '../../../ui/data-table.js';
import { PageHeading, SelectField, SubmitButton } from '../../../ui/form.js';
import { LabelledSection } from '../../../ui/section.js';
import { OWN_PATH } from '../start-page.js';
import type { ListingSide } from '../tables.js';
import type { PublicPartnership } from '../use-cases/list-public-partnerships.js';
import { useLabels } from './labels.js';

/** The public list per city: partnerships both sides agreed to show, with names, cities and activities only. */
export function PublicListPage({
  partnerships,
  city,
  side,
}: {
  partnerships: PublicPartnership[];
  city: City | undefined;
  side: ListingSide | null;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const labels = useLabels();
  const heading = city
    ? t('partnerships.public.heading_city', { city: labels.city(city), count: partnerships.length })
    : t('partnerships.public.heading_all', { count: partnerships.length });
  return (
    <div class="kern-stack">
      <PageHeading>{t('partnerships.public.title')}</PageHeading>
      <p class="kern-body">{t('partnerships.public.lead')}</p>
      {side ? (
        <ul class="kern-list">
          <li>
            <a class="kern-link" href={href(lang, OWN_PATH)}>
              {t('partnerships.own.title')}
            </a>
          </li>
          <li>
            <a class="kern-link" href={href(lang, '/bildungspartnerschaften/eintrag')}>
              {t(`partnerships.own.new_${side}`)}
            </a>
          </li>
        </ul>
      ) : (
        <p class="kern-body">{t('partnerships.public.how_to_take_part')}</p>
      )}
      <form
        method="get"
        action={href(lang, '/bildungspartnerschaften')}
        class="vr-form kern-stack"
        aria-labelledby="city-filter"
      >
        <h2 class="kern-heading-small" id="city-filter">
          {t('partnerships.public.filter_heading')}
        </h2>
        <SelectField
          name="stadt"
          label={t('partnerships.public.city')}
          options={CITIES.map((code) => ({ value: code, label: labels.city(code) }))}
          emptyLabel={t('partnerships.public.all_cities')}
          value={city ?? ''}
        />
        <SubmitButton label={t('partnerships.public.show')} variant="secondary" />
      </form>
      <LabelledSection id="public-list" heading={heading}>
        <DataTable
          caption={heading}
          rows={partnerships}
          rowKey={(row) => row.id}
          empty={t('partnerships.public.empty')}
          columns={[
            {
              header: t('partnerships.labels.school'),
              isRowHeader: true,
              hasOwnDirection: true,
              cell: (row) => `${row.schoolName} (${labels.city(row.schoolCity)})`,
            },
            {
              header: t('partnerships.labels.company'),
              hasOwnDirection: true,
              cell: (row) => `${row.companyName} (${labels.city(row.companyCity)})`,
            },
            { header: t('partnerships.labels.activities'), cell: (row) => labels.activities(row.activities) },
            {
              header: t('partnerships.labels.since'),
              cell: (row) => i18n.formatDate(row.since, { month: 'long', year: 'numeric' }),
            },
          ]}
        />
        <p class="kern-body kern-body--small">{t('partnerships.public.consent_note')}</p>
      </LabelledSection>
    </div>
  );
}
