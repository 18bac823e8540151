import type { FieldErrors } from '../core/errors.js';
import { href, usePage } from '../core/http/page-context.js';
import { ErrorSummary } from './form.js';

/** Why the request was refused and what would help, already translated. */
export interface ErrorPageHelp {
  reason: string;
  link: { href: string; label: string } | undefined;
}

export function ErrorPage({
  status,
  message,
  fields,
  help,
}: {
  status: number;
  message: string;
  fields?: FieldErrors | undefined;
  help?: ErrorPageHelp | undefined;
}) {
  const { t, i18n } = usePage();
  return (
    <section class="kern-stack" aria-labelledby="error-heading">
      <h1 class="kern-heading-large" id="error-heading">
        {message}
      </h1>
      <p class="kern-body">{t('errors.status', { status })}</p>
      <ErrorSummary errors={fields} />
      {help ? <p class="kern-body">{help.reason}</p> : null}
      {help?.link ? (
        <p class="kern-body">
          <a class="kern-link" href={help.link.href}>
            {help.link.label}
          </a>
        </p>
      ) : null}
      <p class="kern-body">
        <a class="kern-link" href={href(i18n.locale.code, '/')}>
          {t('errors.back_home')}
        </a>
      </p>
    </section>
  );
}
