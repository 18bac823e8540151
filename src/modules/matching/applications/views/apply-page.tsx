import type { FieldErrors } from '../../../../core/errors.js';
import type { FormValues } from '../../../../core/http/forms.js';
import { href, usePage } from '../../../../core/http/page-context.js';
import {
  ErrorSummary,
  Form,
  PageHeading,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../../ui/form.js';
import { LabelledSection } from '../../../../ui/section.js';
import { LANGUAGE_CODES, LANGUAGE_LEVELS, LANGUAGE_ROWS, languageName } from '../languages.js';
import { APPLICATION_LIMITS, CERTIFICATES } from '../schemas.js';
import type { ApplyFormData } from '../use-cases/get-apply-form.js';

/** The standard application form: the qualifications part (seen by the company) and the personal part (kept apart). */
export function ApplyPage({
  form,
  values,
  errors,
}: {
  form: ApplyFormData;
  values: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const { position } = form;
  const heading = <PageHeading>{t('matching_applications.apply.title', { position: position.title })}</PageHeading>;
  if (!form.hasProfile) {
    return (
      <div class="kern-stack">
        {heading}
        <p class="kern-body">{t('matching_applications.apply.no_profile')}</p>
      </div>
    );
  }
  if (form.existingApplicationId) {
    return (
      <div class="kern-stack">
        {heading}
        <p class="kern-body">{t('matching_applications.errors.already_applied')}</p>
        <p class="kern-body">
          <a class="kern-link" href={href(lang, `/bewerbungen/${form.existingApplicationId}`)}>
            {t('matching_applications.apply.to_existing')}
          </a>
        </p>
      </div>
    );
  }
  const certificateOptions = CERTIFICATES.map((code) => ({
    value: code,
    label: t(`matching_applications.certificates.${code}`),
  }));
  const languageOptions = [
    { value: '', label: t('matching_applications.apply.no_language') },
    ...LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(code, lang) })),
  ];
  const levelOptions = [
    { value: '', label: t('matching_applications.apply.no_level') },
    ...LANGUAGE_LEVELS.map((level) => ({ value: level, label: t(`matching_applications.levels.${level}`) })),
  ];
  const rows = Array.from({ length: LANGUAGE_ROWS }, (_, index) => index + 1);
  return (
    <div class="kern-stack vr-applications-page">
      {heading}
      <p class="kern-body">
        {t('matching_applications.apply.company', { organisation: form.position.organisationName })}
      </p>
      <p class="kern-body">{t('matching_applications.apply.intro')}</p>
      <ErrorSummary errors={errors} />
      <Form action={href(lang, `/bewerbungen/neu/${position.id}`)} labelledBy="qualifications-heading">
        <LabelledSection id="qualifications-heading" heading={t('matching_applications.apply.qualifications_heading')}>
          <p class="kern-body">{t('matching_applications.apply.qualifications_hint')}</p>
          <SelectField
            name="school_certificate"
            label={t('matching_applications.fields.school_certificate')}
            options={certificateOptions}
            value={values.school_certificate}
            errors={errors}
            required
          />
          <TextArea
            name="training"
            label={t('matching_applications.fields.training')}
            value={values.training}
            errors={errors}
            maxLength={APPLICATION_LIMITS.section}
          />
          <TextArea
            name="internships"
            label={t('matching_applications.fields.internships')}
            value={values.internships}
            errors={errors}
            maxLength={APPLICATION_LIMITS.section}
          />
          <TextArea
            name="experience"
            label={t('matching_applications.fields.experience')}
            hint={t('matching_applications.hints.experience')}
            value={values.experience}
            errors={errors}
            maxLength={APPLICATION_LIMITS.section}
          />
          <TextArea
            name="volunteering"
            label={t('matching_applications.fields.volunteering')}
            value={values.volunteering}
            errors={errors}
            maxLength={APPLICATION_LIMITS.section}
          />
          <fieldset class="kern-fieldset">
            <legend class="kern-label">{t('matching_applications.fields.languages')}</legend>
            <div class="kern-hint">{t('matching_applications.hints.languages')}</div>
            {rows.map((row) => (
              <div class="vr-applications-language" key={row}>
                <SelectField
                  name={`language_${row}`}
                  label={t('matching_applications.fields.language_n', { n: row })}
                  options={languageOptions}
                  value={values[`language_${row}`]}
                  errors={errors}
                />
                <SelectField
                  name={`level_${row}`}
                  label={t('matching_applications.fields.level_n', { n: row })}
                  options={levelOptions}
                  value={values[`level_${row}`]}
                  errors={errors}
                />
              </div>
            ))}
          </fieldset>
          <TextArea
            name="motivation"
            label={t('matching_applications.fields.motivation')}
            hint={t('matching_applications.hints.motivation')}
            value={values.motivation}
            errors={errors}
            required
            maxLength={APPLICATION_LIMITS.motivation}
          />
        </LabelledSection>
        <LabelledSection id="personal-heading" heading={t('matching_applications.apply.personal_heading')}>
          <p class="kern-body">{t('matching_applications.apply.personal_hint')}</p>
          <TextField
            name="full_name"
            label={t('matching_applications.fields.full_name')}
            value={values.full_name}
            errors={errors}
            autocomplete="name"
            required
            maxLength={APPLICATION_LIMITS.fullName}
          />
          <TextField
            name="contact_email"
            type="email"
            label={t('matching_applications.fields.contact_email')}
            value={values.contact_email}
            errors={errors}
            autocomplete="email"
            required
            maxLength={254}
          />
          <TextField
            name="phone"
            label={t('matching_applications.fields.phone')}
            value={values.phone}
            errors={errors}
            autocomplete="tel"
            maxLength={APPLICATION_LIMITS.phone}
          />
          <TextField
            name="address"
            label={t('matching_applications.fields.address')}
            value={values.address}
            errors={errors}
            autocomplete="address-line1"
            maxLength={APPLICATION_LIMITS.address}
          />
        </LabelledSection>
        <SubmitButton label={t('matching_applications.apply.submit')} />
      </Form>
    </div>
  );
}
