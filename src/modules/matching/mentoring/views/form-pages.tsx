import type { FieldErrors } from '../../../../core/errors.js';
import { href, usePage } from '../../../../core/http/page-context.js';
import type { MentorshipAudience } from '../../tables.js';
import {
  ErrorSummary,
  Form,
  PageHeading,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../../ui/form.js';
import { CheckboxGroup, RadioGroup, valueOf, type FormValues } from '../../../../ui/choice-fields.js';
import { MENTORING_LIMITS } from '../schemas.js';
import { cityOptions, companyFocusOptions, languageOptions, personFocusOptions } from './labels.js';

interface FormPageProps {
  audience: MentorshipAudience;
  values: FormValues;
  errors?: FieldErrors | undefined;
}

const PATHS = {
  offer: { person: '/mentoring/angebot', company: '/mentoring/unternehmen/angebot' },
  request: { person: '/mentoring/anfrage', company: '/mentoring/unternehmen/anfrage' },
} as const;

/** A mentor's offer: focus, capacity, cities and languages, a short note. */
export function OfferFormPage({ audience, values, errors }: FormPageProps) {
  const { t, i18n } = usePage();
  const prefix = `matching_mentoring.offer_form.${audience}`;
  return (
    <div class="kern-stack vr-mentoring">
      <PageHeading id="offer-title">{t(`${prefix}.title`)}</PageHeading>
      <p class="kern-body">{t(`${prefix}.lead`)}</p>
      <ErrorSummary errors={errors} />
      <Form action={href(i18n.locale.code, PATHS.offer[audience])} labelledBy="offer-title">
        <CheckboxGroup
          name="focus"
          legend={t('matching_mentoring.fields.focus_offer')}
          options={audience === 'person' ? personFocusOptions(t) : companyFocusOptions(t)}
          values={values}
          errors={errors}
          required
        />
        <TextField
          name="capacity"
          type="number"
          label={t('matching_mentoring.fields.capacity')}
          hint={t('matching_mentoring.fields.capacity_hint', { max: MENTORING_LIMITS.maxCapacity })}
          value={valueOf(values, 'capacity') || '1'}
          min={1}
          max={MENTORING_LIMITS.maxCapacity}
          errors={errors}
          required
        />
        <CheckboxGroup
          name="cities"
          legend={t('matching_mentoring.fields.cities')}
          hint={t('matching_mentoring.fields.cities_hint')}
          options={cityOptions(t)}
          values={values}
          errors={errors}
        />
        <CheckboxGroup
          name="languages"
          legend={t('matching_mentoring.fields.languages_offer')}
          options={languageOptions(t)}
          values={values}
          errors={errors}
        />
        <TextArea
          name="note"
          label={t('matching_mentoring.fields.note_offer')}
          hint={t('matching_mentoring.fields.note_hint')}
          value={valueOf(values, 'note')}
          maxLength={MENTORING_LIMITS.note}
          errors={errors}
          rows={5}
        />
        <p class="kern-body">{t('matching_mentoring.offer_form.contact_notice')}</p>
        <SubmitButton label={t('matching_mentoring.offer_form.submit')} />
      </Form>
    </div>
  );
}

/** A request for a mentor: one focus, city, languages and a short note. */
export function RequestFormPage({ audience, values, errors }: FormPageProps) {
  const { t, i18n } = usePage();
  const prefix = `matching_mentoring.request_form.${audience}`;
  return (
    <div class="kern-stack vr-mentoring">
      <PageHeading id="request-title">{t(`${prefix}.title`)}</PageHeading>
      <p class="kern-body">{t(`${prefix}.lead`)}</p>
      <ErrorSummary errors={errors} />
      <Form action={href(i18n.locale.code, PATHS.request[audience])} labelledBy="request-title">
        <RadioGroup
          name="focus"
          legend={t('matching_mentoring.fields.focus_request')}
          options={audience === 'person' ? personFocusOptions(t) : companyFocusOptions(t)}
          values={values}
          errors={errors}
          required
        />
        <SelectField
          name="city"
          label={t('matching_mentoring.fields.city')}
          options={[{ value: '', label: t('matching_mentoring.fields.city_any') }, ...cityOptions(t)]}
          value={valueOf(values, 'city')}
          errors={errors}
        />
        <CheckboxGroup
          name="languages"
          legend={t('matching_mentoring.fields.languages_request')}
          options={languageOptions(t)}
          values={values}
          errors={errors}
        />
        <TextArea
          name="note"
          label={t('matching_mentoring.fields.note_request')}
          hint={t('matching_mentoring.fields.note_hint')}
          value={valueOf(values, 'note')}
          maxLength={MENTORING_LIMITS.note}
          errors={errors}
          rows={5}
        />
        <p class="kern-body">{t('matching_mentoring.request_form.contact_notice')}</p>
        <SubmitButton label={t('matching_mentoring.request_form.submit')} />
      </Form>
    </div>
  );
}

/** "Ausbildungsabbruch verhindern": a confidential request for help. */
export function HelpFormPage({ values, errors }: { values: FormValues; errors?: FieldErrors | undefined }) {
  const { t, i18n } = usePage();
  return (
    <div class="kern-stack vr-mentoring">
      <PageHeading id="help-title">{t('matching_mentoring.help_form.title')}</PageHeading>
      <p class="kern-body">{t('matching_mentoring.help_form.lead')}</p>
      <div class="kern-alert kern-alert--info" role="note">
        <div class="kern-alert__header">
          <span class="kern-icon kern-icon--info" aria-hidden="true"></span>
          <span class="kern-title">{t('matching_mentoring.help_form.confidential_title')}</span>
        </div>
        <div class="kern-alert__body">
          <p class="kern-body">{t('matching_mentoring.help_form.confidential_text')}</p>
        </div>
      </div>
      <ErrorSummary errors={errors} />
      <Form action={href(i18n.locale.code, '/mentoring/abbruch-verhindern')} labelledBy="help-title">
        <TextArea
          rows={5}
          name="situation"
          label={t('matching_mentoring.fields.situation')}
          hint={t('matching_mentoring.fields.situation_hint')}
          value={valueOf(values, 'situation')}
          maxLength={MENTORING_LIMITS.situation}
          errors={errors}
          required
        />
        <TextField
          name="reachable"
          label={t('matching_mentoring.fields.reachable')}
          hint={t('matching_mentoring.fields.reachable_hint')}
          value={valueOf(values, 'reachable')}
          maxLength={MENTORING_LIMITS.reachable}
          errors={errors}
        />
        <CheckboxGroup
          name="confidential"
          legend={t('matching_mentoring.fields.confidential_legend')}
          options={[{ value: 'on', label: t('matching_mentoring.fields.confidential') }]}
          values={values}
          errors={errors}
          required
        />
        <SubmitButton label={t('matching_mentoring.help_form.submit')} />
      </Form>
    </div>
  );
}
