import { usePage } from '../../../core/http/page-context.js';
import { DataTable } from '../../../ui/data-table.js';
import type { AreaStanding } from '../dashboard/index.js';
import type { IndicatorData } from '../use-cases/get-indicator-data.js';
import { areaName, formatValue, formatYear } from './chart-figure.js';
import { valueText } from './indicator-charts.js';

/** Per area: latest value and year, target, gap to the target and trend, as one table. */
export function StandingsTable({ data, caption }: { data: IndicatorData; caption: string }) {
  const { i18n, t } = usePage();
  const { indicator } = data;
  const number = (value: number | null) => (value === null ? '—' : formatValue(i18n, indicator, value));
  const signed = (value: number | null) =>
    value === null
      ? '—'
      : i18n.formatNumber(value, { signDisplay: 'exceptZero', maximumFractionDigits: indicator.decimals });
  return (
    <DataTable<AreaStanding>
      caption={caption}
      isCaptionVisible
      columns={[
        { header: t('monitoring.chart.area'), cell: (row) => areaName(t, row.area), isRowHeader: true },
        {
          header: t('monitoring.chart.year'),
          cell: (row) => (row.latest ? formatYear(i18n, row.latest.year) : '—'),
          isNumeric: true,
        },
        {
          header: t('monitoring.chart.value'),
          cell: (row) => valueText(i18n, data, row.latest ?? undefined),
          isNumeric: true,
        },
        {
          header: t('monitoring.chart.target'),
          cell: (row) =>
            row.target === null
              ? '—'
              : row.isReferenceTarget
                ? t('monitoring.targets.reference_value', { value: number(row.target) })
                : t('monitoring.targets.value_by_year', {
                    value: number(row.target),
                    year: row.targetYear === null ? '' : formatYear(i18n, row.targetYear),
                  }),
          isNumeric: true,
        },
        { header: t('monitoring.chart.gap'), cell: (row) => signed(row.gap), isNumeric: true },
        {
          header: t('monitoring.chart.trend'),
          cell: (row) => (row.trend === null ? t('monitoring.chart.trend_none') : signed(row.trend)),
          isNumeric: true,
        },
      ]}
      rows={data.standings}
      rowKey={(row) => row.area}
    />
  );
}
