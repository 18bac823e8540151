/** The string fields of a posted form, for re-rendering it after a validation error (never passwords). */
export function formValues(body: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (!body || typeof body !== 'object') return values;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (typeof value === 'string' && !key.includes('password') && key !== '_csrf') values[key] = value.slice(0, 10000);
  }
  return values;
}
