import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';

/**
 * Each module that stores personal data registers here what it stores, why, for how long,
 * and how to export and erase it. The data export, account deletion, retention job and the
 * privacy notice all read this one list.
 */
export interface PersonalDataSource {
  /** Stable id, also the key in the JSON export. */
  id: string;
  /** i18n keys for the privacy notice. */
  purposeKey: string;
  retentionKey: string;
  export(db: Kysely<Database>, userId: string): Promise<unknown>;
  /** Deletes or anonymises the user's data; runs inside the deletion transaction. */
  erase(db: Kysely<Database>, userId: string): Promise<void>;
  /** Deletes what is past its retention limit; run daily by a background job. */
  purgeExpired?(db: Kysely<Database>, now: Date, settings?: RetentionSettings): Promise<number>;
}

/** Retention limits that are settings of the deployment rather than fixed by the privacy notice. */
export interface RetentionSettings {
  /** A session unused this long has ended (SESSION_IDLE_MINUTES). */
  sessionIdleMs: number;
}

const sources: PersonalDataSource[] = [];

export function registerPersonalData(source: PersonalDataSource): void {
  if (sources.some((existing) => existing.id === source.id)) return;
  sources.push(source);
}

export function personalDataSources(): readonly PersonalDataSource[] {
  return sources;
}
