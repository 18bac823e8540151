import {
  courseOrServiceJsonLd,
  eventJsonLd,
  organizationJsonLd,
  projectJsonLd,
  type JsonLdPage,
} from '../formats/index.js';
import { entryPageUrl } from '../shared/index.js';
import type { EntryPageData } from './use-cases/get-entry-page.js';

/**
 * The schema.org description of a public entry page, built by the open-formats part. Funding
 * programmes and knowledge items have no schema.org type there, so their pages carry none.
 */
export function entryJsonLd(
  data: EntryPageData,
  options: { baseUrl: string; remainingCapacity: number | null },
): Record<string, unknown> | null {
  const { entry } = data;
  const page: JsonLdPage = {
    url: entryPageUrl(options.baseUrl, 'de', entry.id),
    organisation: {
      name: data.organisation.name,
      url: data.actorProfileId ? entryPageUrl(options.baseUrl, 'de', data.actorProfileId) : null,
    },
    remainingCapacity: options.remainingCapacity,
  };
  switch (entry.kind) {
    case 'actor':
      return organizationJsonLd(entry, page);
    case 'event':
      return eventJsonLd(entry, page);
    case 'offer':
      return courseOrServiceJsonLd(entry, page);
    case 'project':
      return projectJsonLd(entry, page);
    case 'funding':
    case 'knowledge':
      return null;
  }
}
