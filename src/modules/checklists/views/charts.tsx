import type { ComponentChildren } from 'preact';
import { usePage } from '../../../core/http/page-context.js';
import { DIMENSIONS, LEVELS, type AssessmentResult, type Dimension } from '../tables.js';

/**
 * Charts drawn on the server as SVG: no script, sharp at any zoom, readable in forced colours (they use
 * currentColor for text and lines). Each is an image with a title and a description a screen reader reads;
 * the table beside it carries the same figures for everybody who prefers a table.
 */

const ROW = 36;
const LABEL = 340;
const BAR = 300;
const WIDTH = LABEL + BAR + 60;
/** KERN's primary blue and three lighter steps, for levels 1–4 of the distribution. */
const SHADES = ['#c9d3ee', '#8fa3db', '#4f6cc4', '#2044aa'] as const;

/** The x of a point `fraction` along the bar, mirrored for right-to-left pages. */
function along(fraction: number, rtl: boolean): number {
  return rtl ? BAR * (1 - fraction) : LABEL + BAR * fraction;
}

function labelX(rtl: boolean): number {
  return rtl ? WIDTH - 8 : 0;
}

/** The SVG around a chart: an image named by its title and described by its figures in words. */
function ChartFrame({
  id,
  height,
  title,
  description,
  children,
}: {
  id: string;
  height: number;
  title: string;
  description: string;
  children: ComponentChildren;
}) {
  const { i18n } = usePage();
  return (
    <svg
      class="vr-checklists-chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      direction={i18n.locale.dir}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}

export function LevelChart({ result, id }: { result: AssessmentResult; id: string }) {
  const { t, i18n } = usePage();
  const rtl = i18n.locale.dir === 'rtl';
  const height = DIMENSIONS.length * ROW + 30;
  const description = DIMENSIONS.map((dimension) =>
    t('checklists_result.chart.row', {
      dimension: t(`checklists.dimensions.${dimension}`),
      level: result[dimension].level,
    }),
  ).join('; ');
  return (
    <ChartFrame id={id} height={height} title={t('checklists_result.chart.title')} description={description}>
      {LEVELS.map((level) => {
        const x = along(level / 4, rtl);
        return (
          <g key={level}>
            <line x1={x} x2={x} y1={0} y2={height - 24} stroke="currentColor" stroke-opacity="0.25" />
            <text x={x} y={height - 6} font-size="13" text-anchor="middle" fill="currentColor">
              {i18n.formatNumber(level)}
            </text>
          </g>
        );
      })}
      {DIMENSIONS.map((dimension, index) => {
        const y = index * ROW;
        const level = result[dimension].level;
        const start = along(0, rtl);
        const end = along(level / 4, rtl);
        return (
          <g key={dimension}>
            <text x={labelX(rtl)} y={y + ROW / 2 + 5} font-size="14" fill="currentColor">
              {t(`checklists.dimensions.${dimension}`)}
            </text>
            <rect x={Math.min(start, end)} y={y + 8} width={Math.abs(end - start)} height={ROW - 16} fill="#2044aa" />
          </g>
        );
      })}
    </ChartFrame>
  );
}

export function BenchmarkChart({
  distribution,
  own,
  id,
}: {
  distribution: Record<Dimension, readonly number[]>;
  own: AssessmentResult;
  id: string;
}) {
  const { t, i18n } = usePage();
  const rtl = i18n.locale.dir === 'rtl';
  const height = DIMENSIONS.length * ROW + 8;
  const description = DIMENSIONS.map((dimension) =>
    t('checklists_result.benchmark.row', {
      dimension: t(`checklists.dimensions.${dimension}`),
      level: own[dimension].level,
      l1: distribution[dimension][0] ?? 0,
      l2: distribution[dimension][1] ?? 0,
      l3: distribution[dimension][2] ?? 0,
      l4: distribution[dimension][3] ?? 0,
    }),
  ).join('; ');
  return (
    <ChartFrame id={id} height={height} title={t('checklists_result.benchmark.chart_title')} description={description}>
      {DIMENSIONS.map((dimension, index) => {
        const y = index * ROW;
        let from = 0;
        const shares = distribution[dimension];
        const ownLevel = own[dimension].level;
        const segments = LEVELS.map((level, i) => {
          const share = (shares[i] ?? 0) / 100;
          const a = along(from, rtl);
          const b = along(from + share, rtl);
          from += share;
          return { level, x: Math.min(a, b), width: Math.abs(b - a), isOwn: level === ownLevel };
        });
        return (
          <g key={dimension}>
            <text x={labelX(rtl)} y={y + ROW / 2 + 5} font-size="14" fill="currentColor">
              {t(`checklists.dimensions.${dimension}`)}
            </text>
            {segments.map((segment) =>
              segment.width > 0 ? (
                <rect
                  key={segment.level}
                  x={segment.x}
                  y={y + 8}
                  width={segment.width}
                  height={ROW - 16}
                  fill={SHADES[segment.level - 1]}
                  stroke={segment.isOwn ? 'currentColor' : 'none'}
                  stroke-width={segment.isOwn ? 3 : 0}
                />
              ) : null,
            )}
          </g>
        );
      })}
    </ChartFrame>
  );
}
