import type { FieldErrors } from '../core/errors.js';
import { href, usePage } from '../core/http/page-context.js';
import { ErrorSummary } from './form.js';

export function ErrorPage({
  status,
  message,
  fields,
}: {
  status: number;
  message: string;
  fields?: FieldErrors | undefined;
}) {
  const { t, i18n } = usePage();
  return (
    <section class="kern-stack" aria-labelledby="error-heading">
      <h1 class="kern-heading-large" id="error-heading">
        {message}
      </h1>
      <p class="kern-body">{t('errors.status', { status })}</p>
      <ErrorSummary errors={fields} />
      <p class="kern-body">
        <a class="kern-link" href={href(i18n.locale.code, '/')}>
          {t('errors.back_home')}
        </a>
      </p>
    </section>
  );
}
