import type { FieldErrors } from '../../../../core/errors.js';
import { usePage } from '../../../../core/http/page-context.js';
import { RadioGroup, valueOf, type FormValues } from '../../../../ui/choice-fields.js';
import { TextField } from '../../../../ui/form.js';
import { FACT_LIMITS, TRAINING_YEARS } from '../facts-schema.js';

interface FieldsProps {
  values: FormValues;
  errors: FieldErrors | undefined;
}

/** Training pay per training year, weekly hours, part-time training and the vocational school. */
export function PositionFactFields({ values, errors }: FieldsProps) {
  const { t } = usePage();
  const p = (name: string) => t(`matching_positions.fields.${name}`);
  return (
    <>
      <fieldset class="kern-fieldset vr-position-pay-fields">
        <legend class="kern-label">{p('training_pay')}</legend>
        <div class="kern-hint">{p('training_pay_hint')}</div>
        {TRAINING_YEARS.map((year) => (
          <TextField
            key={year}
            name={`pay_year_${year}`}
            label={t('matching_positions.fields.pay_year', { year })}
            value={valueOf(values, `pay_year_${year}`)}
            errors={errors}
            maxLength={5}
            inputMode="numeric"
          />
        ))}
      </fieldset>
      <TextField
        name="weekly_hours"
        label={p('weekly_hours')}
        hint={p('weekly_hours_hint')}
        value={valueOf(values, 'weekly_hours')}
        errors={errors}
        maxLength={2}
        inputMode="numeric"
      />
      <RadioGroup
        name="part_time_possible"
        legend={p('part_time')}
        hint={p('part_time_hint')}
        values={values}
        errors={errors}
        options={[
          { value: 'yes', label: p('part_time_yes') },
          { value: 'no', label: p('part_time_no') },
        ]}
      />
      <TextField
        name="school_name"
        label={p('school_name')}
        hint={p('school_name_hint')}
        value={valueOf(values, 'school_name')}
        errors={errors}
        maxLength={FACT_LIMITS.school}
      />
      <TextField
        name="school_place"
        label={p('school_place')}
        value={valueOf(values, 'school_place')}
        errors={errors}
        maxLength={FACT_LIMITS.school}
      />
    </>
  );
}

/** The contact person; the hint tells the company who will see it and when. */
export function ContactFields({ values, errors }: FieldsProps) {
  const { t } = usePage();
  const p = (name: string) => t(`matching_positions.fields.${name}`);
  return (
    <fieldset class="kern-fieldset vr-position-contact-fields">
      <legend class="kern-label">{p('contact')}</legend>
      <div class="kern-hint">{p('contact_hint')}</div>
      <TextField
        name="contact_name"
        label={p('contact_name')}
        value={valueOf(values, 'contact_name')}
        errors={errors}
        maxLength={FACT_LIMITS.contactName}
        autocomplete="off"
      />
      <TextField
        name="contact_role"
        label={p('contact_role')}
        value={valueOf(values, 'contact_role')}
        errors={errors}
        maxLength={FACT_LIMITS.contactRole}
      />
      <TextField
        name="contact_phone"
        type="tel"
        label={p('contact_phone')}
        value={valueOf(values, 'contact_phone')}
        errors={errors}
        maxLength={FACT_LIMITS.phone}
        autocomplete="off"
      />
      <TextField
        name="contact_email"
        type="email"
        label={p('contact_email')}
        value={valueOf(values, 'contact_email')}
        errors={errors}
        maxLength={FACT_LIMITS.email}
        autocomplete="off"
      />
    </fieldset>
  );
}
