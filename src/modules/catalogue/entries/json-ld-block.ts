import { courseOrServiceJsonLd, entryPageUrl, eventJsonLd, organizationJsonLd, projectJsonLd } from '../formats/index.js';
import type { EntryPageData } from './use-cases/get-entry-page.js';

/** The schema.org description of a public entry page (builders in formats/json-ld.ts); null for kinds schema.org has no good type for. */
export function entryJsonLd(data: EntryPageData, baseUrl: string, remainingCapacity: number | null = null): unknown {
  const page = { url: entryPageUrl(baseUrl, 'de', data.entry.id), organisation: { name: data.organisation.name }, remainingCapacity };
  switch (data.entry.kind) {
    case 'actor':
      return organizationJsonLd(data.entry, page);
    case 'event':
      return eventJsonLd(data.entry, page);
    case 'offer':
      return courseOrServiceJsonLd(data.entry, page);
    case 'project':
      return projectJsonLd(data.entry, page);
    default:
      return null;
  }
}
