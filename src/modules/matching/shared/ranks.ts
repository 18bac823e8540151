import { CERTIFICATES, LANGUAGE_LEVELS, type Certificate, type LanguageLevel, type LanguageSkill } from '../tables.js';

/**
 * Certificates and language levels as ranks (higher is more), the way ranking scores them and the
 * database stores them (applicant_profiles.language_ranks); profiles read the same ranks.
 */
export function certificateRank(certificate: Certificate): number {
  return CERTIFICATES.indexOf(certificate);
}

export function levelRank(level: LanguageLevel): number {
  return LANGUAGE_LEVELS.indexOf(level) + 1;
}

/** {"tr": 7, "de": 5}: the best level per language, as the database's language_ranks column. */
export function languageRanks(languages: readonly LanguageSkill[]): Record<string, number> {
  const ranks: Record<string, number> = {};
  for (const { code, level } of languages) ranks[code] = Math.max(ranks[code] ?? 0, levelRank(level));
  return ranks;
}
