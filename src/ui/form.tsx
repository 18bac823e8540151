import type { ComponentChildren, JSX } from 'preact';
import type { FieldErrors } from '../core/errors.js';
import { generateToken } from '../core/auth/tokens.js';
import { singleValue, type FormValue } from '../core/http/forms.js';
import { SUBMISSION_FIELD } from '../core/http/submissions.js';
import { usePage } from '../core/http/page-context.js';

export function CsrfField() {
  const { csrfToken } = usePage();
  return <input type="hidden" name="_csrf" value={csrfToken} />;
}

/**
 * A fresh one-time key per rendered form: sending the same form twice (a retry after a timeout, a double
 * click) saves it once (core/http/submissions.ts). A form shown again after a problem gets a new key.
 */
export function SubmissionKeyField() {
  return <input type="hidden" name={SUBMISSION_FIELD} value={generateToken()} />;
}

export interface ButtonFormProps {
  action: string;
  label: string;
  variant?: 'primary' | 'secondary' | 'tertiary';
  /** KERN's smaller buttons, for forms inside running text, lists and table rows. */
  size?: 'small' | 'x-small';
  /** Fixed values the button sends along (e.g. which of two answers it is). */
  fields?: Readonly<Record<string, string>>;
}

/** A form with one button and nothing to fill in (publish, withdraw, cancel, delete, log out). */
export function ButtonForm({ action, label, variant = 'secondary', size, fields = {} }: ButtonFormProps) {
  return (
    <form method="post" action={action} class="vr-inline-form">
      <CsrfField />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        class={size ? `kern-btn kern-btn--${variant} kern-btn--${size}` : `kern-btn kern-btn--${variant}`}
      >
        <span class="kern-label">{label}</span>
      </button>
    </form>
  );
}

export interface FormProps {
  action: string;
  children: ComponentChildren;
  method?: 'get' | 'post';
  labelledBy?: string;
}

export function Form({ action, children, method = 'post', labelledBy }: FormProps) {
  return (
    <form method={method} action={action} class="vr-form kern-stack" noValidate aria-labelledby={labelledBy}>
      {method === 'post' ? <CsrfField /> : null}
      {method === 'post' ? <SubmissionKeyField /> : null}
      {children}
    </form>
  );
}

/** The id of a field's control; a prefix keeps two forms on one page from sharing ids. */
export function fieldId(name: string, idPrefix = ''): string {
  return `field-${idPrefix}${name}`;
}

