import type { ComponentChildren } from 'preact';
import { usePage } from '../../../core/http/page-context.js';
import type { Translator } from '../../../core/i18n/translator.js';
import { DataTable, type DataTableColumn } from '../../../ui/data-table.js';
import type { Area } from '../areas.js';
import type { ChartText } from '../charts/index.js';
import type { IndicatorDefinition } from '../indicators.js';

/** Numbers of an indicator in the reader's language, with its own number of decimals. */
export function formatValue(i18n: Translator, indicator: IndicatorDefinition, value: number): string {
  return i18n.formatNumber(value, {
    minimumFractionDigits: indicator.decimals,
    maximumFractionDigits: indicator.decimals,
  });
}

/** A year as the reader writes it, without a thousands separator. */
export const formatYear = (i18n: Translator, year: number) => i18n.formatNumber(year, { useGrouping: false });

export const areaName = (t: Translator['t'], area: Area) => t(`monitoring.areas.${area}`);

export function chartText(
  i18n: Translator,
  indicator: IndicatorDefinition,
  ids: { titleId: string; descriptionId: string },
  hasDemo: boolean,
): ChartText {
  return {
    ...ids,
    formatNumber: (value) => i18n.formatNumber(value, { maximumFractionDigits: indicator.decimals }),
    formatYear: (year) => formatYear(i18n, year),
    demoLabel: hasDemo ? i18n.t('monitoring.demo.chart_label') : null,
    unitLabel: i18n.t(`monitoring.units.${indicator.unit}`),
    formatKey: `${i18n.locale.code}:${indicator.decimals}`,
  };
}

/**
 * A chart as a figure: a heading, a sentence of description, the SVG (which points at both), and the
 * same numbers as a table inside a disclosure, for screen readers, keyboards and anyone who prefers rows.
 */
export function ChartFigure<Row>(props: {
  id: string;
  title: string;
  description: string;
  svg: string;
  isDemo: boolean;
  table: { caption: string; columns: DataTableColumn<Row>[]; rows: readonly Row[]; rowKey: (row: Row) => string };
  headingLevel?: 2 | 3;
  children?: ComponentChildren;
}) {
  const { t } = usePage();
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure class="vr-chart kern-stack" aria-labelledby={`${props.id}-title`}>
      <Heading class={props.headingLevel === 2 ? 'kern-heading-medium' : 'kern-heading-small'} id={`${props.id}-title`}>
        {props.title}
      </Heading>
      <p class="kern-body" id={`${props.id}-description`}>
        {props.description}
        {props.isDemo ? <strong class="vr-chart__demo"> {t('monitoring.demo.chart_note')}</strong> : null}
      </p>
      <div class="vr-chart__plot" dangerouslySetInnerHTML={{ __html: props.svg }} />
      {props.children}
      <details class="vr-chart__table">
        <summary class="kern-body">{t('monitoring.chart.table_summary', { title: props.title })}</summary>
        <DataTable
          caption={props.table.caption}
          isCaptionVisible
          isSmall
          columns={props.table.columns}
          rows={props.table.rows}
          rowKey={props.table.rowKey}
          empty={<p class="kern-body">{t('monitoring.chart.no_values')}</p>}
        />
      </details>
    </figure>
  );
}
