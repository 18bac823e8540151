import { sql, type Kysely } from 'kysely';
import { CERTIFICATES, LANGUAGE_LEVELS, type Certificate, type LanguageSkill, type PositionKind } from '../tables.js';
import { CITIES, type City, OCCUPATIONS, POSTCODE_AREAS, REGION_POSTCODE_AREAS } from '../../../region/index.js';
import type { Database } from '../../../core/db/database.js';
import { languageRanks } from '../shared/index.js';

/**
 * Deterministic synthetic profiles and positions for the fairness test and the matching
 * benchmark: compact, seeded, inserted in bulk. Not demo data (that lives in src/seed/matching):
 * values are random within the allowed ranges and mean nothing.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OTHER_LANGUAGES = ['tr', 'ar', 'ku', 'pl', 'ru', 'uk', 'el', 'it', 'ro', 'bg', 'fa', 'en', 'fr', 'sq'];
const FIELDS = [...new Set(OCCUPATIONS.map((o) => o.field))];
const TRAVEL = [5, 10, 15, 20, 25, 30, 40, 50];
/** Postcodes of the neighbouring towns: a fifth of the synthetic applicants live there (commuters). */
const NEIGHBOUR_AREAS = REGION_POSTCODE_AREAS.filter((area) => area.city === null);
const NEIGHBOUR_SHARE = 0.2;
const KINDS: PositionKind[] = [
  'apprenticeship',
  'apprenticeship',
  'apprenticeship',
  'internship',
  'school_internship',
  'dual_study',
];

export interface SyntheticProfile {
  id: string;
  interests: string[];
  certificate: Certificate;
  languages: LanguageSkill[];
  language_ranks: Record<string, number>;
  postcode: string;
  /** null: a neighbouring town. */
  city: City | null;
  travel_km: number;
  available_from: Date;
  preferred_cities: City[];
  is_active: boolean;
}

export interface SyntheticPosition {
  id: string;
  occupation_id: string;
  kind: PositionKind;
  required_certificate: Certificate;
  languages: LanguageSkill[];
  postcode: string;
  city: City;
  starts_on: Date;
}

/** A uuid made from the index, so runs are identical and ids sort like the index. */
export function syntheticUuid(prefix: number, index: number): string {
  const hex = index.toString(16).padStart(12, '0');
  return `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${hex}`;
}

export function generateProfiles(count: number, seed = 1): SyntheticProfile[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const profiles: SyntheticProfile[] = [];
  for (let i = 0; i < count; i += 1) {
    const field = pick(FIELDS);
    const inField = OCCUPATIONS.filter((o) => o.field === field);
    const interests = [
      ...new Set(
        Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random() < 0.85 ? inField : OCCUPATIONS).id),
      ),
    ];
    const languages: LanguageSkill[] = [{ code: 'de', level: pick(['B1', 'B2', 'C1', 'C2', 'C2', 'C2'] as const) }];
    const extra = Math.floor(random() * 3);
    for (let j = 0; j < extra; j += 1) {
      const code = pick(OTHER_LANGUAGES);
      if (!languages.some((l) => l.code === code)) languages.push({ code, level: pick(LANGUAGE_LEVELS) });
    }
    const area = random() < NEIGHBOUR_SHARE ? pick(NEIGHBOUR_AREAS) : pick(POSTCODE_AREAS);
    const preferred = random() < 0.3 ? [pick(CITIES)] : [];
    profiles.push({
      id: syntheticUuid(0xa11ce, i),
      interests,
      certificate: pick(CERTIFICATES),
      languages,
      language_ranks: languageRanks(languages),
      postcode: area.postcode,
      city: area.city,
      travel_km: pick(TRAVEL),
      available_from: new Date(2027, 5 + Math.floor(random() * 5), 1 + Math.floor(random() * 28)),
      preferred_cities: preferred,
      is_active: random() < 0.95,
    });
  }
  return profiles;
}

