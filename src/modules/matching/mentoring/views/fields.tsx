import { usePage } from '../../../../core/http/page-context.js';

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
