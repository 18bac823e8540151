/**
 * Addresses of public catalogue pages, used wherever an export or a mail links back to the site.
 * The detail page of every entry, whatever its kind, lives at /{lang}/eintraege/{id}.
 */
export function entryPagePath(lang: string, entryId: string): string {
  return `/${lang}/eintraege/${entryId}`;
}

export function entryPageUrl(baseUrl: string, lang: string, entryId: string): string {
  return `${baseUrl}${entryPagePath(lang, entryId)}`;
}
