import type { AppServices } from '../../../core/http/types.js';
import { findIndicator, type IndicatorDefinition } from '../indicators.js';
import type { GoalLevel, InitiativeStatus } from '../tables.js';
import { getIndicatorData } from './get-indicator-data.js';

export interface ProgrammeInitiative {
  id: string;
  title: string;
  description: string;
  field: string;
  status: InitiativeStatus;
  ownerLabel: string;
  ownerName: string | null;
  cities: string[];
  sourceLabel: string;
  sourcePath: string;
  isDemo: boolean;
  milestones: { title: string; dueOn: Date; reachedOn: Date | null }[];
  indicators: { indicator: IndicatorDefinition; trend: 'up' | 'down' | 'flat' | 'unknown' }[];
  projects: number;
}

export interface ProgrammeGoal {
  id: string;
  level: GoalLevel;
  title: string;
  initiatives: ProgrammeInitiative[];
}

/**
 * The goal tree with its work programme: per goal the initiatives, who runs them, where, their
 * status and milestones, and whether their indicators move (the average change across the seven
 * cities since the comparable year before). Initiatives not tied to a goal come last.
 */
export async function getWorkProgramme(options: { services: AppServices }): Promise<{
  goals: ProgrammeGoal[];
  unassigned: ProgrammeInitiative[];
}> {
  const { db } = options.services;
  const goals = await db.selectFrom('monitoring_goals').selectAll().orderBy('position').execute();
  const initiatives = await db
    .selectFrom('monitoring_initiatives as i')
    .leftJoin('organisations as o', 'o.id', 'i.owner_organisation_id')
    .select([
      'i.id',
      'i.goal_id',
      'i.title',
      'i.description',
      'i.field',
      'i.status',
      'i.owner_label',
      'o.name as owner_name',
      'i.cities',
      'i.source_label',
      'i.source_path',
      'i.is_demo',
    ])
    .orderBy('i.created_at')
    .orderBy('i.title')
    .execute();
  const milestones = await db.selectFrom('monitoring_milestones').selectAll().orderBy('due_on').execute();
  const measures = await db.selectFrom('monitoring_initiative_indicators').selectAll().execute();
  const projectCounts = await db
    .selectFrom('monitoring_project_links')
    .select(['initiative_id', (eb) => eb.fn.countAll<number>().as('count')])
    .where('initiative_id', 'is not', null)
    .groupBy('initiative_id')
    .execute();
  const storedKeys = [...new Set(measures.map((row) => row.indicator_key))].filter(
    (key) => findIndicator(key) && !findIndicator(key)!.isComputed,
  );
  const data = await getIndicatorData({ services: options.services, keys: storedKeys });
  const trendOf = (key: string): ProgrammeInitiative['indicators'][number]['trend'] => {
    const indicator = data.find((item) => item.indicator.key === key);
    const trends = (indicator?.standings ?? []).flatMap((standing) =>
      standing.trend === null || standing.area === 'nrw' || standing.area === 'ruhr' ? [] : [standing.trend],
    );
    if (trends.length === 0) return 'unknown';
    const mean = trends.reduce((sum, value) => sum + value, 0) / trends.length;
    return Math.abs(mean) < 0.05 ? 'flat' : mean > 0 ? 'up' : 'down';
  };
  const toInitiative = (row: (typeof initiatives)[number]): ProgrammeInitiative => ({
    id: row.id,
    title: row.title,
    description: row.description,
    field: row.field,
    status: row.status,
    ownerLabel: row.owner_label,
    ownerName: row.owner_name,
    cities: row.cities,
    sourceLabel: row.source_label,
    sourcePath: row.source_path,
    isDemo: row.is_demo,
    milestones: milestones
      .filter((milestone) => milestone.initiative_id === row.id)
      .map((milestone) => ({ title: milestone.title, dueOn: milestone.due_on, reachedOn: milestone.reached_on })),
    indicators: measures
      .filter((measure) => measure.initiative_id === row.id && findIndicator(measure.indicator_key))
      .map((measure) => ({ indicator: findIndicator(measure.indicator_key)!, trend: trendOf(measure.indicator_key) })),
    projects: projectCounts.find((count) => count.initiative_id === row.id)?.count ?? 0,
  });
  return {
    goals: goals.map((goal) => ({
      id: goal.id,
      level: goal.level,
      title: goal.title,
      initiatives: initiatives.filter((row) => row.goal_id === goal.id).map(toInitiative),
    })),
    unassigned: initiatives.filter((row) => row.goal_id === null).map(toInitiative),
  };
}
