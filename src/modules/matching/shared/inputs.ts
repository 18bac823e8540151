import { z } from 'zod';
import { checkboxGroup } from '../../../core/validation.js';
import { LANGUAGE_LEVELS, type LanguageSkill } from '../tables.js';
import { findPostcodeArea } from '../../../region/index.js';

/**
 * Input pieces shared by the position form, the profile form and the company search: language
 * rows, postcodes of the seven cities, calendar days. Language names come from Intl.DisplayNames
 * in the reader's language, so no list of names is kept here.
 */
export const LANGUAGE_CODES = [
  'de',
  'en',
  'tr',
  'ar',
  'ku',
  'pl',
  'ru',
  'uk',
  'el',
  'it',
  'ro',
  'bg',
  'fa',
  'fr',
  'es',
  'pt',
  'sq',
  'sr',
  'hr',
  'bs',
  'ti',
  'so',
  'prs',
  'ps',
  'ur',
  'hi',
  'vi',
  'zh',
  'nl',
  'hu',
] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];
/** Language rows a form offers. */
export const LANGUAGE_ROWS = 5;

const msg = (key: string) => `matching_core.validation.${key}`;

/** A postcode of the seven cities or a neighbouring town: one with coordinates (decision 016). */
export function isRegionPostcode(postcode: string): boolean {
  return findPostcodeArea(postcode) !== undefined;
}

/** A five-digit postcode the platform has coordinates for; anything else is a field error, never a guess. */
export const postcodeField = z
  .string()
  .trim()
  .min(1)
  .regex(/^\d{5}$/, msg('postcode_format'))
  .refine(isRegionPostcode, msg('postcode_unknown'));

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
export function isCalendarDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    date.getUTCFullYear() === Number(m[1]) &&
    date.getUTCMonth() === Number(m[2]) - 1 &&
    date.getUTCDate() === Number(m[3])
  );
}
export const dayField = z.string().trim().min(1).refine(isCalendarDay, msg('date'));

/** A checkbox group of matching's forms (see core's `checkboxGroup`), with matching's messages. */
export function checkboxes<T extends string>(values: readonly T[], max = values.length) {
  return checkboxGroup(values, { max, messages: { unknown: msg('unknown_choice'), tooMany: msg('too_many_choices') } });
}

/** Reads language_1_code/language_1_level … rows into a list; a half-filled row is an error on that row. */
export function languageRowsField(rows = LANGUAGE_ROWS) {
  const shape: Record<string, z.ZodTypeAny> = {};
  for (let i = 1; i <= rows; i += 1) {
    shape[`language_${i}_code`] = z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.enum(LANGUAGE_CODES, { error: msg('language_unknown') }).optional(),
    );
    shape[`language_${i}_level`] = z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.enum(LANGUAGE_LEVELS, { error: msg('level_unknown') }).optional(),
    );
  }
  return shape;
}

export function collectLanguages(
  input: Record<string, unknown>,
  ctx: z.RefinementCtx,
  rows = LANGUAGE_ROWS,
): LanguageSkill[] {
  const list: LanguageSkill[] = [];
  const seen = new Set<string>();
  for (let i = 1; i <= rows; i += 1) {
    const code = input[`language_${i}_code`] as string | undefined;
    const level = input[`language_${i}_level`] as LanguageSkill['level'] | undefined;
    if (!code && !level) continue;
    if (!code) {
      ctx.addIssue({ code: 'custom', path: [`language_${i}_code`], message: msg('language_missing') });
      continue;
    }
    if (!level) {
      ctx.addIssue({ code: 'custom', path: [`language_${i}_level`], message: msg('level_missing') });
      continue;
    }
    if (seen.has(code)) {
      ctx.addIssue({ code: 'custom', path: [`language_${i}_code`], message: msg('language_twice') });
      continue;
    }
    seen.add(code);
    list.push({ code, level });
  }
  return list;
}

/** The form fields of a language list, for showing it in a form again. */
export function languageFormValues(languages: readonly LanguageSkill[]): Record<string, string> {
  const values: Record<string, string> = {};
  languages.forEach((language, index) => {
    values[`language_${index + 1}_code`] = language.code;
    values[`language_${index + 1}_level`] = language.level;
  });
  return values;
}

/**
 * How many occupations a profile may be interested in; the database enforces it too (migration 016),
 * because the ranking reads the field's candidates as at most this many rows per profile.
 */
export const MAX_INTERESTS = 3;