export function generatePositions(count: number, seed = 2): SyntheticPosition[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const positions: SyntheticPosition[] = [];
  for (let i = 0; i < count; i += 1) {
    const languages: LanguageSkill[] = [];
    const wanted = Math.floor(random() * 3);
    for (let j = 0; j < wanted; j += 1) {
      const code = pick(OTHER_LANGUAGES);
      if (!languages.some((l) => l.code === code))
        languages.push({ code, level: pick(['A2', 'B1', 'B2', 'C1'] as const) });
    }
    const area = pick(POSTCODE_AREAS);
    positions.push({
      id: syntheticUuid(0xb0b, i),
      occupation_id: pick(OCCUPATIONS).id,
      kind: pick(KINDS),
      required_certificate: pick(CERTIFICATES.slice(0, 4)),
      languages,
      postcode: area.postcode,
      city: area.city,
      starts_on: new Date(2027, 7 + Math.floor(random() * 2), 1),
    });
  }
  return positions;
}

const BATCH = 1000;

/** Inserts users, profiles and identities in bulk; identities get varied protected attributes. */
export async function insertSyntheticProfiles(
  db: Kysely<Database>,
  profiles: readonly SyntheticProfile[],
  seed = 3,
): Promise<void> {
  const random = seededRandom(seed);
  for (let start = 0; start < profiles.length; start += BATCH) {
    const batch = profiles.slice(start, start + BATCH);
    const users = await db
      .insertInto('users')
      .values(
        batch.map((p) => ({
          email: `talent-${p.id}@example.org`,
          password_hash: 'synthetic',
          display_name: `Synthetic ${p.id.slice(-6)}`,
          locale: 'de',
        })),
      )
      .returning('id')
      .execute();
    await db
      .insertInto('applicant_profiles')
      .values(
        batch.map((p, index) => ({
          id: p.id,
          user_id: (users[index] as { id: string }).id,
          pseudonym: `Talent-S${p.id.slice(-10)}`,
          interests: p.interests,
          certificate: p.certificate,
          languages: JSON.stringify(p.languages),
          potentials: JSON.stringify({}),
          postcode: p.postcode,
          travel_km: p.travel_km,
          available_from: p.available_from,
          preferred_cities: p.preferred_cities,
          is_active: p.is_active,
        })),
      )
      .execute();
    await db
      .insertInto('applicant_identities')
      .values(
        batch.map((p) => ({
          profile_id: p.id,
          full_name: `Person ${Math.floor(random() * 1e9)}`,
          birth_date: new Date(
            1995 + Math.floor(random() * 15),
            Math.floor(random() * 12),
            1 + Math.floor(random() * 28),
          ),
          gender: ['female', 'male', 'diverse', 'not_stated'][Math.floor(random() * 4)] ?? null,
          nationality: ['deutsch', 'türkisch', 'syrisch', 'polnisch', 'ukrainisch'][Math.floor(random() * 5)] ?? null,
          self_declared_migration_history: random() < 0.5,
        })),
      )
      .execute();
  }
}

/** Inserts published positions (deadline far ahead) for one verified company. */
export async function insertSyntheticPositions(
  db: Kysely<Database>,
  positions: readonly SyntheticPosition[],
  organisationId: string,
): Promise<void> {
  for (let start = 0; start < positions.length; start += BATCH) {
    const batch = positions.slice(start, start + BATCH);
    await db
      .insertInto('positions')
      .values(
        batch.map((p) => ({
          id: p.id,
          organisation_id: organisationId,
          kind: p.kind,
          occupation_id: p.occupation_id,
          title: `Stelle ${p.id.slice(-6)}`,
          city: p.city,
          postcode: p.postcode,
          starts_on: p.starts_on,
          places: 1,
          required_certificate: p.required_certificate,
          languages: JSON.stringify(p.languages),
          deadline: '2099-12-31',
          status: 'published',
          published_at: new Date(),
        })),
      )
      .execute();
  }
}

export async function insertSyntheticCompany(db: Kysely<Database>): Promise<string> {
  const row = await db
    .insertInto('organisations')
    .values({ name: 'Synthetic Company', type: 'company', city: 'essen', verified_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** VACUUM ANALYZE so the planner sees the bulk-loaded tables as they are (as autovacuum would). */
export async function analyseMatchingTables(db: Kysely<Database>): Promise<void> {
  await sql`vacuum analyze applicant_profiles`.execute(db);
  await sql`vacuum analyze candidate_interests`.execute(db);
  await sql`vacuum analyze positions`.execute(db);
  await sql`analyze postcode_distances`.execute(db);
}
