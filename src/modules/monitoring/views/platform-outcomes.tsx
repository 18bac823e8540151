import { usePage } from '../../../core/http/page-context.js';
import { DataTable } from '../../../ui/data-table.js';
import { CITIES, type City } from '../../../region/index.js';
import { DECLARED_OUTCOME_KINDS } from '../../matching/index.js';
import {
  COUNTED_OUTCOMES,
  type PlatformOutcomes,
  type ShownCount,
  type ShownShare,
} from '../use-cases/get-platform-outcomes.js';

/** The platform's own outcomes per city and month, one table per kind, small cells suppressed. */
export function PlatformOutcomesSection({ outcomes }: { outcomes: PlatformOutcomes }) {
  const { i18n, t } = usePage();
  const shown = (count: ShownCount) =>
    count.kind === 'suppressed' ? t('monitoring.platform.suppressed') : i18n.formatNumber(count.value);
  const shownShare = (share: ShownShare) =>
    share.kind === 'share'
      ? i18n.formatNumber(share.value / 100, { style: 'percent', maximumFractionDigits: 1 })
      : t(share.kind === 'none' ? 'monitoring.platform.no_answers' : 'monitoring.platform.share_suppressed');
  const monthName = (month: string) =>
    i18n.formatDate(new Date(`${month}-15T12:00:00Z`), { month: 'short', year: 'numeric' });
  return (
    <section class="kern-stack" id="plattform" aria-labelledby="platform-heading">
      <h2 class="kern-heading-medium" id="platform-heading">
        {t('monitoring.platform.title')}
      </h2>
      <p class="kern-body">{t('monitoring.platform.intro')}</p>
      {[
        ...COUNTED_OUTCOMES.map((kind) => ({
          key: kind,
          caption: t(`monitoring_indicators.platform_${kind}.name`),
          cell: (month: string, city: City) => shown(outcomes.byKind[kind][month]![city]),
        })),
        ...DECLARED_OUTCOME_KINDS.map((kind) => ({
          key: `${kind}-share`,
          caption: t(`monitoring_indicators.platform_${kind}_migration_share.name`),
          cell: (month: string, city: City) => shownShare(outcomes.shares[kind][month]![city]),
        })),
      ].map((table) => (
        <DataTable<string>
          key={table.key}
          caption={table.caption}
          isCaptionVisible
          isSmall
          columns={[
            { header: t('monitoring.platform.month'), cell: (month) => monthName(month), isRowHeader: true },
            ...CITIES.map((city) => ({
              header: t(`monitoring.areas.${city}`),
              cell: (month: string) => table.cell(month, city),
              isNumeric: true,
            })),
          ]}
          rows={outcomes.months}
          rowKey={(month) => month}
        />
      ))}
      <p class="kern-body">{t('monitoring.platform.shares_note')}</p>
    </section>
  );
}
