import type { EntryPageData } from './use-cases/get-entry-page.js';

/** The schema.org description of a public entry page (engineer C's formats/json-ld.ts). */
export function entryJsonLd(data: EntryPageData, baseUrl: string): unknown {
  void data;
  void baseUrl;
  return null;
}
