import type { FieldErrors } from '../../../../core/errors.js';
import { usePage } from '../../../../core/http/page-context.js';
import { POSITION_BENEFITS, POSITION_KINDS } from '../../../../core/db/schema.js';
import { ErrorSummary, Form, SubmitButton } from '../../../../ui/form.js';
import { LANGUAGE_ROWS } from '../../ranking/inputs.js';
import { POSITION_LIMITS } from '../schemas.js';
import { Area, Checkboxes, Input, LanguageRows, Select, many, one, useLabels, type Values } from './fields.js';

/** The position form, for a new position and for editing one. */
export function PositionForm({ action, values, errors, submitLabel }: { action: string; values: Values; errors?: FieldErrors | undefined; submitLabel: string }) {
  const { t } = usePage();
  const labels = useLabels();
  const f = (name: string) => t(`matching_core.position_fields.${name}`);
  return (
    <Form action={action}>
      <ErrorSummary errors={errors} />
      <Select name="kind" label={f('kind')} required value={one(values, 'kind')} errors={errors} emptyLabel={t('matching_core.form.choose')}
        options={POSITION_KINDS.map((kind) => ({ value: kind, label: t(`matching_core.kinds.${kind}`) }))} />
      <Select name="occupation_id" label={f('occupation')} hint={t('matching_core.position_fields.occupation_hint')} required value={one(values, 'occupation_id')} errors={errors}
        emptyLabel={t('matching_core.form.choose')} options={labels.occupationOptions()} />
      <Input name="title" label={f('title')} required value={one(values, 'title')} errors={errors} maxLength={POSITION_LIMITS.title} />
      <Area name="description" label={f('description')} value={one(values, 'description')} errors={errors} maxLength={POSITION_LIMITS.description} />
      <Input name="postcode" label={f('postcode')} hint={t('matching_core.position_fields.postcode_hint')} required value={one(values, 'postcode')} errors={errors} maxLength={5} inputMode="numeric" autocomplete="postal-code" />
      <Input name="address" label={f('address')} value={one(values, 'address')} errors={errors} maxLength={POSITION_LIMITS.address} autocomplete="street-address" />
      <Input name="starts_on" type="date" label={f('starts_on')} required value={one(values, 'starts_on')} errors={errors} />
      <Input name="places" label={f('places')} required value={one(values, 'places')} errors={errors} maxLength={3} inputMode="numeric" />
      <Select name="required_certificate" label={f('required_certificate')} required value={one(values, 'required_certificate')} errors={errors}
        emptyLabel={t('matching_core.form.choose')} options={labels.certificateOptions()} />
      <LanguageRows rows={LANGUAGE_ROWS} values={values} errors={errors} legend={f('languages')} hint={t('matching_core.position_fields.languages_hint')} />
      <Checkboxes name="benefits" label={f('benefits')} values={many(values, 'benefits')} errors={errors}
        options={POSITION_BENEFITS.map((benefit) => ({ value: benefit, label: t(`matching_core.benefits.${benefit}`) }))} />
      <Input name="deadline" type="date" label={f('deadline')} hint={t('matching_core.position_fields.deadline_hint')} required value={one(values, 'deadline')} errors={errors} />
      <SubmitButton label={submitLabel} />
    </Form>
  );
}
