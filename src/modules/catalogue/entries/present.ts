import type { CatalogueEntry, EntryKind, EntryStatus } from '../tables.js';
import type { FormValues } from '../../../core/http/forms.js';
import { PROJECT_STATUSES, type ProjectStatus } from '../taxonomy.js';
import { calendarDay, dateToBerlinLocal } from './dates.js';
import { KNOWLEDGE_TYPES } from './schemas.js';

const asText = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const asNumber = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value)
    ? value
    : typeof value === 'string' && /^\d+$/.test(value)
      ? Number(value)
      : null;

/** A list written by the form (strings) or by an import (objects with a label, postcode, city). */
function asLines(value: unknown): string[] {
  if (typeof value === 'string')
    return value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
  if (!Array.isArray(value)) return [];
  return value
    .map((item: unknown) => {
      if (typeof item === 'string') return item;
      if (item && typeof item === 'object') {
        const o = item as Record<string, unknown>;
        return [asText(o.label), [asText(o.postcode), asText(o.district)].filter(Boolean).join(' ')]
          .filter(Boolean)
          .join(', ');
      }
      return '';
    })
    .filter(Boolean);
}

/** The kind-specific facts, read tolerantly: a malformed value is left out, never breaks a page. */
export interface EntryDetailsView {
  goals: string[];
  partners: string[];
  funding: string | null;
  periodFrom: string | null;
  periodUntil: string | null;
  projectStatus: ProjectStatus | null;
  results: string[];
  adoptedCities: string[];
  funder: string | null;
  purpose: string | null;
  amountMin: number | null;
  amountMax: number | null;
  deadlines: string[];
  eligibility: string | null;
  placeAddress: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  addresses: string[];
  areasOfResponsibility: string[];
  knowledgeType: (typeof KNOWLEDGE_TYPES)[number] | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readDetails(details: Record<string, unknown> | null | undefined): EntryDetailsView {
  const d = details ?? {};
  const status = asText(d.project_status);
  const knowledgeType = asText(d.knowledge_type);
  const deadlines = [...asLines(d.deadlines), ...(asText(d.deadline) ? [d.deadline as string] : [])].filter((day) =>
    DAY.test(day),
  );
  return {
    goals: asLines(d.goals),
    partners: asLines(d.partners),
    funding: asText(d.funding),
    periodFrom: asText(d.period_from),
    periodUntil: asText(d.period_until),
    projectStatus: (PROJECT_STATUSES as readonly string[]).includes(status ?? '') ? (status as ProjectStatus) : null,
    results: asLines(d.results),
    adoptedCities: asLines(d.adopted_cities),
    funder: asText(d.funder),
    purpose: asText(d.purpose),
    amountMin: asNumber(d.amount_min),
    amountMax: asNumber(d.amount_max),
    deadlines,
    eligibility: asText(d.eligibility),
    placeAddress: asText(d.place_address) ?? asText(d.location),
    onlineUrl: asText(d.online_url),
    capacity: asNumber(d.capacity),
    addresses: asLines(d.addresses),
    areasOfResponsibility: asLines(d.areas_of_responsibility),
    knowledgeType: (KNOWLEDGE_TYPES as readonly string[]).includes(knowledgeType ?? '')
      ? (knowledgeType as 'guide' | 'story')
      : null,
  };
}

/** The stored entry as values of its edit form. */
export function entryFormValues(entry: CatalogueEntry): FormValues {
  const d = entry.details;
  const details = readDetails(d);
  const values: FormValues = {
    title: entry.title,
    summary: entry.summary,
    body: entry.body,
    fields_of_action: entry.fields_of_action,
    target_groups: entry.target_groups,
    cities: entry.cities,
    languages: entry.languages,
    cost: entry.cost ?? '',
    format: entry.format ?? '',
    contact_email: entry.contact_email ?? '',
    contact_phone: entry.contact_phone ?? '',
    website: entry.website ?? '',
    accessibility_notes: entry.accessibility_notes ?? '',
    valid_from: calendarDay(entry.valid_from) ?? '',
    valid_until: calendarDay(entry.valid_until) ?? '',
  };
  const kindValues: Record<EntryKind, FormValues> = {
    actor: {
      addresses: details.addresses.join('\n'),
      areas_of_responsibility: details.areasOfResponsibility.join('\n'),
    },
    offer: {},
    project: {
      goals: details.goals.join('\n'),
      partners: details.partners.join('\n'),
      funding: details.funding ?? '',
      period_from: details.periodFrom ?? '',
      period_until: details.periodUntil ?? '',
      project_status: details.projectStatus ?? '',
      results: details.results.join('\n'),
      adopted_cities: details.adoptedCities,
    },
    funding: {
      funder: details.funder ?? '',
      purpose: details.purpose ?? '',
      amount_min: details.amountMin === null ? '' : String(details.amountMin),
      amount_max: details.amountMax === null ? '' : String(details.amountMax),
      deadlines: details.deadlines,
      eligibility: details.eligibility ?? '',
    },
    knowledge: { knowledge_type: details.knowledgeType ?? '' },
    event: {
      starts_at: entry.starts_at ? dateToBerlinLocal(entry.starts_at) : '',
      ends_at: entry.ends_at ? dateToBerlinLocal(entry.ends_at) : '',
      place_address: details.placeAddress ?? '',
      online_url: details.onlineUrl ?? '',
      capacity: details.capacity === null ? '' : String(details.capacity),
    },
  };
  return { ...values, ...kindValues[entry.kind] };
}

/** A link target only if it is a well-formed web or mail address; anything else is shown as text. */
export function safeHref(
  value: string | null | undefined,
  schemes: readonly string[] = ['http:', 'https:'],
): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return schemes.includes(url.protocol) ? url.toString() : null;
  } catch {
    return null;
  }
}

/** A row of an organisation's or the office's list of entries. */
export interface EntryListItem {
  id: string;
  kind: EntryKind;
  status: EntryStatus;
  title: string;
  organisationName: string;
  updatedAt: Date;
  isStale: boolean;
  isHidden: boolean;
}

export function presentListItem(
  row: Pick<CatalogueEntry, 'id' | 'kind' | 'status' | 'title' | 'updated_at' | 'stale_notified_at' | 'hidden_at'> & {
    organisation_name: string;
  },
): EntryListItem {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    title: row.title,
    organisationName: row.organisation_name,
    updatedAt: row.updated_at,
    isStale: row.stale_notified_at !== null,
    isHidden: row.hidden_at !== null,
  };
}

/** One step of the change history, without who did it: owners and the office see what and when. */
export interface RevisionView {
  at: Date;
  action: string;
  status: EntryStatus;
  note: string | null;
}
