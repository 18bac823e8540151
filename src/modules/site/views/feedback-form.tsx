import type { FieldErrors } from '../../../core/errors.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { LIMITS } from '../../../core/limits.js';
import { ErrorSummary, Form, SubmitButton, TextArea, TextField } from '../../../ui/form.js';
import type { FeedbackValues } from '../schemas.js';

export interface FeedbackFormState {
  values: FeedbackValues;
  errors?: FieldErrors | undefined;
}

export function FeedbackForm({ state }: { state: FeedbackFormState }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const { values, errors } = state;
  return (
    <section class="kern-stack" aria-labelledby="feedback-heading" id="feedback">
      <h2 class="kern-heading-medium" id="feedback-heading">
        {t('legal.feedback.heading')}
      </h2>
      <p class="kern-body">{t('legal.feedback.intro')}</p>
      <ErrorSummary errors={errors} />
      <Form action={`${href(lang, '/barrierefreiheit')}#feedback`} labelledBy="feedback-heading">
        <TextArea
          name="message"
          label={t('legal.feedback.message')}
          hint={t('legal.feedback.message_hint')}
          value={values.message}
          errors={errors}
          required
          maxLength={LIMITS.longText}
        />
        <TextField
          name="pageUrl"
          label={t('legal.feedback.page_url')}
          hint={t('legal.feedback.page_url_hint')}
          value={values.pageUrl}
          errors={errors}
          maxLength={LIMITS.url}
        />
        <TextField
          name="email"
          type="email"
          autocomplete="email"
          label={t('legal.feedback.email')}
          hint={t('legal.feedback.email_hint')}
          value={values.email}
          errors={errors}
          maxLength={LIMITS.email}
        />
        <p class="kern-body kern-body--small">
          <a class="kern-link" href={href(lang, '/datenschutz')}>
            {t('legal.feedback.privacy_note')}
          </a>
        </p>
        <SubmitButton label={t('legal.feedback.submit')} />
      </Form>
    </section>
  );
}
