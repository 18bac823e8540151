import type { FieldErrors } from '../../../core/errors.js';
import { usePage } from '../../../core/http/page-context.js';
import { CheckboxGroup, valueOf, type FormValues } from '../../../ui/choice-fields.js';
import { TextField } from '../../../ui/form.js';
import { PARTNERSHIP_LIMITS } from '../schemas.js';

/** The own contact person and the consent to the public list: the same fields when proposing and accepting. */
export function ContactFields({
  values,
  errors,
  idPrefix,
}: {
  values: FormValues;
  errors?: FieldErrors | undefined;
  idPrefix?: string;
}) {
  const { t } = usePage();
  return (
    <>
      <p class="kern-body">{t('partnerships.contact.visibility')}</p>
      <TextField
        idPrefix={idPrefix}
        name="contact_name"
        label={t('partnerships.contact.name')}
        value={valueOf(values, 'contact_name')}
        autocomplete="name"
        maxLength={PARTNERSHIP_LIMITS.contactName}
        errors={errors}
        required
      />
      <TextField
        idPrefix={idPrefix}
        name="contact_email"
        type="email"
        label={t('partnerships.contact.email')}
        value={valueOf(values, 'contact_email')}
        autocomplete="email"
        maxLength={PARTNERSHIP_LIMITS.contactEmail}
        errors={errors}
        required
      />
      <TextField
        idPrefix={idPrefix}
        name="contact_phone"
        type="tel"
        label={t('partnerships.contact.phone')}
        value={valueOf(values, 'contact_phone')}
        autocomplete="tel"
        maxLength={PARTNERSHIP_LIMITS.contactPhone}
        errors={errors}
      />
      <CheckboxGroup
        idPrefix={idPrefix}
        name="consent"
        legend={t('partnerships.consent.legend')}
        hint={t('partnerships.consent.hint')}
        options={[{ value: 'on', label: t('partnerships.consent.label') }]}
        values={values}
        errors={errors}
      />
    </>
  );
}
