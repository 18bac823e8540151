import type { City } from '../../region/index.js';
import type { EntryKind, EntryStatus, TranslationLocale } from '../../modules/catalogue/tables.js';
import type { FieldOfAction, ProjectStatus, TargetGroup } from '../../modules/catalogue/taxonomy.js';

/**
 * Rows the catalogue demo builds in memory before inserting them. `details` holds the
 * kind-specific fields (shapes below) as an object; insertCatalogueEntries turns it into jsonb.
 */
export interface CatalogueTranslationRow {
  locale: TranslationLocale;
  title: string;
  summary: string;
  body: string;
}

export interface CatalogueEntryRow {
  id: string;
  kind: EntryKind;
  organisation_id: string;
  status: EntryStatus;
  title: string;
  summary: string;
  body: string;
  fields_of_action: FieldOfAction[];
  target_groups: TargetGroup[];
  cities: City[];
  languages: string[];
  cost: 'free' | 'fee' | null;
  format: 'in_person' | 'online' | 'hybrid' | null;
  contact_email: string | null;
  contact_phone: string | null;
  website: string | null;
  accessibility_notes: string | null;
  /** Calendar days (YYYY-MM-DD). */
  valid_from: string | null;
  valid_until: string | null;
  starts_at: Date | null;
  ends_at: Date | null;
  details: EntryDetails;
  review_note: string | null;
  published_at: Date | null;
  last_confirmed_at: Date;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  translations: CatalogueTranslationRow[];
}

/**
 * Kind-specific fields, with the keys the entry forms (src/modules/catalogue/entries/schemas.ts)
 * write, so a demo entry opens in the edit form exactly like one typed in by hand.
 */
export interface ActorDetails {
  /** One line per address, without a street: "Beratungsbüro Wattenscheid, 44866 Bochum". */
  addresses: string[];
  areas_of_responsibility: string[];
}

export type OfferDetails = Record<string, never>;

export interface ProjectDetails {
  project_status: ProjectStatus;
  goals: string[];
  partners: string[];
  funding: string;
  /** ISO dates (YYYY-MM-DD); the project's period, kept apart from the entry's validity. */
  period_from: string;
  period_until?: string;
  /** Measurable outcomes as the (fictional) project reports them. */
  results: string[];
  /** Cities that took the project over after its pilot; only for status "transferred". */
  adopted_cities: City[];
}

export interface FundingDetails {
  funder: string;
  purpose: string;
  amount_min: number;
  amount_max: number;
  /** ISO dates of the next application deadlines; empty for rolling applications. */
  deadlines: string[];
  eligibility: string;
}

export interface KnowledgeDetails {
  knowledge_type: 'guide' | 'story';
}

export interface EventDetails {
  capacity: number;
  /** Where it takes place (a line without a street), absent for online-only events. */
  place_address?: string;
  online_url?: string;
}

export type EntryDetails =
  ActorDetails | OfferDetails | ProjectDetails | FundingDetails | KnowledgeDetails | EventDetails;
