/**
 * Parses a form body. URLSearchParams turns undecodable percent-escapes and invalid UTF-8 into
 * U+FFFD, which the pipeline then refuses as invalid encoding; a repeated field becomes an
 * array, which the schema then refuses unless it asks for one.
 */
export function parseUrlEncoded(body: string): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const [key, value] of new URLSearchParams(body)) {
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else result[key] = [existing, value];
  }
  return result;
}
