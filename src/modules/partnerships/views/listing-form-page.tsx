import type { FieldErrors } from '../../../core/errors.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { CheckboxGroup, valueOf, type FormValues } from '../../../ui/choice-fields.js';
import { ErrorSummary, Form, PageHeading, SubmitButton, TextArea, TextField } from '../../../ui/form.js';
import { GRADES, MONTHS, PARTNERSHIP_LIMITS } from '../schemas.js';
import type { ListingSide } from '../tables.js';
import { useLabels } from './labels.js';

/** A school's Gesuch or a company's Angebot: one form, with the fields of the side. */
export function ListingFormPage({
  side,
  values,
  errors,
}: {
  side: ListingSide;
  values: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { t, i18n } = usePage();
  const labels = useLabels();
  const key = (name: string) => `partnerships.listing_form.${name}_${side}`;
  return (
    <div class="kern-stack">
      <PageHeading id="listing-form-title">{t(key('title'))}</PageHeading>
      <p class="kern-body">{t(key('lead'))}</p>
      <ErrorSummary errors={errors} />
      <Form action={href(i18n.locale.code, '/bildungspartnerschaften/eintrag')} labelledBy="listing-form-title">
        <CheckboxGroup
          name="activities"
          legend={t(key('activities'))}
          options={labels.activityOptions}
          values={values}
          errors={errors}
          required
        />
        {side === 'school' ? (
          <CheckboxGroup
            name="grades"
            legend={t('partnerships.listing_form.grades')}
            options={GRADES.map((grade) => ({ value: grade, label: t('partnerships.labels.grade', { grade }) }))}
            values={values}
            errors={errors}
            required
          />
        ) : null}
        <TextField
          name="pupils"
          type="number"
          min={1}
          max={PARTNERSHIP_LIMITS.maxPupils}
          label={t(key('pupils'))}
          hint={t(key('pupils_hint'))}
          value={valueOf(values, 'pupils')}
          errors={errors}
          required
        />
        <CheckboxGroup
          name="months"
          legend={t(key('months'))}
          options={MONTHS.map((month) => ({ value: month, label: labels.monthName(Number(month)) }))}
          values={values}
          errors={errors}
          required
        />
        <TextField
          name="postcode"
          label={t('partnerships.listing_form.postcode')}
          hint={t(key('postcode_hint'))}
          value={valueOf(values, 'postcode')}
          inputMode="numeric"
          autocomplete="postal-code"
          maxLength={5}
          errors={errors}
          required
        />
        {side === 'company' ? (
          <TextField
            name="occupations"
            label={t('partnerships.listing_form.occupations')}
            hint={t('partnerships.listing_form.occupations_hint')}
            value={valueOf(values, 'occupations')}
            maxLength={PARTNERSHIP_LIMITS.occupations}
            errors={errors}
          />
        ) : null}
        <TextArea
          name="note"
          label={t('partnerships.listing_form.note')}
          hint={t(key('note_hint'))}
          value={valueOf(values, 'note')}
          maxLength={PARTNERSHIP_LIMITS.note}
          errors={errors}
          rows={4}
        />
        <SubmitButton label={t(key('submit'))} />
      </Form>
    </div>
  );
}
