import type { EntryKind } from '../../tables.js';
import type { FieldErrors } from '../../../../core/errors.js';
import type { FormValues } from '../../../../core/http/forms.js';
import { usePage } from '../../../../core/http/page-context.js';
import { LIMITS } from '../../../../core/limits.js';
import { TextArea, TextField } from '../../../../ui/form.js';
import { CheckboxGroup, RadioGroup, listOf, valueOf } from '../../../../ui/choice-fields.js';
import { ENTRY_LIMITS } from '../schemas.js';

import { useEntryOptions } from './entry-options.js';

/** The fields only one kind of entry has (an actor's addresses, a project's goals, an event's dates, ...). */
export function KindFields({
  kind,
  values,
  errors,
}: {
  kind: EntryKind;
  values: FormValues;
  errors: FieldErrors | undefined;
}) {
  const { t } = usePage();
  const options = useEntryOptions();
  const f = (name: string) => t(`catalogue_entries.fields.${name}`);
  const lines = t('catalogue_entries.form.one_per_line');
  switch (kind) {
    case 'offer':
      return null;
    case 'actor':
      return (
        <>
          <TextArea
            name="addresses"
            label={f('addresses')}
            hint={lines}
            value={valueOf(values, 'addresses')}
            errors={errors}
            rows={4}
            maxLength={ENTRY_LIMITS.text}
          />
          <TextArea
            name="areas_of_responsibility"
            label={f('areas_of_responsibility')}
            hint={lines}
            value={valueOf(values, 'areas_of_responsibility')}
            errors={errors}
            rows={4}
            maxLength={ENTRY_LIMITS.text}
          />
        </>
      );
    case 'project':
      return (
        <>
          <RadioGroup
            name="project_status"
            legend={f('project_status')}
            options={options.statuses}
            values={values}
            errors={errors}
            required
          />
          <TextArea
            name="goals"
            label={f('goals')}
            hint={lines}
            value={valueOf(values, 'goals')}
            errors={errors}
            rows={4}
            required
            maxLength={ENTRY_LIMITS.text}
          />
          <TextArea
            name="partners"
            label={f('partners')}
            hint={lines}
            value={valueOf(values, 'partners')}
            errors={errors}
            rows={3}
            maxLength={ENTRY_LIMITS.text}
          />
          <TextField
            name="funding"
            label={f('funding')}
            value={valueOf(values, 'funding')}
            errors={errors}
            maxLength={ENTRY_LIMITS.text}
          />
          <TextField
            name="period_from"
            type="date"
            label={f('period_from')}
            value={valueOf(values, 'period_from')}
            errors={errors}
          />
          <TextField
            name="period_until"
            type="date"
            label={f('period_until')}
            value={valueOf(values, 'period_until')}
            errors={errors}
          />
          <TextArea
            name="results"
            label={f('results')}
            hint={t('catalogue_entries.form.results_hint')}
            value={valueOf(values, 'results')}
            errors={errors}
            rows={4}
            maxLength={ENTRY_LIMITS.text}
          />
          <CheckboxGroup
            name="adopted_cities"
            legend={f('adopted_cities')}
            hint={t('catalogue_entries.form.adopted_cities_hint')}
            options={options.cities}
            values={values}
            errors={errors}
          />
        </>
      );
    case 'funding': {
      const deadlines = listOf(values, 'deadlines');
      return (
        <>
          <TextField
            name="funder"
            label={f('funder')}
            value={valueOf(values, 'funder')}
            errors={errors}
            required
            maxLength={ENTRY_LIMITS.shortText}
          />
          <TextArea
            name="purpose"
            label={f('purpose')}
            value={valueOf(values, 'purpose')}
            errors={errors}
            rows={3}
            required
            maxLength={ENTRY_LIMITS.text}
          />
          <TextField
            name="amount_min"
            type="number"
            label={f('amount_min')}
            hint={t('catalogue_entries.form.euro_hint')}
            value={valueOf(values, 'amount_min')}
            errors={errors}
          />
          <TextField
            name="amount_max"
            type="number"
            label={f('amount_max')}
            hint={t('catalogue_entries.form.euro_hint')}
            value={valueOf(values, 'amount_max')}
            errors={errors}
          />
          {Array.from({ length: ENTRY_LIMITS.deadlines }, (_, index) => (
            <TextField
              key={index}
              name="deadlines"
              fieldKey={index === 0 ? 'deadlines' : `deadlines-${index + 1}`}
              type="date"
              label={t('catalogue_entries.fields.deadline_n', { n: index + 1 })}
              value={deadlines[index] ?? ''}
              errors={index === 0 ? errors : undefined}
            />
          ))}
          <TextArea
            name="eligibility"
            label={f('eligibility')}
            value={valueOf(values, 'eligibility')}
            errors={errors}
            rows={3}
            maxLength={ENTRY_LIMITS.text}
          />
        </>
      );
    }
    case 'knowledge':
      return (
        <RadioGroup
          name="knowledge_type"
          legend={f('knowledge_type')}
          options={options.knowledge}
          values={values}
          errors={errors}
          required
        />
      );
    case 'event':
      return (
        <>
          <TextField
            name="starts_at"
            type="datetime-local"
            label={f('starts_at')}
            hint={t('catalogue_entries.form.local_time_hint')}
            value={valueOf(values, 'starts_at')}
            errors={errors}
            required
          />
          <TextField
            name="ends_at"
            type="datetime-local"
            label={f('ends_at')}
            value={valueOf(values, 'ends_at')}
            errors={errors}
          />
          <TextField
            name="place_address"
            label={f('place_address')}
            hint={t('catalogue_entries.form.place_or_link_hint')}
            value={valueOf(values, 'place_address')}
            errors={errors}
            maxLength={ENTRY_LIMITS.text}
          />
          <TextField
            name="online_url"
            type="url"
            label={f('online_url')}
            value={valueOf(values, 'online_url')}
            errors={errors}
            maxLength={LIMITS.url}
          />
          <TextField
            name="capacity"
            type="number"
            label={f('capacity')}
            hint={t('catalogue_entries.form.capacity_hint')}
            value={valueOf(values, 'capacity')}
            errors={errors}
          />
        </>
      );
  }
}
