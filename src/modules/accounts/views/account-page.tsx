import type { FieldErrors } from '../../../core/errors.js';
import { LIMITS } from '../../../core/limits.js';
import { LOCALES, LOCALE_CODES } from '../../../core/i18n/locales.js';
import type { UserActor } from '../../../core/auth/actor.js';
import { href, usePage } from '../../../core/http/page-context.js';
import {
  CheckboxField,
  ErrorSummary,
  Form,
  PageHeading,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../ui/form.js';

export type AccountForm = 'language' | 'password' | 'delete';

export function AccountPage({
  actor,
  form,
  errors,
}: {
  actor: UserActor;
  form?: AccountForm;
  errors?: FieldErrors | undefined;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const errorsFor = (name: AccountForm) => (form === name ? errors : undefined);
  return (
    <div class="kern-stack">
      <PageHeading>{t('accounts.account.title')}</PageHeading>
      <dl class="kern-description-list">
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{t('accounts.fields.display_name')}</dt>
          <dd class="kern-description-list-item__value">{actor.displayName}</dd>
        </div>
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{t('accounts.fields.email')}</dt>
          <dd class="kern-description-list-item__value">{actor.email}</dd>
        </div>
        <div class="kern-description-list-item">
          <dt class="kern-description-list-item__key">{t('accounts.account.organisation')}</dt>
          <dd class="kern-description-list-item__value">
            {actor.organisation
              ? t('accounts.account.organisation_role', {
                  organisation: actor.organisation.name,
                  role: t(`organisations.roles.${actor.organisation.role}`),
                })
              : t('accounts.account.no_organisation')}
          </dd>
        </div>
      </dl>

      <section class="kern-stack" aria-labelledby="language-heading">
        <h2 class="kern-heading-medium" id="language-heading">
          {t('accounts.language.title')}
        </h2>
        <p class="kern-body">{t('accounts.language.intro')}</p>
        <ErrorSummary errors={errorsFor('language')} />
        <Form action={href(lang, '/konto/sprache')} labelledBy="language-heading">
          <SelectField
            name="locale"
            label={t('accounts.language.field')}
            value={actor.locale}
            errors={errorsFor('language')}
            required
            options={LOCALE_CODES.map((code) => ({ value: code, label: LOCALES[code].endonym }))}
          />
          <SubmitButton label={t('accounts.language.submit')} variant="secondary" />
        </Form>
      </section>

      <section class="kern-stack" aria-labelledby="password-heading">
        <h2 class="kern-heading-medium" id="password-heading">
          {t('accounts.change_password.title')}
        </h2>
        <ErrorSummary errors={errorsFor('password')} />
        <Form action={href(lang, '/konto/passwort')} labelledBy="password-heading">
          <div
            class="kern-stack"
            data-password-toggle
            data-show-label={t('accounts.password_toggle.show')}
            data-hide-label={t('accounts.password_toggle.hide')}
          >
            <TextField
              name="current_password"
              type="password"
              label={t('accounts.fields.current_password')}
              errors={errorsFor('password')}
              autocomplete="current-password"
              required
              maxLength={LIMITS.passwordMax}
            />
            <TextField
              name="password"
              type="password"
              label={t('accounts.fields.new_password')}
              hint={t('accounts.fields.password_hint', { min: LIMITS.passwordMin })}
              errors={errorsFor('password')}
              autocomplete="new-password"
              required
              maxLength={LIMITS.passwordMax}
            />
            <TextField
              name="password_confirmation"
              type="password"
              label={t('accounts.fields.password_confirmation')}
              errors={errorsFor('password')}
              autocomplete="new-password"
              required
              maxLength={LIMITS.passwordMax}
            />
          </div>
          <SubmitButton label={t('accounts.change_password.submit')} variant="secondary" />
        </Form>
      </section>

      <section class="kern-stack" aria-labelledby="export-heading">
        <h2 class="kern-heading-medium" id="export-heading">
          {t('accounts.export.title')}
        </h2>
        <p class="kern-body">{t('accounts.export.intro')}</p>
        <p class="kern-body">
          <a
            class="kern-btn kern-btn--secondary"
            href={href(lang, '/konto/export')}
            download="vielfalt-ruhr-daten.json"
          >
            <span class="kern-label">{t('accounts.export.submit')}</span>
          </a>
        </p>
      </section>

      <section class="kern-stack" aria-labelledby="delete-heading">
        <h2 class="kern-heading-medium" id="delete-heading">
          {t('accounts.delete.title')}
        </h2>
        <p class="kern-body">{t('accounts.delete.intro')}</p>
        <ErrorSummary errors={errorsFor('delete')} idPrefix="delete-" />
        <Form action={href(lang, '/konto/loeschen')} labelledBy="delete-heading">
          <TextField
            name="current_password"
            idPrefix="delete-"
            type="password"
            label={t('accounts.fields.current_password')}
            errors={errorsFor('delete')}
            autocomplete="current-password"
            required
            maxLength={LIMITS.passwordMax}
          />
          <CheckboxField
            name="confirm"
            idPrefix="delete-"
            label={t('accounts.delete.confirm')}
            errors={errorsFor('delete')}
          />
          <SubmitButton label={t('accounts.delete.submit')} variant="secondary" />
        </Form>
      </section>
    </div>
  );
}
