import { href, usePage } from '../../../../core/http/page-context.js';
import { CITIES } from '../../../../region/index.js';
import { RECOGNITION_STATUSES } from '../../tables.js';
import type { FieldErrors } from '../../../../core/errors.js';
import {
  ErrorSummary,
  Form,
  PageHeading,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../../ui/form.js';
import { CheckboxGroup, valueOf, type FormValues } from '../../../../ui/choice-fields.js';
import { LabelledSection } from '../../../../ui/section.js';
import { LANGUAGE_ROWS, LanguageRows, useLabels } from '../../shared/index.js';
import { GENDERS, PROFILE_LIMITS } from '../schemas.js';

/**
 * The applicant's profile form: the public face companies see under the pseudonym, and — in a
 * clearly separate section — the personal part that is stored apart and never used for matching.
 */
export function ProfilePage({
  pseudonym,
  values,
  errors,
}: {
  pseudonym: string | null;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { t, i18n } = usePage();
  const labels = useLabels();
  const lang = i18n.locale.code;
  const f = (name: string) => t(`matching_core.profile_fields.${name}`);
  const choose = t('matching_core.form.choose');
  return (
    <div class="kern-stack vr-matching-profile">
      <PageHeading>{t('matching_core.profile.title')}</PageHeading>
      <p class="kern-body">
        {pseudonym ? t('matching_core.profile.pseudonym', { pseudonym }) : t('matching_core.profile.intro')}
      </p>
      {pseudonym ? (
        <p>
          <a class="kern-link" href={href(lang, '/profil/passende-stellen')}>
            {t('matching_core.profile.matches_link')}
          </a>
        </p>
      ) : null}
      <Form action={href(lang, '/profil')}>
        <ErrorSummary errors={errors} />
        <LabelledSection id="profile-public" heading={t('matching_core.profile.public_heading')}>
          <p class="kern-body">{t('matching_core.profile.public_intro')}</p>
          {Array.from({ length: PROFILE_LIMITS.interests }, (_, i) => i + 1).map((n) => (
            <SelectField
              key={n}
              name={`interest_${n}`}
              label={t('matching_core.profile_fields.interest_n', { n })}
              required={n === 1}
              value={valueOf(values, `interest_${n}`)}
              errors={errors}
              emptyLabel={choose}
              options={labels.occupationOptions()}
            />
          ))}
          <SelectField
            name="certificate"
            label={f('certificate')}
            hint={f('certificate_hint')}
            required
            value={valueOf(values, 'certificate')}
            errors={errors}
            emptyLabel={choose}
            options={labels.certificateOptions()}
          />
          <TextField
            name="foreign_certificate"
            label={f('foreign_certificate')}
            hint={f('foreign_certificate_hint')}
            value={valueOf(values, 'foreign_certificate')}
            errors={errors}
            maxLength={PROFILE_LIMITS.foreignCertificate}
          />
          <SelectField
            name="recognition_status"
            label={f('recognition_status')}
            value={valueOf(values, 'recognition_status')}
            errors={errors}
            emptyLabel={choose}
            options={RECOGNITION_STATUSES.map((s) => ({ value: s, label: t(`matching_core.recognition.${s}`) }))}
          />
          <LanguageRows
            rows={LANGUAGE_ROWS}
            values={values}
            errors={errors}
            legend={f('languages')}
            hint={f('languages_hint')}
          />
          <TextArea
            name="experience_abroad"
            label={f('experience_abroad')}
            value={valueOf(values, 'experience_abroad')}
            errors={errors}
            maxLength={PROFILE_LIMITS.potential}
            rows={4}
          />
          <TextArea
            name="intercultural"
            label={f('intercultural')}
            value={valueOf(values, 'intercultural')}
            errors={errors}
            maxLength={PROFILE_LIMITS.potential}
            rows={4}
          />
          <TextArea
            name="volunteering"
            label={f('volunteering')}
            value={valueOf(values, 'volunteering')}
            errors={errors}
            maxLength={PROFILE_LIMITS.potential}
            rows={4}
          />
          <TextArea
            name="strengths"
            label={f('strengths')}
            hint={f('strengths_hint')}
            value={valueOf(values, 'strengths')}
            errors={errors}
            maxLength={PROFILE_LIMITS.potential}
            rows={4}
          />
          <TextField
            name="postcode"
            label={f('postcode')}
            hint={f('postcode_hint')}
            required
            value={valueOf(values, 'postcode')}
            errors={errors}
            maxLength={5}
            inputMode="numeric"
            autocomplete="postal-code"
          />
          <TextField
            name="travel_km"
            label={f('travel_km')}
            required
            value={valueOf(values, 'travel_km')}
            errors={errors}
            maxLength={3}
            inputMode="numeric"
          />
          <TextField
            name="available_from"
            type="date"
            label={f('available_from')}
            required
            value={valueOf(values, 'available_from')}
            errors={errors}
          />
          <CheckboxGroup
            name="preferred_cities"
            legend={f('preferred_cities')}
            values={values}
            errors={errors}
            options={CITIES.map((c) => ({ value: c, label: labels.city(c) }))}
          />
          <div class="kern-form-check">
            <input
              class="kern-form-check__checkbox"
              type="checkbox"
              id="field-is_active"
              name="is_active"
              checked={valueOf(values, 'is_active') === 'on'}
            />
            <label class="kern-label" for="field-is_active">
              {f('is_active')}
            </label>
          </div>
        </LabelledSection>
        <LabelledSection id="profile-personal" heading={t('matching_core.profile.personal_heading')}>
          <p class="kern-body">{t('matching_core.profile.personal_intro')}</p>
          <TextField
            name="full_name"
            label={f('full_name')}
            required
            value={valueOf(values, 'full_name')}
            errors={errors}
            maxLength={PROFILE_LIMITS.fullName}
            autocomplete="name"
          />
          <TextField
            name="birth_date"
            type="date"
            label={f('birth_date')}
            value={valueOf(values, 'birth_date')}
            errors={errors}
            autocomplete="bday"
          />
          <SelectField
            name="gender"
            label={f('gender')}
            value={valueOf(values, 'gender')}
            errors={errors}
            emptyLabel={choose}
            options={GENDERS.map((g) => ({ value: g, label: t(`matching_core.genders.${g}`) }))}
          />
          <TextField
            name="nationality"
            label={f('nationality')}
            value={valueOf(values, 'nationality')}
            errors={errors}
            maxLength={PROFILE_LIMITS.nationality}
          />
          <TextField
            name="address"
            label={f('address')}
            value={valueOf(values, 'address')}
            errors={errors}
            maxLength={PROFILE_LIMITS.address}
            autocomplete="address-line1"
          />
          <TextField
            name="phone"
            type="tel"
            label={f('phone')}
            value={valueOf(values, 'phone')}
            errors={errors}
            maxLength={PROFILE_LIMITS.phone}
            autocomplete="tel"
          />
          <TextField
            name="contact_email"
            type="email"
            label={f('contact_email')}
            value={valueOf(values, 'contact_email')}
            errors={errors}
            autocomplete="email"
          />
          <SelectField
            name="migration_history"
            label={f('migration_history')}
            hint={f('migration_history_hint')}
            value={valueOf(values, 'migration_history')}
            errors={errors}
            emptyLabel={t('matching_core.profile.no_answer')}
            options={[
              { value: 'yes', label: t('matching_core.profile.yes') },
              { value: 'no', label: t('matching_core.profile.no') },
            ]}
          />
        </LabelledSection>
        <SubmitButton label={t('matching_core.profile.save')} />
      </Form>
    </div>
  );
}
