import type { ColumnType, Generated, Selectable } from 'kysely';
import type { NullableTimestamp } from '../../core/db/database.js';
import type { LocaleCode } from '../../core/i18n/locales.js';
import type { City } from '../../region/index.js';

// The training module's tables (the path to becoming a training company), added to core's `Database`
// by declaration merging.

/** Who a step points to for help: the chamber responsible, the city's contact point. */
export const HELPER_KINDS = ['chamber', 'city'] as const;
export type HelperKind = (typeof HELPER_KINDS)[number];

/** What a contact is: a chamber's training adviser, or a city's contact point for companies. */
export const CONTACT_KINDS = ['chamber_adviser', 'city_contact'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** How a company would like the adviser to get in touch. */
export const CONTACT_PREFERENCES = ['email', 'phone', 'visit'] as const;
export type ContactPreference = (typeof CONTACT_PREFERENCES)[number];

export const REQUEST_STATUSES = ['open', 'in_progress', 'done'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** One step of the path, in its order; its texts live in training_step_texts, German always. */
export interface TrainingStepsTable {
  id: Generated<string>;
  /** A stable slug, used in anchors and tests. */
  slug: string;
  position: number;
  helper_kinds: ColumnType<HelperKind[], HelperKind[], HelperKind[]>;
  /** The last time the office read the step through and saved it; every edit sets it. */
  reviewed_at: Generated<Date>;
  reviewed_by: string | null;
}

/** A step's texts in one language; German is required, every other language optional. */
export interface TrainingStepTextsTable {
  step_id: string;
  lang: LocaleCode;
  title: string;
  /** What the company needs for this step. */
  needs: string;
  /** Who helps, in words (the contacts of the chamber and city are listed beside it). */
  helpers: string;
  /** The step in plain language. */
  body: string;
  updated_at: Generated<Date>;
}

/** A contact person the office maintains: a chamber's training adviser or a city's contact point (demo: fictional). */
export interface TrainingContactsTable {
  id: Generated<string>;
  kind: ContactKind;
  /** For a chamber adviser: the chamber's code (chambers.ts). */
  chamber: string | null;
  /** For a city contact point: the city. */
  city: City | null;
  name: string;
  /** The office or department, in German. */
  unit: string;
  email: string;
  phone: string;
  reviewed_at: Generated<Date>;
  reviewed_by: string | null;
}

/** A company's own path: one per organisation, with the occupation and city it checked. */
export interface TrainingPathsTable {
  organisation_id: string;
  occupation_id: string;
  city: City;
  started_by: string | null;
  started_at: Generated<Date>;
  /** The step the last reminder was about, and when it went out. */
  reminded_step_id: string | null;
  reminded_at: NullableTimestamp;
}

/** A step the company ticked off. */
export interface TrainingPathTicksTable {
  organisation_id: string;
  step_id: string;
  ticked_by: string | null;
  ticked_at: Generated<Date>;
}

/** A company's request for a personal adviser; it lands with the coordination office. */
export interface TrainingAdviserRequestsTable {
  id: Generated<string>;
  organisation_id: string;
  requested_by: string | null;
  /** What the company needs help with, in its own words. */
  needs: string;
  contact_preference: ContactPreference;
  /** A telephone number, only when the company prefers a call. */
  phone: string | null;
  consent_at: Date;
  status: ColumnType<RequestStatus, RequestStatus | undefined, RequestStatus>;
  taken_by: string | null;
  taken_at: NullableTimestamp;
  done_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export type TrainingStep = Selectable<TrainingStepsTable>;
export type TrainingStepText = Selectable<TrainingStepTextsTable>;
export type TrainingContact = Selectable<TrainingContactsTable>;
export type TrainingPath = Selectable<TrainingPathsTable>;
export type TrainingAdviserRequest = Selectable<TrainingAdviserRequestsTable>;

declare module '../../core/db/database.js' {
  interface Database {
    training_steps: TrainingStepsTable;
    training_step_texts: TrainingStepTextsTable;
    training_contacts: TrainingContactsTable;
    training_paths: TrainingPathsTable;
    training_path_ticks: TrainingPathTicksTable;
    training_adviser_requests: TrainingAdviserRequestsTable;
  }
}
