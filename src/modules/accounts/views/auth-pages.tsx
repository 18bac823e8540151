import type { FieldErrors } from '../../../core/errors.js';
import { LIMITS } from '../../../core/limits.js';
import type { FormValues } from '../../../core/http/forms.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { withReturnPath } from '../../../core/http/return-address.js';
import { CheckboxField, ErrorSummary, Form, PageHeading, SubmitButton, TextField } from '../../../ui/form.js';

interface FormPageProps {
  values?: FormValues;
  errors?: FieldErrors | undefined;
}

/** Sign-in and registration keep the page that asked for them (checked by the route) through every step. */
interface ReturningProps {
  returnPath?: string | null;
}

function PasswordFields({
  errors,
  autocomplete = 'new-password',
}: {
  errors?: FieldErrors | undefined;
  autocomplete?: string;
}) {
  const { t } = usePage();
  return (
    <div
      class="kern-stack"
      data-password-toggle
      data-show-label={t('accounts.password_toggle.show')}
      data-hide-label={t('accounts.password_toggle.hide')}
    >
      <TextField
        name="password"
        type="password"
        label={t('accounts.fields.new_password')}
        hint={t('accounts.fields.password_hint', { min: LIMITS.passwordMin })}
        errors={errors}
        autocomplete={autocomplete}
        required
        maxLength={LIMITS.passwordMax}
      />
      <TextField
        name="password_confirmation"
        type="password"
        label={t('accounts.fields.password_confirmation')}
        errors={errors}
        autocomplete={autocomplete}
        required
        maxLength={LIMITS.passwordMax}
      />
    </div>
  );
}

export function RegisterPage({ values = {}, errors, returnPath = null }: FormPageProps & ReturningProps) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <section class="kern-stack">
      <PageHeading id="register-heading">{t('accounts.register.title')}</PageHeading>
      <p class="kern-body">{t('accounts.register.intro')}</p>
      <ErrorSummary errors={errors} />
      <Form action={withReturnPath(href(lang, '/registrieren'), returnPath)} labelledBy="register-heading">
        <TextField
          name="display_name"
          label={t('accounts.fields.display_name')}
          hint={t('accounts.fields.display_name_hint')}
          value={values.display_name}
          errors={errors}
          autocomplete="name"
          required
          maxLength={LIMITS.displayName}
        />
        <TextField
          name="email"
          type="email"
          label={t('accounts.fields.email')}
          value={values.email}
          errors={errors}
          autocomplete="email"
          required
          maxLength={LIMITS.email}
        />
        <PasswordFields errors={errors} />
        <CheckboxField name="accept_privacy" label={t('accounts.register.accept_privacy')} errors={errors} />
        <p class="kern-body kern-body--small">
          <a class="kern-link" href={href(lang, '/datenschutz')}>
            {t('accounts.register.privacy_link')}
          </a>
        </p>
        <SubmitButton label={t('accounts.register.submit')} />
      </Form>
      <p class="kern-body">
        {t('accounts.register.have_account')}{' '}
        <a class="kern-link" href={withReturnPath(href(lang, '/anmelden'), returnPath)}>
          {t('accounts.login.title')}
        </a>
      </p>
    </section>
  );
}

export function CheckEmailPage({ messageKey }: { messageKey: string }) {
  const { t } = usePage();
  return (
    <section class="kern-stack">
      <PageHeading>{t('accounts.check_email.title')}</PageHeading>
      <p class="kern-body">{t(messageKey)}</p>
      <p class="kern-body">{t('accounts.check_email.spam_hint')}</p>
    </section>
  );
}

export function LoginPage({ values = {}, errors, returnPath = null }: FormPageProps & ReturningProps) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <section class="kern-stack">
      <PageHeading id="login-heading">{t('accounts.login.title')}</PageHeading>
      <ErrorSummary errors={errors} />
      {returnPath ? <p class="kern-body">{t('accounts.login.return_hint')}</p> : null}
      <Form action={withReturnPath(href(lang, '/anmelden'), returnPath)} labelledBy="login-heading">
        <TextField
          name="email"
          type="email"
          label={t('accounts.fields.email')}
          value={values.email}
          errors={errors}
          autocomplete="username"
          required
          maxLength={LIMITS.email}
        />
        <div
          data-password-toggle
          data-show-label={t('accounts.password_toggle.show')}
          data-hide-label={t('accounts.password_toggle.hide')}
        >
          <TextField
            name="password"
            type="password"
            label={t('accounts.fields.password')}
            errors={errors}
            autocomplete="current-password"
            required
            maxLength={LIMITS.passwordMax}
          />
        </div>
        <SubmitButton label={t('accounts.login.submit')} />
      </Form>
      <ul class="kern-list">
        <li>
          <a class="kern-link" href={href(lang, '/passwort-vergessen')}>
            {t('accounts.forgot.title')}
          </a>
        </li>
        <li>
          <a class="kern-link" href={withReturnPath(href(lang, '/registrieren'), returnPath)}>
            {t('accounts.register.title')}
          </a>
        </li>
      </ul>
    </section>
  );
}

export function ForgotPasswordPage({ values = {}, errors }: FormPageProps) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <section class="kern-stack">
      <PageHeading id="forgot-heading">{t('accounts.forgot.title')}</PageHeading>
      <p class="kern-body">{t('accounts.forgot.intro')}</p>
      <ErrorSummary errors={errors} />
      <Form action={href(lang, '/passwort-vergessen')} labelledBy="forgot-heading">
        <TextField
          name="email"
          type="email"
          label={t('accounts.fields.email')}
          value={values.email}
          errors={errors}
          autocomplete="email"
          required
          maxLength={LIMITS.email}
        />
        <SubmitButton label={t('accounts.forgot.submit')} />
      </Form>
    </section>
  );
}

export function ResetPasswordPage({ token, errors }: FormPageProps & { token: string }) {
  const { t, i18n } = usePage();
  return (
    <section class="kern-stack">
      <PageHeading id="reset-heading">{t('accounts.reset.title')}</PageHeading>
      <ErrorSummary errors={errors} />
      <Form action={href(i18n.locale.code, '/passwort-neu')} labelledBy="reset-heading">
        <input type="hidden" name="token" value={token} />
        <PasswordFields errors={errors} />
        <SubmitButton label={t('accounts.reset.submit')} />
      </Form>
    </section>
  );
}

export function LinkResultPage({
  ok,
  okKey,
  failedKey,
  returnPath = null,
}: { ok: boolean; okKey: string; failedKey: string } & ReturningProps) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <section class="kern-stack">
      <PageHeading>{t(ok ? okKey : failedKey)}</PageHeading>
      <p class="kern-body">
        {ok ? (
          <a class="kern-link" href={withReturnPath(href(lang, '/anmelden'), returnPath)}>
            {t(returnPath ? 'accounts.login.continue' : 'accounts.login.title')}
          </a>
        ) : (
          <a class="kern-link" href={href(lang, '/passwort-vergessen')}>
            {t('accounts.link_failed_help')}
          </a>
        )}
      </p>
    </section>
  );
}
