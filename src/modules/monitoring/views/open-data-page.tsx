import { href, usePage } from '../../../core/http/page-context.js';
import { PageHeading } from '../../../ui/form.js';
import { MONITORING_DCAT_PATH } from '../formats/index.js';

/** Where the open data is: all values as CSV and JSON, the DCAT-AP.de description, the API description. */
export function OpenDataPage() {
  const { i18n, t } = usePage();
  return (
    <section class="kern-stack">
      <PageHeading>{t('monitoring.open_data.title')}</PageHeading>
      <p class="kern-body">{t('monitoring.open_data.intro')}</p>
      <ul class="vr-link-list">
        <li>
          <a class="kern-link" href="/api/v1/monitoring/values.csv" download>
            {t('monitoring.open_data.all_csv')}
          </a>
        </li>
        <li>
          <a class="kern-link" href="/api/v1/monitoring/values">
            {t('monitoring.open_data.all_json')}
          </a>
        </li>
        <li>
          <a class="kern-link" href="/api/v1/monitoring/indicators">
            {t('monitoring.open_data.indicators_json')}
          </a>
        </li>
        <li>
          <a class="kern-link" href={`${MONITORING_DCAT_PATH}.jsonld`} type="application/ld+json">
            {t('monitoring.open_data.dcat')}
          </a>
        </li>
        <li>
          <a class="kern-link" href={`${MONITORING_DCAT_PATH}.ttl`} type="text/turtle">
            {t('monitoring.open_data.dcat_turtle')}
          </a>
        </li>
        <li>
          <a class="kern-link" href={`${MONITORING_DCAT_PATH}.rdf`} type="application/rdf+xml">
            {t('monitoring.open_data.dcat_rdfxml')}
          </a>
        </li>
        <li>
          <a class="kern-link" href="/api/openapi.json">
            {t('monitoring.open_data.openapi')}
          </a>
        </li>
      </ul>
      <p class="kern-body">{t('monitoring.open_data.licence')}</p>
      <p class="kern-body">
        <a class="kern-link" href={href(i18n.locale.code, '/monitoring')}>
          {t('monitoring.dashboard.title')}
        </a>
      </p>
    </section>
  );
}
