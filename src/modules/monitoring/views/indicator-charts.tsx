import { usePage } from '../../../core/http/page-context.js';
import type { Translator } from '../../../core/i18n/translator.js';
import type { DataTableColumn } from '../../../ui/data-table.js';
import { AREAS, type Area } from '../areas.js';
import { renderComparison, renderTimeSeries } from '../charts/index.js';
import type { ValuePoint } from '../dashboard/index.js';
import type { IndicatorData } from '../use-cases/get-indicator-data.js';
import { ChartFigure, areaName, chartText, formatValue, formatYear } from './chart-figure.js';

/** A value cell: the number, or what the source's sign says ("geheim"), and "Demo" on invented values. */
export function valueText(i18n: Translator, data: IndicatorData, point: ValuePoint | undefined): string {
  if (!point) return '—';
  const shown =
    point.value === null
      ? i18n.t(`monitoring.signs.${point.sign ?? 'unknown'}`)
      : formatValue(i18n, data.indicator, point.value);
  return point.isDemo ? i18n.t('monitoring.demo.value', { value: shown }) : shown;
}

/** Time series of one indicator for the areas given, breaks drawn; its table has a row per year. */
export function TimeSeriesFigure({
  data,
  areas = AREAS,
  headingLevel = 3,
}: {
  data: IndicatorData;
  areas?: readonly Area[];
  headingLevel?: 2 | 3;
}) {
  const { i18n, t } = usePage();
  const { indicator } = data;
  const id = `chart-${indicator.key}-series`;
  const name = t(`monitoring_indicators.${indicator.key}.name`);
  const points = data.points.filter((point) => areas.includes(point.area));
  const svg = renderTimeSeries(
    points.flatMap((point) =>
      point.value === null ? [] : [{ series: areaName(t, point.area), year: point.year, value: point.value }],
    ),
    {
      breaks: indicator.breaks.map((item) => ({
        year: item.year,
        label: t(`monitoring_indicators.breaks.${item.id}.label`),
      })),
      text: chartText(i18n, indicator, { titleId: `${id}-title`, descriptionId: `${id}-description` }, data.hasDemo),
    },
  );
  const years = [...new Set(points.map((point) => point.year))].sort((a, b) => a - b);
  const columns: DataTableColumn<number>[] = [
    { header: t('monitoring.chart.year'), cell: (year) => formatYear(i18n, year), isRowHeader: true },
    ...areas.map((area) => ({
      header: areaName(t, area),
      isNumeric: true,
      cell: (year: number) =>
        valueText(
          i18n,
          data,
          points.find((point) => point.area === area && point.year === year),
        ),
    })),
    {
      header: t('monitoring.chart.note'),
      cell: (year: number) => {
        const item = indicator.breaks.find((candidate) => candidate.year === year);
        return item ? t(`monitoring_indicators.breaks.${item.id}.label`) : '';
      },
    },
  ];
  const first = years[0];
  const last = years[years.length - 1];
  return (
    <ChartFigure
      id={id}
      title={t('monitoring.chart.series_title', { indicator: name })}
      description={
        first !== undefined && last !== undefined
          ? t('monitoring.chart.series_description', {
              indicator: name,
              from: formatYear(i18n, first),
              to: formatYear(i18n, last),
              breaks: indicator.breaks.length,
            })
          : t('monitoring.chart.no_values')
      }
      svg={svg}
      isDemo={data.hasDemo}
      headingLevel={headingLevel}
      table={{ caption: t('monitoring.chart.series_table', { indicator: name }), columns, rows: years, rowKey: String }}
    />
  );
}

/** The cities compared for one year, with each city's target as a tick. */
export function ComparisonFigure({ data, year }: { data: IndicatorData; year: number }) {
  const { i18n, t } = usePage();
  const { indicator } = data;
  const id = `chart-${indicator.key}-comparison`;
  const name = t(`monitoring_indicators.${indicator.key}.name`);
  const rows = AREAS.flatMap((area) => {
    const point = data.points.find((candidate) => candidate.area === area && candidate.year === year);
    const standing = data.standings.find((candidate) => candidate.area === area);
    return point?.value === null || !point
      ? []
      : [{ area, label: areaName(t, area), value: point.value, target: standing?.target ?? null, point }];
  });
  const hasDemo = rows.some((row) => row.point.isDemo);
  const svg = renderComparison(rows, {
    text: chartText(i18n, indicator, { titleId: `${id}-title`, descriptionId: `${id}-description` }, hasDemo),
  });
  type Row = (typeof rows)[number];
  const columns: DataTableColumn<Row>[] = [
    { header: t('monitoring.chart.area'), cell: (row) => row.label, isRowHeader: true },
    { header: t('monitoring.chart.value'), cell: (row) => valueText(i18n, data, row.point), isNumeric: true },
    {
      header: t('monitoring.chart.target'),
      cell: (row) => (row.target === null ? '—' : formatValue(i18n, indicator, row.target)),
      isNumeric: true,
    },
  ];
  return (
    <ChartFigure
      id={id}
      title={t('monitoring.chart.comparison_title', { indicator: name, year: formatYear(i18n, year) })}
      description={t('monitoring.chart.comparison_description', { year: formatYear(i18n, year) })}
      svg={svg}
      isDemo={hasDemo}
      headingLevel={2}
      table={{
        caption: t('monitoring.chart.comparison_table', { indicator: name, year: formatYear(i18n, year) }),
        columns,
        rows,
        rowKey: (row) => row.area,
      }}
    />
  );
}
