import type { ColumnType, Generated, Selectable } from 'kysely';
import type { City } from '../../region/index.js';
import type { NullableTimestamp } from '../../core/db/database.js';

// The partnerships module's tables, added to core's `Database` by declaration merging.

/** What a school and a company do together, from a fixed list (the forms and the matching score read it). */
export const ACTIVITY_KINDS = [
  'internship',
  'application_training',
  'workplace_visit',
  'career_exploration',
  'parents_evening',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** The two sides: a school publishes what it seeks (Gesuch), a company what it offers (Angebot). */
export const LISTING_SIDES = ['school', 'company'] as const;
export type ListingSide = (typeof LISTING_SIDES)[number];

export const LISTING_STATUSES = ['open', 'closed'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const PARTNERSHIP_STATUSES = ['proposed', 'active', 'declined', 'ended'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

/** A calendar-day column: read as a Date at midnight UTC, written as 'YYYY-MM-DD'. */
type DayColumn = ColumnType<Date, string, string>;

export interface PartnershipListingsTable {
  id: Generated<string>;
  organisation_id: string;
  side: ListingSide;
  activities: ActivityKind[];
  /** Jahrgangsstufen (5–13) the school's pupils are in; empty for a company's offer. */
  grades: number[];
  /** School: pupils taking part; company: pupils it can take at a time. */
  pupils: number;
  /** Months of the year (1–12) that suit. */
  months: number[];
  postcode: string;
  city: City;
  /** Company only: occupations it trains, as free text ("Mechatroniker/-in, Industriekaufleute"). */
  occupations: string | null;
  note: string | null;
  status: Generated<ListingStatus>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface PartnershipsTable {
  id: Generated<string>;
  school_id: string;
  company_id: string;
  school_listing_id: string | null;
  company_listing_id: string | null;
  /** The side that proposed; the other one answers. */
  proposed_by: ListingSide;
  status: Generated<PartnershipStatus>;
  message: string | null;
  decline_reason: string | null;
  end_reason: string | null;
  /** Contact persons, shown only to the two organisations; removed when the partnership ends or is declined. */
  school_contact_name: string | null;
  school_contact_email: string | null;
  school_contact_phone: string | null;
  school_contact_by: string | null;
  company_contact_name: string | null;
  company_contact_email: string | null;
  company_contact_phone: string | null;
  company_contact_by: string | null;
  /** Each side's consent to the public list; the partnership is listed only while both are true. */
  school_consent: Generated<boolean>;
  company_consent: Generated<boolean>;
  proposed_at: Generated<Date>;
  answered_at: NullableTimestamp;
  ended_at: NullableTimestamp;
  /** The next yearly review; set when the partnership is agreed, a year later each time both sides reviewed. */
  review_due_on: ColumnType<Date | null, string | null, string | null>;
}

export interface PartnershipActivitiesTable {
  id: Generated<string>;
  partnership_id: string;
  kind: ActivityKind;
  planned_on: DayColumn;
  position: number;
}

export interface PartnershipReviewsTable {
  id: Generated<string>;
  partnership_id: string;
  activity_id: string;
  side: ListingSide;
  /** The review round: the due date it answers. */
  round_due_on: DayColumn;
  took_place: boolean;
  pupils: number | null;
  note: string | null;
  recorded_by: string | null;
  recorded_at: Generated<Date>;
}

export type PartnershipListing = Selectable<PartnershipListingsTable>;
export type Partnership = Selectable<PartnershipsTable>;
export type PartnershipActivity = Selectable<PartnershipActivitiesTable>;

declare module '../../core/db/database.js' {
  interface Database {
    partnership_listings: PartnershipListingsTable;
    partnerships: PartnershipsTable;
    partnership_activities: PartnershipActivitiesTable;
    partnership_reviews: PartnershipReviewsTable;
  }
}
