import { usePage } from '../../../core/http/page-context.js';
import { DataTable } from '../../../ui/data-table.js';
import { CITIES } from '../../../region/index.js';
import { OUTCOME_KINDS } from '../../matching/index.js';
import type { PlatformOutcomes, ShownCount } from '../use-cases/get-platform-outcomes.js';

/** The platform's own outcomes per city and month, one table per kind, small cells suppressed. */
export function PlatformOutcomesSection({ outcomes }: { outcomes: PlatformOutcomes }) {
  const { i18n, t } = usePage();
  const shown = (count: ShownCount) =>
    count.kind === 'suppressed' ? t('monitoring.platform.suppressed') : i18n.formatNumber(count.value);
  const monthName = (month: string) =>
    i18n.formatDate(new Date(`${month}-15T12:00:00Z`), { month: 'short', year: 'numeric' });
  return (
    <section class="kern-stack" id="plattform" aria-labelledby="platform-heading">
      <h2 class="kern-heading-medium" id="platform-heading">
        {t('monitoring.platform.title')}
      </h2>
      <p class="kern-body">{t('monitoring.platform.intro')}</p>
      {OUTCOME_KINDS.map((kind) => (
        <DataTable<string>
          key={kind}
          caption={t(`monitoring_indicators.platform_${kind}.name`)}
          isCaptionVisible
          isSmall
          columns={[
            { header: t('monitoring.platform.month'), cell: (month) => monthName(month), isRowHeader: true },
            ...CITIES.map((city) => ({
              header: t(`monitoring.areas.${city}`),
              cell: (month: string) => shown(outcomes.byKind[kind][month]![city]),
              isNumeric: true,
            })),
          ]}
          rows={outcomes.months}
          rowKey={(month) => month}
        />
      ))}
    </section>
  );
}
