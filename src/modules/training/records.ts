import type { Kysely } from 'kysely';
import type { Database } from '../../core/db/database.js';
import type { LocaleCode } from '../../core/i18n/locales.js';
import { days } from '../../core/time/durations.js';
import { ensureSteps } from './shipped-steps.js';
import type { City } from '../../region/index.js';
import type { HelperKind, TrainingContact } from './tables.js';

/** A step not read through and saved for this long is flagged to the office. */
export const REVIEW_DUE_AFTER_MS = days(365);

/** A step's texts as a page shows them: in the reader's language, or German (marked) when it has no translation. */
export interface StepView {
  id: string;
  slug: string;
  position: number;
  helperKinds: HelperKind[];
  reviewedAt: Date;
  /** The language the texts below are in: the reader's, or 'de' where no translation exists. */
  textLang: LocaleCode;
  title: string;
  needs: string;
  helpers: string;
  body: string;
}

/** Every step in its order, with its texts in `lang` where translated, else in German. */
export async function loadSteps(db: Kysely<Database>, lang: LocaleCode): Promise<StepView[]> {
  await ensureSteps(db);
  const rows = await db
    .selectFrom('training_steps as s')
    .innerJoin('training_step_texts as de', (join) => join.onRef('de.step_id', '=', 's.id').on('de.lang', '=', 'de'))
    .leftJoin('training_step_texts as tr', (join) => join.onRef('tr.step_id', '=', 's.id').on('tr.lang', '=', lang))
    .select([
      's.id',
      's.slug',
      's.position',
      's.helper_kinds',
      's.reviewed_at',
      'de.title as de_title',
      'de.needs as de_needs',
      'de.helpers as de_helpers',
      'de.body as de_body',
      'tr.title as tr_title',
      'tr.needs as tr_needs',
      'tr.helpers as tr_helpers',
      'tr.body as tr_body',
    ])
    .orderBy('s.position')
    .execute();
  return rows.map((row) => {
    const translated = lang !== 'de' && row.tr_title !== null;
    return {
      id: row.id,
      slug: row.slug,
      position: row.position,
      helperKinds: row.helper_kinds,
      reviewedAt: row.reviewed_at,
      textLang: translated ? lang : 'de',
      title: (translated ? row.tr_title : null) ?? row.de_title,
      needs: (translated ? row.tr_needs : null) ?? row.de_needs,
      helpers: (translated ? row.tr_helpers : null) ?? row.de_helpers,
      body: (translated ? row.tr_body : null) ?? row.de_body,
    };
  });
}

/** The chamber's training advisers and the city's contact points, for a result or a company's own path. */
export async function loadContacts(
  db: Kysely<Database>,
  where: { chamber: string | null; city: City },
): Promise<{ chamber: TrainingContact[]; city: TrainingContact[] }> {
  const rows = await db
    .selectFrom('training_contacts')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('kind', '=', 'chamber_adviser'), eb('chamber', '=', where.chamber ?? '')]),
        eb.and([eb('kind', '=', 'city_contact'), eb('city', '=', where.city)]),
      ]),
    )
    .orderBy('name')
    .execute();
  return {
    chamber: rows.filter((row) => row.kind === 'chamber_adviser'),
    city: rows.filter((row) => row.kind === 'city_contact'),
  };
}

/** Whether a step or contact is due for review by the office. */
export function isReviewDue(reviewedAt: Date, now: Date): boolean {
  return now.getTime() - reviewedAt.getTime() >= REVIEW_DUE_AFTER_MS;
}
