import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/**
 * Charts drawn on the server with Observable Plot into a linkedom document and sent as SVG markup,
 * so they show without JavaScript. Plot lays out axes, scales and marks; this file only chooses
 * marks and formats. Every chart is named by the figure around it (the view adds the title, the
 * description and the table alternative); the SVG points at them with aria-labelledby/-describedby.
 */

export interface ChartText {
  /** Ids of the figure's title and description elements. */
  titleId: string;
  descriptionId: string;
  /** Numbers in the reader's language ("17,9", "١٧٫٩"). */
  formatNumber: (value: number) => string;
  formatYear: (year: number) => string;
  /** Printed in the chart when any value is invented for the demonstration. */
  demoLabel: string | null;
  unitLabel: string;
  /** What the two format functions depend on (language, decimals): part of the cache key. */
  formatKey: string;
}

/**
 * Rendered charts by everything that shapes them (the data, the labels, the language's formats): a
 * chart whose data has not changed since it was last drawn is not drawn again. New data or another
 * label makes another key, so nothing stale is ever served; the oldest entries go first.
 */
const CHART_CACHE_SIZE = 300;
const chartCache = new Map<string, string>();

function cachedChart(kind: string, inputs: unknown, text: ChartText, draw: () => string): string {
  const { formatNumber: _number, formatYear: _year, ...labels } = text;
  const key = JSON.stringify([kind, inputs, labels]);
  const hit = chartCache.get(key);
  if (hit !== undefined) {
    chartCache.delete(key);
    chartCache.set(key, hit);
    return hit;
  }
  const svg = draw();
  chartCache.set(key, svg);
  if (chartCache.size > CHART_CACHE_SIZE) chartCache.delete(chartCache.keys().next().value!);
  return svg;
}

export interface SeriesPoint {
  series: string;
  year: number;
  value: number;
}

export interface ChartBreak {
  year: number;
  label: string;
}

function render(options: Plot.PlotOptions, text: ChartText): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({
    ...options,
    document: document,
    ariaLabel: null,
    ariaDescription: null,
    style: { background: 'transparent', fontSize: '13px', overflow: 'visible' },
  }) as unknown as Element & { outerHTML: string };
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', text.titleId);
  svg.setAttribute('aria-describedby', text.descriptionId);
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('class', 'vr-chart__svg');
  // Plot writes its default styles inline; the content security policy forbids inline styles, and
  // presentation attributes already carry colours and strokes, so the style element is dropped.
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  // Plot names its groups ("dot", "x-axis tick") with aria-label, which a plain <g> may not carry;
  // the figure's title, description and table say what the chart shows, so the names go.
  for (const element of [...svg.querySelectorAll('[aria-label]')]) element.removeAttribute('aria-label');
  svg.removeAttribute('style');
  return svg.outerHTML;
}

/**
 * Nine colours dark enough for text on white (contrast of at least 4.5:1), since the lines are named
 * in their colour; the names, not the colours, tell the lines apart.
 */
const SERIES_COLOURS = [
  '#1b5e20',
  '#b71c1c',
  '#0d47a1',
  '#6a1b9a',
  '#8d4004',
  '#00695c',
  '#ad1457',
  '#37474f',
  '#5d4037',
];

/** Room above the plot for the demo label and the break labels, so they never cover a line. */
const TOP_MARGIN = 62;

/**
 * The y positions of the labels at the lines' ends, moved apart where lines end close together:
 * from the top down, each label keeps at least `gap` (in data units) below the one above it.
 */
function spreadLabels(points: readonly SeriesPoint[], gap: number): (SeriesPoint & { labelY: number })[] {
  const sorted = [...points].sort((a, b) => b.value - a.value);
  let previous = Number.POSITIVE_INFINITY;
  return sorted.map((point) => {
    const labelY = Math.min(point.value, previous - gap);
    previous = labelY;
    return { ...point, labelY };
  });
}

function demoMark(text: ChartText): Plot.Markish[] {
  return text.demoLabel
    ? [
        Plot.text([text.demoLabel], {
          frameAnchor: 'top-right',
          dy: -TOP_MARGIN + 8,
          fontWeight: 'bold',
          fill: '#8a1c1c',
        }),
      ]
    : [];
}

