import type { FieldErrors } from '../../../../core/errors.js';
import { usePage } from '../../../../core/http/page-context.js';
import { POSITION_BENEFITS, POSITION_KINDS } from '../../tables.js';
import { ErrorSummary, Form, SelectField, SubmitButton, TextArea, TextField } from '../../../../ui/form.js';
import { CheckboxGroup, valueOf, type FormValues } from '../../../../ui/choice-fields.js';
import { LANGUAGE_ROWS, LanguageRows, useLabels } from '../../shared/index.js';
import { POSITION_LIMITS } from '../schemas.js';
import { ContactFields, PositionFactFields } from './position-fact-fields.js';

/** The position form, for a new position and for editing one. */
export function PositionForm({
  action,
  values,
  errors,
  submitLabel,
}: {
  action: string;
  values: FormValues;
  errors?: FieldErrors | undefined;
  submitLabel: string;
}) {
  const { t } = usePage();
  const labels = useLabels();
  const f = (name: string) => t(`matching_core.position_fields.${name}`);
  const p = (name: string) => t(`matching_positions.fields.${name}`);
  return (
    <Form action={action}>
      <ErrorSummary errors={errors} />
      <SelectField
        name="kind"
        label={f('kind')}
        required
        value={valueOf(values, 'kind')}
        errors={errors}
        emptyLabel={t('matching_core.form.choose')}
        options={POSITION_KINDS.map((kind) => ({ value: kind, label: t(`matching_core.kinds.${kind}`) }))}
      />
      <SelectField
        name="occupation_id"
        label={f('occupation')}
        hint={t('matching_core.position_fields.occupation_hint')}
        required
        value={valueOf(values, 'occupation_id')}
        errors={errors}
        emptyLabel={t('matching_core.form.choose')}
        options={labels.occupationOptions()}
      />
      <TextField
        name="title"
        label={f('title')}
        required
        value={valueOf(values, 'title')}
        errors={errors}
        maxLength={POSITION_LIMITS.title}
      />
      <TextArea
        name="description"
        label={f('description')}
        value={valueOf(values, 'description')}
        errors={errors}
        maxLength={POSITION_LIMITS.description}
        rows={4}
      />
      <TextField
        name="postcode"
        label={f('postcode')}
        hint={t('matching_core.position_fields.postcode_hint')}
        required
        value={valueOf(values, 'postcode')}
        errors={errors}
        maxLength={5}
        inputMode="numeric"
        autocomplete="postal-code"
      />
      <TextField
        name="address"
        label={f('address')}
        value={valueOf(values, 'address')}
        errors={errors}
        maxLength={POSITION_LIMITS.address}
        autocomplete="address-line1"
      />
      <TextField
        name="starts_on"
        type="date"
        label={f('starts_on')}
        required
        value={valueOf(values, 'starts_on')}
        errors={errors}
      />
      <PositionFactFields values={values} errors={errors} />
      <TextField
        name="places"
        label={f('places')}
        required
        value={valueOf(values, 'places')}
        errors={errors}
        maxLength={3}
        inputMode="numeric"
      />
      <SelectField
        name="required_certificate"
        label={f('required_certificate')}
        required
        value={valueOf(values, 'required_certificate')}
        errors={errors}
        emptyLabel={t('matching_core.form.choose')}
        options={labels.certificateOptions()}
      />
      <LanguageRows
        rows={LANGUAGE_ROWS}
        values={values}
        errors={errors}
        legend={f('languages')}
        hint={t('matching_core.position_fields.languages_hint')}
      />
      <CheckboxGroup
        name="benefits"
        legend={f('benefits')}
        values={values}
        errors={errors}
        options={POSITION_BENEFITS.filter((benefit) => benefit !== 'part_time').map((benefit) => ({
          value: benefit,
          label: t(`matching_core.benefits.${benefit}`),
        }))}
      />
      <TextArea
        name="offer_text"
        label={p('offer_text')}
        hint={p('offer_text_hint')}
        value={valueOf(values, 'offer_text')}
        errors={errors}
        maxLength={POSITION_LIMITS.offerText}
        rows={3}
      />
      <TextField
        name="deadline"
        type="date"
        label={f('deadline')}
        hint={t('matching_core.position_fields.deadline_hint')}
        required
        value={valueOf(values, 'deadline')}
        errors={errors}
      />
      <ContactFields values={values} errors={errors} />
      <SubmitButton label={submitLabel} />
    </Form>
  );
}
