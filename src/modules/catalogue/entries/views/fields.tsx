import type { FieldErrors } from '../../../../core/errors.js';
import { usePage } from '../../../../core/http/page-context.js';
import type { FormValues } from '../present.js';

export const valueOf = (values: FormValues, name: string): string => {
  const value = values[name];
  return typeof value === 'string' ? value : '';
};
export const listOf = (values: FormValues, name: string): string[] => {
  const value = values[name];
  return Array.isArray(value) ? value : typeof value === 'string' && value !== '' ? [value] : [];
};

function ErrorMessage({ id, errors, errorKey }: { id: string; errors: FieldErrors | undefined; errorKey: string }) {
  const { t } = usePage();
  const error = errors?.[errorKey];
  if (!error) return null;
  return (
    <p class="kern-error" id={`${id}-error`}>
      <span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
      <span class="kern-body">{t(error.key, error.values)}</span>
    </p>
  );
}

export interface FieldProps {
  name: string;
  label: string;
  value?: string;
  errors?: FieldErrors | undefined;
  /** Key of the field in `errors` and in the element id (defaults to the name); unique per page. */
  fieldKey?: string;
  hint?: string | undefined;
  required?: boolean;
  maxLength?: number;
  type?: 'text' | 'email' | 'url' | 'tel' | 'date' | 'datetime-local' | 'number';
  multiline?: boolean;
  rows?: number;
  autocomplete?: string;
  /** Text in German on a page in another language (translations are edited from German). */
  lang?: string;
}

/** One labelled input or text area with hint and error, wired up for screen readers. */
export function Field(props: FieldProps) {
  const { t } = usePage();
  const key = props.fieldKey ?? props.name;
  const id = `field-${key}`;
  const error = props.errors?.[key];
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
      <ErrorMessage id={id} errors={props.errors} errorKey={key} />
      {props.multiline ? (
        <textarea {...common} class={`kern-form-input__input vr-textarea${error ? ' kern-form-input__input--error' : ''}`} rows={props.rows ?? 6} dir="auto">
          {props.value ?? ''}
        </textarea>
      ) : (
        <input
          {...common}
          class={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
          type={props.type ?? 'text'}
          value={props.value ?? ''}
          autocomplete={props.autocomplete}
          dir={props.type === 'text' || props.type === undefined ? 'auto' : undefined}
          inputMode={props.type === 'number' ? 'numeric' : undefined}
        />
      )}
    </div>
  );
}

export interface ChoiceProps {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  values: FormValues;
  errors?: FieldErrors | undefined;
  hint?: string | undefined;
  required?: boolean;
}

/** A group of checkboxes in a fieldset; the fieldset carries the id the error summary links to. */
export function CheckboxGroup(props: ChoiceProps) {
  const { t } = usePage();
  const id = `field-${props.name}`;
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
      <ErrorMessage id={id} errors={props.errors} errorKey={props.name} />
      <div class="kern-fieldset__body vr-entries-choices">
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

/** A group of radio buttons (one choice; "not stated" where the choice is optional). */
export function RadioGroup(props: ChoiceProps) {
  const { t } = usePage();
  const id = `field-${props.name}`;
  const error = props.errors?.[props.name];
  const current = valueOf(props.values, props.name);
  const options = props.required ? props.options : [{ value: '', label: t('catalogue_entries.form.not_stated') }, ...props.options];
  return (
    <fieldset class={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`} id={id} aria-describedby={error ? `${id}-error` : undefined} tabIndex={-1}>
      <legend class="kern-label">
        {props.legend}
        {props.required ? null : <span class="kern-label__optional"> {t('form.optional')}</span>}
      </legend>
      <ErrorMessage id={id} errors={props.errors} errorKey={props.name} />
      <div class="kern-fieldset__body kern-fieldset__body--horizontal">
        {options.map((option) => (
          <div class="kern-form-check" key={option.value || 'none'}>
            <input class="kern-form-check__radio" type="radio" id={`${id}-${option.value || 'none'}`} name={props.name} value={option.value} checked={current === option.value} />
            <label class="kern-label" for={`${id}-${option.value || 'none'}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
