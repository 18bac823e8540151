import type { FieldErrors } from '../../../../core/errors.js';
import { usePage } from '../../../../core/http/page-context.js';
import { fieldId } from '../../../../ui/form.js';

/** A posted form as it came: one value per field, or several for a checkbox group. */
export type FormValues = Record<string, string | string[]>;

export const valueOf = (values: FormValues, name: string): string => {
  const value = values[name];
  return typeof value === 'string' ? value : '';
};

export const listOf = (values: FormValues, name: string): string[] => {
  const value = values[name];
  return Array.isArray(value) ? value : typeof value === 'string' && value !== '' ? [value] : [];
};

/** Every field of a posted form with its value(s), for showing the form again after a problem. */
export function postedValues(body: unknown): FormValues {
  const values: FormValues = {};
  if (!body || typeof body !== 'object') return values;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key === '_csrf') continue;
    if (typeof value === 'string') values[key] = value.slice(0, 10000);
    else if (Array.isArray(value)) values[key] = value.filter((item): item is string => typeof item === 'string').slice(0, 50);
  }
  return values;
}

function FieldError({ id, error }: { id: string; error: FieldErrors[string] | undefined }) {
  const { t } = usePage();
  if (!error) return null;
  return (
    <p class="kern-error" id={`${id}-error`}>
      <span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
      <span class="kern-body">{t(error.key, error.values)}</span>
    </p>
  );
}

export interface CheckboxGroupProps {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  values: FormValues;
  errors?: FieldErrors | undefined;
  hint?: string | undefined;
  required?: boolean;
  idPrefix?: string;
}

/** Checkboxes in a fieldset; the fieldset carries the id the error summary links to. */
export function CheckboxGroup(props: CheckboxGroupProps) {
  const { t } = usePage();
  const id = fieldId(props.name, props.idPrefix);
  const error = props.errors?.[props.name];
  const checked = new Set(listOf(props.values, props.name));
  const describedBy = [props.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset class={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`} id={id} aria-describedby={describedBy} tabIndex={-1}>
      <legend class="kern-label">
        {props.legend}
        {props.required ? null : <span class="kern-label__optional"> {t('form.optional')}</span>}
      </legend>
      {props.hint ? <div class="kern-hint" id={`${id}-hint`}>{props.hint}</div> : null}
      <FieldError id={id} error={error} />
      <div class="kern-fieldset__body vr-mentoring-choices">
        {props.options.map((option) => (
          <div class="kern-form-check" key={option.value}>
            <input class="kern-form-check__checkbox" type="checkbox" id={`${id}-${option.value}`} name={props.name} value={option.value} checked={checked.has(option.value)} />
            <label class="kern-label" for={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** Radio buttons in a fieldset, for one required choice among a few. */
export function RadioGroup(props: CheckboxGroupProps) {
  const id = fieldId(props.name, props.idPrefix);
  const error = props.errors?.[props.name];
  const selected = valueOf(props.values, props.name);
  const describedBy = [props.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset class={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`} id={id} aria-describedby={describedBy} tabIndex={-1}>
      <legend class="kern-label">{props.legend}</legend>
      {props.hint ? <div class="kern-hint" id={`${id}-hint`}>{props.hint}</div> : null}
      <FieldError id={id} error={error} />
      <div class="kern-fieldset__body vr-mentoring-choices">
        {props.options.map((option) => (
          <div class="kern-form-check" key={option.value}>
            <input class="kern-form-check__radio" type="radio" id={`${id}-${option.value}`} name={props.name} value={option.value} checked={selected === option.value} required />
            <label class="kern-label" for={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export interface InputFieldProps {
  name: string;
  label: string;
  value: string;
  errors?: FieldErrors | undefined;
  hint?: string | undefined;
  required?: boolean;
  type?: 'text' | 'date' | 'number';
  idPrefix?: string;
  maxLength?: number;
  min?: number;
  max?: number;
  multiline?: boolean;
}

/** One labelled input or text area with hint and error; ids carry the prefix when two forms share a page. */
export function InputField(props: InputFieldProps) {
  const { t } = usePage();
  const id = fieldId(props.name, props.idPrefix);
  const error = props.errors?.[props.name];
  const describedBy = [props.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: props.name,
    required: props.required,
    maxLength: props.maxLength,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
  };
  return (
    <div class={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={id}>
        {props.label}
        {props.required ? null : <span class="kern-label__optional"> {t('form.optional')}</span>}
      </label>
      {props.hint ? <div class="kern-hint" id={`${id}-hint`}>{props.hint}</div> : null}
      <FieldError id={id} error={error} />
      {props.multiline ? (
        <textarea {...common} class={`kern-form-input__input vr-textarea${error ? ' kern-form-input__input--error' : ''}`} rows={5} dir="auto">
          {props.value}
        </textarea>
      ) : (
        <input
          {...common}
          class={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
          type={props.type ?? 'text'}
          value={props.value}
          min={props.min}
          max={props.max}
          inputMode={props.type === 'number' ? 'numeric' : undefined}
          dir={props.type === 'text' || props.type === undefined ? 'auto' : undefined}
        />
      )}
    </div>
  );
}

/** A form with one button and nothing to fill in (close, withdraw, resolve). */
export function ButtonForm({ action, label, variant = 'secondary' }: { action: string; label: string; variant?: 'primary' | 'secondary' | 'tertiary' }) {
  const { csrfToken } = usePage();
  return (
    <form method="post" action={action} class="vr-inline-form">
      <input type="hidden" name="_csrf" value={csrfToken} />
      <button type="submit" class={`kern-btn kern-btn--${variant} kern-btn--small`}>
        <span class="kern-label">{label}</span>
      </button>
    </form>
  );
}

export interface SelectInputProps {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  value: string;
  errors?: FieldErrors | undefined;
  idPrefix?: string;
}

/** A required select whose id carries a prefix, for several such forms on one page. */
export function SelectInput(props: SelectInputProps) {
  const id = fieldId(props.name, props.idPrefix);
  const error = props.errors?.[props.name];
  return (
    <div class={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={id}>{props.label}</label>
      <FieldError id={id} error={error} />
      <div class="kern-form-input__select-wrapper">
        <select
          class={`kern-form-input__select${error ? ' kern-form-input__select--error' : ''}`}
          id={id}
          name={props.name}
          required
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value} selected={option.value === props.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
