import { sql } from 'kysely';
import { type City, findOccupation } from '../../../../region/index.js';
import type { PositionKind } from '../../tables.js';
import type { AppServices } from '../../../../core/http/types.js';
import { berlinDay } from '../../../../core/time/calendar-day.js';

/** How many positions and offers the page shows; the position search and the catalogue show more. */
const SHOWN = 20;
/** A new start: a place in an apprenticeship or a dual study, not a short internship. */
const SECOND_CHANCE_KINDS: readonly PositionKind[] = ['apprenticeship', 'dual_study'];
/** Catalogue offers for re-qualification: support during the apprenticeship and qualification. */
const REQUALIFICATION_FIELDS = ['apprenticeship_support', 'qualification'];

export interface SecondChancePosition {
  id: string;
  title: string;
  occupation: string;
  kind: PositionKind;
  city: City;
  startsOn: string;
  deadline: string;
}

export interface RequalificationOffer {
  id: string;
  title: string;
  summary: string;
  /** Set when the text is German on a page in another language (no translation yet). */
  lang: string | null;
  cities: string[];
}

export interface SecondChance {
  positions: SecondChancePosition[];
  offers: RequalificationOffer[];
}

/**
 * "Second chance" after an apprenticeship that ended early: open apprenticeship and dual-study
 * places (published, deadline not passed) and published re-qualification offers of the catalogue,
 * optionally in one city. Offers for the whole region (no city) are always shown.
 */
export async function listSecondChance(options: {
  services: AppServices;
  city?: City | undefined;
  locale: string;
  today?: Date;
}): Promise<SecondChance> {
  const { db } = options.services;
  const today = berlinDay(options.today ?? new Date());
  let positions = db
    .selectFrom('positions')
    .select([
      'id',
      'title',
      'occupation_id',
      'kind',
      'city',
      sql<string>`to_char(starts_on, 'YYYY-MM-DD')`.as('starts_on'),
      sql<string>`to_char(deadline, 'YYYY-MM-DD')`.as('deadline'),
    ])
    .where('status', '=', 'published')
    .where(sql<boolean>`deadline >= ${today}::date`)
    .where('kind', 'in', SECOND_CHANCE_KINDS);
  if (options.city) positions = positions.where('city', '=', options.city);
  const positionRows = await positions.orderBy('deadline').orderBy('id').limit(SHOWN).execute();

  let offers = db
    .selectFrom('catalogue_entries as e')
    .leftJoin('catalogue_translations as t', (join) =>
      join.onRef('t.entry_id', '=', 'e.id').on('t.locale', '=', sql<'en'>`${options.locale}`),
    )
    .select(['e.id', 'e.title', 'e.summary', 'e.cities', 't.title as t_title', 't.summary as t_summary'])
    .where('e.kind', '=', 'offer')
    .where('e.status', '=', 'published')
    .where('e.hidden_at', 'is', null)
    .where(sql<boolean>`e.fields_of_action && ${sql.val(REQUALIFICATION_FIELDS)}::text[]`)
    .where((eb) =>
      eb.or([eb('e.valid_until', 'is', null), eb(sql<string>`e.valid_until`, '>=', sql<string>`${today}::date`)]),
    );
  if (options.city) offers = offers.where(sql<boolean>`(e.cities = '{}' or ${options.city} = any(e.cities))`);
  const offerRows = await offers.orderBy('e.published_at', 'desc').orderBy('e.id').limit(SHOWN).execute();

  return {
    positions: positionRows.map((row) => ({
      id: row.id,
      title: row.title,
      occupation: findOccupation(row.occupation_id)?.name ?? row.title,
      kind: row.kind,
      city: row.city,
      startsOn: row.starts_on,
      deadline: row.deadline,
    })),
    offers: offerRows.map((row) => ({
      id: row.id,
      title: row.t_title ?? row.title,
      summary: row.t_summary ?? row.summary,
      lang: row.t_title || options.locale === 'de' ? null : 'de',
      cities: row.cities,
    })),
  };
}
