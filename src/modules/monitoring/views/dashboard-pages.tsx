import { href, usePage } from '../../../core/http/page-context.js';
import { DataTable } from '../../../ui/data-table.js';
import { PageHeading } from '../../../ui/form.js';
import { INDICATORS, type IndicatorDefinition } from '../indicators.js';
import type { IndicatorData } from '../use-cases/get-indicator-data.js';
import { formatYear } from './chart-figure.js';
import { ComparisonFigure, TimeSeriesFigure } from './indicator-charts.js';
import { StandingsTable } from './standings-table.js';

export function DemoNotice({ hasDemo }: { hasDemo: boolean }) {
  const { t } = usePage();
  if (!hasDemo) return null;
  return (
    <div class="kern-alert kern-alert--warning" role="note">
      <div class="kern-alert__header">
        <span class="kern-title">{t('monitoring.demo.notice_title')}</span>
      </div>
      <div class="kern-alert__body">
        <p class="kern-body">{t('monitoring.demo.notice_text')}</p>
      </div>
    </div>
  );
}

function MonitoringLinks({ canSeeInternal }: { canSeeInternal: boolean }) {
  const { i18n, t } = usePage();
  const lang = i18n.locale.code;
  return (
    <nav aria-label={t('monitoring.nav.section')}>
      <ul class="vr-link-list">
        <li>
          <a class="kern-link" href={href(lang, '/monitoring/indikatoren')}>
            {t('monitoring.catalogue.title')}
          </a>
        </li>
        <li>
          <a class="kern-link" href={href(lang, '/monitoring/arbeitsprogramm')}>
            {t('monitoring.programme.title')}
          </a>
        </li>
        <li>
          <a class="kern-link" href={href(lang, '/monitoring/offene-daten')}>
            {t('monitoring.open_data.title')}
          </a>
        </li>
        {canSeeInternal ? (
          <li>
            <a class="kern-link" href={href(lang, '/monitoring/intern')}>
              {t('monitoring.internal.title')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** The public dashboard: one time series per stored indicator, each with its table. */
export function PublicDashboardPage({ data, canSeeInternal }: { data: IndicatorData[]; canSeeInternal: boolean }) {
  const { i18n, t } = usePage();
  const lang = i18n.locale.code;
  return (
    <section class="kern-stack">
      <PageHeading>{t('monitoring.dashboard.title')}</PageHeading>
      <p class="kern-body">{t('monitoring.dashboard.intro')}</p>
      <DemoNotice hasDemo={data.some((item) => item.hasDemo)} />
      <MonitoringLinks canSeeInternal={canSeeInternal} />
      {data.map((item) => (
        <section class="kern-stack" key={item.indicator.key}>
          <TimeSeriesFigure data={item} headingLevel={2} />
          <p class="kern-body">
            <a class="kern-link" href={href(lang, `/monitoring/indikatoren/${item.indicator.key}`)}>
              {t('monitoring.dashboard.more', { indicator: t(`monitoring_indicators.${item.indicator.key}.name`) })}
            </a>
          </p>
        </section>
      ))}
    </section>
  );
}

/** The catalogue of indicators: what each measures, in what unit, from which source. */
export function IndicatorCataloguePage() {
  const { i18n, t } = usePage();
  const lang = i18n.locale.code;
  return (
    <section class="kern-stack">
      <PageHeading>{t('monitoring.catalogue.title')}</PageHeading>
      <p class="kern-body">{t('monitoring.catalogue.intro')}</p>
      <DataTable<IndicatorDefinition>
        caption={t('monitoring.catalogue.title')}
        columns={[
          {
            header: t('monitoring.catalogue.name'),
            isRowHeader: true,
            cell: (indicator) =>
              indicator.isComputed ? (
                <a class="kern-link" href={href(lang, '/monitoring/intern#plattform')}>
                  {t(`monitoring_indicators.${indicator.key}.name`)}
                </a>
              ) : (
                <a class="kern-link" href={href(lang, `/monitoring/indikatoren/${indicator.key}`)}>
                  {t(`monitoring_indicators.${indicator.key}.name`)}
                </a>
              ),
          },
          { header: t('monitoring.catalogue.theme'), cell: (indicator) => t(`monitoring.themes.${indicator.theme}`) },
          { header: t('monitoring.catalogue.unit'), cell: (indicator) => t(`monitoring.units.${indicator.unit}`) },
          {
            header: t('monitoring.catalogue.source'),
            cell: (indicator) => t(`monitoring_indicators.${indicator.key}.source`),
          },
          {
            header: t('monitoring.catalogue.breaks'),
            cell: (indicator) =>
              indicator.breaks.map((item) => t(`monitoring_indicators.breaks.${item.id}.label`)).join(' · ') || '—',
          },
        ]}
        rows={INDICATORS}
        rowKey={(indicator) => indicator.key}
      />
    </section>
  );
}

/** One indicator: its definition and history, its series, the cities compared, targets and gaps, downloads. */
export function IndicatorPage({
  data,
  year,
  canCorrect,
}: {
  data: IndicatorData;
  year: number | null;
  canCorrect: boolean;
}) {
  const { i18n, t } = usePage();
  const lang = i18n.locale.code;
  const { indicator } = data;
  const key = `monitoring_indicators.${indicator.key}`;
  return (
    <section class="kern-stack">
      <PageHeading>{t(`${key}.name`)}</PageHeading>
      <DemoNotice hasDemo={data.hasDemo} />
      <dl class="vr-facts">
        <dt>{t('monitoring.catalogue.definition')}</dt>
        <dd>{t(`${key}.definition`)}</dd>
        <dt>{t('monitoring.catalogue.population')}</dt>
        <dd>{t(`${key}.population`)}</dd>
        <dt>{t('monitoring.catalogue.unit')}</dt>
        <dd>{t(`monitoring.units.${indicator.unit}`)}</dd>
        <dt>{t('monitoring.catalogue.source')}</dt>
        <dd>{t(`${key}.source`)}</dd>
        <dt>{t('monitoring.catalogue.method')}</dt>
        <dd>{t(`${key}.method`)}</dd>
      </dl>
      {indicator.breaks.length > 0 ? (
        <section class="kern-stack" aria-labelledby="breaks-heading">
          <h2 class="kern-heading-medium" id="breaks-heading">
            {t('monitoring.catalogue.history')}
          </h2>
          <ul class="kern-list">
            {indicator.breaks.map((item) => (
              <li key={item.id}>
                <strong>
                  {formatYear(i18n, item.year)}: {t(`monitoring_indicators.breaks.${item.id}.label`)}
                </strong>{' '}
                {t(`monitoring_indicators.breaks.${item.id}.text`)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <TimeSeriesFigure data={data} headingLevel={2} />
      {year !== null ? <ComparisonFigure data={data} year={year} /> : null}
      {year !== null ? (
        <form method="get" action={href(lang, `/monitoring/indikatoren/${indicator.key}`)} class="kern-stack">
          <label class="kern-label" for="year-select">
            {t('monitoring.chart.choose_year')}
          </label>
          <select class="kern-form-input__select" id="year-select" name="jahr">
            {data.years.map((candidate) => (
              <option key={candidate} value={candidate} selected={candidate === year}>
                {formatYear(i18n, candidate)}
              </option>
            ))}
          </select>
          <button type="submit" class="kern-btn kern-btn--secondary">
            <span class="kern-label">{t('monitoring.chart.show_year')}</span>
          </button>
        </form>
      ) : null}
      <StandingsTable data={data} caption={t('monitoring.targets.standings_caption')} />
      <section class="kern-stack" aria-labelledby="downloads-heading">
        <h2 class="kern-heading-medium" id="downloads-heading">
          {t('monitoring.downloads.title')}
        </h2>
        <ul class="vr-link-list">
          <li>
            <a class="kern-link" href={`/api/v1/monitoring/values.csv?indicator=${indicator.key}`} download>
              {t('monitoring.downloads.csv')}
            </a>
          </li>
          <li>
            <a class="kern-link" href={`/api/v1/monitoring/values?indicator=${indicator.key}`}>
              {t('monitoring.downloads.json')}
            </a>
          </li>
        </ul>
      </section>
      {canCorrect ? (
        <section class="kern-stack" aria-labelledby="values-heading">
          <h2 class="kern-heading-medium" id="values-heading">
            {t('monitoring.values.title')}
          </h2>
          <p class="kern-body">{t('monitoring.values.intro')}</p>
          <ul class="vr-link-list">
            {data.points
              .filter((point) => point.year === year)
              .map((point) => (
                <li key={point.id}>
                  <a class="kern-link" href={href(lang, `/monitoring/werte/${point.id}`)}>
                    {t('monitoring.values.link', {
                      area: t(`monitoring.areas.${point.area}`),
                      year: formatYear(i18n, point.year),
                    })}
                  </a>
                  {point.isCorrected ? ` (${t('monitoring.values.corrected')})` : ''}
                </li>
              ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
