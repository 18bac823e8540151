import type { Area } from '../areas.js';
import { periodOf, type IndicatorDefinition } from '../indicators.js';

/** A stored value as the dashboards read it. */
export interface ValuePoint {
  id: string;
  area: Area;
  year: number;
  value: number | null;
  sign: string | null;
  source: string;
  retrievedOn: Date;
  isDemo: boolean;
  isCorrected: boolean;
}

export interface TargetRule {
  indicatorKey: string;
  area: Area | null;
  targetValue: number | null;
  targetYear: number | null;
  referenceIndicatorKey: string | null;
}

/** Per area: the latest value, its target, the gap and the trend since the comparable year before. */
export interface AreaStanding {
  area: Area;
  latest: ValuePoint | null;
  target: number | null;
  targetYear: number | null;
  /** The target comes from another indicator (the population share for the staff share). */
  isReferenceTarget: boolean;
  /** Target minus value: how far the value still has to go (negative when past the target). */
  gap: number | null;
  /** Change since the previous year with a value in the same definition period; null across a break. */
  trend: number | null;
}

const latestOf = (points: readonly ValuePoint[]): ValuePoint | null =>
  points
    .filter((point) => point.value !== null)
    .reduce<ValuePoint | null>((best, point) => (!best || point.year > best.year ? point : best), null);

/** The rule for an area: its own, else the one for every city (reference areas get only their own). */
export function targetFor(rules: readonly TargetRule[], area: Area): TargetRule | null {
  const own = rules.find((rule) => rule.area === area);
  if (own) return own;
  const isCity = area !== 'nrw' && area !== 'ruhr';
  return isCity ? (rules.find((rule) => rule.area === null) ?? null) : null;
}

export function standingOf(options: {
  indicator: IndicatorDefinition;
  area: Area;
  points: readonly ValuePoint[];
  rule: TargetRule | null;
  /** The reference indicator's values for this area, when the rule ties the target to one. */
  referencePoints: readonly ValuePoint[];
}): AreaStanding {
  const { indicator, area, points, rule } = options;
  const latest = latestOf(points);
  let trend: number | null = null;
  if (latest) {
    const before = latestOf(points.filter((point) => point.year < latest.year));
    if (before && periodOf(indicator, before.year) === periodOf(indicator, latest.year))
      trend = round(latest.value! - before.value!);
  }
  let target: number | null = null;
  let targetYear: number | null = null;
  if (rule?.referenceIndicatorKey) {
    // Compare like with like: the reference value of the same year, else the reference's latest.
    const sameYear = latest
      ? options.referencePoints.find((point) => point.year === latest.year && point.value !== null)
      : undefined;
    const reference = sameYear ?? latestOf(options.referencePoints);
    target = reference?.value ?? null;
    targetYear = reference?.year ?? null;
  } else if (rule) {
    target = rule.targetValue;
    targetYear = rule.targetYear;
  }
  const gap = target !== null && latest?.value !== null && latest !== null ? round(target - latest.value) : null;
  return { area, latest, target, targetYear, isReferenceTarget: Boolean(rule?.referenceIndicatorKey), gap, trend };
}

const round = (value: number) => Math.round(value * 100) / 100;