/** Lists every problem at the top with links to the fields, as GOV.UK and KERN recommend. */
export function ErrorSummary({ errors, idPrefix = '' }: { errors: FieldErrors | undefined; idPrefix?: string }) {
  const { t } = usePage();
  if (!errors || Object.keys(errors).length === 0) return null;
  return (
    <div class="kern-alert kern-alert--danger" role="alert" tabIndex={-1} id="error-summary">
      <div class="kern-alert__header">
        <span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
        <h2 class="kern-title">{t('validation.summary_title')}</h2>
      </div>
      <div class="kern-alert__body">
        <ul class="kern-list">
          {Object.entries(errors).map(([field, error]) => (
            <li key={field}>
              {field === '_form' ? (
                t(error.key, error.values)
              ) : (
                <a class="kern-link" href={`#${fieldId(field, idPrefix)}`}>
                  {t(error.key, error.values)}
                </a>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** The message under a field's label when it has an error; its id is what aria-describedby points at. */
export function FieldError({ id, error }: { id: string; error: FieldErrors[string] | undefined }) {
  const { t } = usePage();
  if (!error) return null;
  return (
    <p class="kern-error" id={`${id}-error`}>
      <span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
      <span class="kern-body">{t(error.key, error.values)}</span>
    </p>
  );
}

/** The ids of a field's hint and error, for aria-describedby; undefined when it has neither. */
export function describedByIds(id: string, hasHint: boolean, hasError: boolean): string | undefined {
  return [hasHint ? `${id}-hint` : null, hasError ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

export interface FieldShellProps {
  name: string;
  /** Prefix of the element id, when two forms share a page. */
  idPrefix?: string | undefined;
  /** Key of the field in `errors` and in the element id, when it differs from the posted name. */
  fieldKey?: string | undefined;
  label: string;
  errors?: FieldErrors | undefined;
  hint?: string | undefined;
  required?: boolean | undefined;
}

/** Label, hint and error message around one control, wired up with aria-describedby. */
export function FieldShell(
  props: FieldShellProps & {
    control: (a11y: { id: string; invalid: boolean; describedBy: string | undefined }) => JSX.Element;
  },
) {
  const { t } = usePage();
  const key = props.fieldKey ?? props.name;
  const id = fieldId(key, props.idPrefix);
  const error = props.errors?.[key];
  const describedBy = describedByIds(id, Boolean(props.hint), Boolean(error));
  return (
    <div class={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={id}>
        {props.label}
        {props.required ? null : <span class="kern-label__optional"> {t('form.optional')}</span>}
      </label>
      {props.hint ? (
        <div class="kern-hint" id={`${id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      <FieldError id={id} error={error} />
      {props.control({ id, invalid: Boolean(error), describedBy })}
    </div>
  );
}

export interface TextFieldProps extends FieldShellProps {
  value?: FormValue;
  type?: 'text' | 'email' | 'password' | 'url' | 'search' | 'tel' | 'date' | 'datetime-local' | 'number';
  autocomplete?: string | undefined;
  inputMode?: 'numeric' | undefined;
  maxLength?: number | undefined;
  minLength?: number | undefined;
  min?: number | undefined;
  max?: number | undefined;
}

/** Dates and numbers have no writing direction of their own; text typed in may be in any script. */
const hasDirection = (type: TextFieldProps['type']): boolean =>
  type !== 'date' && type !== 'datetime-local' && type !== 'number';

export function TextField(props: TextFieldProps) {
  const type = props.type ?? 'text';
  return (
    <FieldShell
      {...props}
      control={({ id, invalid, describedBy }) => (
        <input
          class={`kern-form-input__input${invalid ? ' kern-form-input__input--error' : ''}`}
          id={id}
          name={props.name}
          type={type}
          value={type === 'password' ? undefined : singleValue(props.value)}
          autocomplete={props.autocomplete}
          inputMode={props.inputMode ?? (type === 'number' ? 'numeric' : undefined)}
          required={props.required}
          maxLength={props.maxLength}
          minLength={props.minLength}
          min={props.min}
          max={props.max}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={describedBy}
          dir={hasDirection(type) ? 'auto' : undefined}
        />
      )}
    />
  );
}

export interface SelectFieldProps extends FieldShellProps {
  options: readonly { value: string; label: string; lang?: string }[];
  value?: FormValue;
  /** Label of a first option with the empty value ("choose …"). */
  emptyLabel?: string | undefined;
}

export function SelectField(props: SelectFieldProps) {
  const selected = singleValue(props.value);
  return (
    <FieldShell
      {...props}
      control={({ id, invalid, describedBy }) => (
        <div class="kern-form-input__select-wrapper">
          <select
            class={`kern-form-input__select${invalid ? ' kern-form-input__select--error' : ''}`}
            id={id}
            name={props.name}
            // HTML allows `required` only on a select with an empty first choice (a placeholder); without one a
            // value is always chosen, so the field is announced as required and nothing more.
            required={props.emptyLabel !== undefined ? props.required : undefined}
            aria-required={props.emptyLabel === undefined && props.required ? 'true' : undefined}
            aria-invalid={invalid ? 'true' : undefined}
            aria-describedby={describedBy}
          >
            {props.emptyLabel !== undefined ? <option value="">{props.emptyLabel}</option> : null}
            {props.options.map((option) => (
              <option key={option.value} value={option.value} lang={option.lang} selected={option.value === selected}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      )}
    />
  );
}

export interface TextAreaProps extends FieldShellProps {
  value?: FormValue;
  maxLength?: number | undefined;
  rows?: number | undefined;
}

export function TextArea(props: TextAreaProps) {
  return (
    <FieldShell
      {...props}
      control={({ id, invalid, describedBy }) => (
        <textarea
          class={`kern-form-input__input vr-textarea${invalid ? ' kern-form-input__input--error' : ''}`}
          id={id}
          name={props.name}
          required={props.required}
          maxLength={props.maxLength}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={describedBy}
          dir="auto"
          rows={props.rows ?? 6}
        >
          {singleValue(props.value) ?? ''}
        </textarea>
      )}
    />
  );
}

export interface CheckboxFieldProps {
  name: string;
  label: string;
  errors?: FieldErrors | undefined;
  idPrefix?: string;
  checked?: boolean;
}

/** A single required checkbox (consent, confirmation) with its message at the field. */
export function CheckboxField({ name, label, errors, idPrefix, checked }: CheckboxFieldProps) {
  const id = fieldId(name, idPrefix);
  const error = errors?.[name];
  return (
    <div class={`kern-form-check${error ? ' kern-form-check--error' : ''}`}>
      <input
        class="kern-form-check__checkbox"
        type="checkbox"
        id={id}
        name={name}
        checked={checked}
        required
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <label class="kern-label" for={id}>
        {label}
      </label>
      <FieldError id={id} error={error} />
    </div>
  );
}

export function SubmitButton({ label, variant = 'primary' }: { label: string; variant?: 'primary' | 'secondary' }) {
  return (
    <div class="kern-btn-wrapper">
      <button type="submit" class={`kern-btn kern-btn--${variant}`}>
        <span class="kern-label">{label}</span>
      </button>
    </div>
  );
}

export function PageHeading({ children, id }: { children: ComponentChildren; id?: string }): JSX.Element {
  return (
    <h1 class="kern-heading-large" id={id}>
      {children}
    </h1>
  );
}
