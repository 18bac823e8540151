import { usePage } from '../../../../core/http/page-context.js';
import type { FormValues } from '../../../../ui/choice-fields.js';

/** Every field of a posted form with its value(s), for showing the form again after a problem. */
export function postedValues(body: unknown): FormValues {
  const values: FormValues = {};
  if (!body || typeof body !== 'object') return values;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key === '_csrf') continue;
    if (typeof value === 'string') values[key] = value.slice(0, 10000);
    else if (Array.isArray(value)) values[key] = value.filter((item): item is string => typeof item === 'string').slice(0, 50);
  }
  return values;
}

/** A form with one button and nothing to fill in (close, withdraw, resolve). */
export function ButtonForm({ action, label, variant = 'secondary' }: { action: string; label: string; variant?: 'primary' | 'secondary' | 'tertiary' }) {
  const { csrfToken } = usePage();
  return (
    <form method="post" action={action} class="vr-inline-form">
      <input type="hidden" name="_csrf" value={csrfToken} />
      <button type="submit" class={`kern-btn kern-btn--${variant} kern-btn--small`}>
        <span class="kern-label">{label}</span>
      </button>
    </form>
  );
}