function breakMarks(breaks: readonly ChartBreak[]): Plot.Markish[] {
  if (breaks.length === 0) return [];
  return [
    Plot.ruleX(breaks, { x: (item: ChartBreak) => item.year - 0.5, stroke: '#444', strokeDasharray: '4,3' }),
    // Breaks one year apart (2020, 2021) would print over each other: each label gets its own line.
    ...breaks.map((item, index) =>
      Plot.text([item], {
        x: (candidate: ChartBreak) => candidate.year - 0.5,
        text: 'label',
        frameAnchor: 'top',
        // In the margin above the lines, one line per break, below the demo label.
        dy: -TOP_MARGIN + 24 + index * 15,
        dx: 3,
        textAnchor: 'start',
        fill: '#222',
      }),
    ),
  ];
}

/** A time series per area: one line each, named at its end, with a dashed rule at every break. */
export function renderTimeSeries(
  points: readonly SeriesPoint[],
  options: { breaks: readonly ChartBreak[]; text: ChartText; yDomain?: [number, number] },
): string {
  return cachedChart('series', [points, options.breaks, options.yDomain], options.text, () =>
    drawTimeSeries(points, options),
  );
}

function drawTimeSeries(
  points: readonly SeriesPoint[],
  options: { breaks: readonly ChartBreak[]; text: ChartText; yDomain?: [number, number] | undefined },
): string {
  const { text } = options;
  const last = new Map<string, SeriesPoint>();
  for (const point of points) {
    const seen = last.get(point.series);
    if (!seen || seen.year < point.year) last.set(point.series, point);
  }
  const top = Math.max(...points.map((point) => point.value), 0) * 1.05 || 1;
  const height = 340;
  // About 13 px between two labels, in the units of the y axis.
  const labels = spreadLabels([...last.values()], (top / (height - TOP_MARGIN - 30)) * 13);
  return render(
    {
      width: 720,
      height,
      marginRight: 150,
      marginTop: TOP_MARGIN,
      x: { label: null, tickFormat: (year: number) => text.formatYear(year), ticks: 7 },
      y: {
        label: text.unitLabel,
        grid: true,
        nice: true,
        zero: true,
        tickFormat: (value: number) => text.formatNumber(value),
        ...(options.yDomain ? { domain: options.yDomain } : {}),
      },
      color: { type: 'categorical', range: SERIES_COLOURS },
      marks: [
        ...breakMarks(options.breaks),
        Plot.line(points, { x: 'year', y: 'value', z: 'series', stroke: 'series', strokeWidth: 2 }),
        Plot.dot(points, { x: 'year', y: 'value', fill: 'series', r: 2.5 }),
        Plot.text(labels, {
          x: 'year',
          y: 'labelY',
          text: 'series',
          fill: 'series',
          dx: 6,
          textAnchor: 'start',
        }),
        ...demoMark(text),
      ],
    },
    text,
  );
}

export interface BarRow {
  label: string;
  value: number;
  /** A target or reference value, drawn as a tick over the bar. */
  target?: number | null;
}

/** One bar per area for one year, with the target as a tick where there is one. */
export function renderComparison(rows: readonly BarRow[], options: { text: ChartText }): string {
  return cachedChart('comparison', rows, options.text, () => drawComparison(rows, options.text));
}

function drawComparison(rows: readonly BarRow[], text: ChartText): string {
  const targets = rows.filter((row) => row.target !== null && row.target !== undefined);
  return render(
    {
      width: 720,
      height: Math.max(160, rows.length * 30 + 50),
      marginLeft: 150,
      marginRight: 60,
      marginTop: 30,
      x: { label: text.unitLabel, grid: true, nice: true, tickFormat: (value: number) => text.formatNumber(value) },
      y: { label: null, domain: rows.map((row) => row.label) },
      marks: [
        Plot.barX(rows, { x: 'value', y: 'label', fill: '#2a5f8f' }),
        Plot.text(rows, {
          x: 'value',
          y: 'label',
          text: (row: BarRow) => text.formatNumber(row.value),
          dx: 4,
          textAnchor: 'start',
          fill: '#111',
        }),
        Plot.tickX(targets, { x: 'target', y: 'label', stroke: '#b3261e', strokeWidth: 3 }),
        ...demoMark(text),
      ],
    },
    text,
  );
}
