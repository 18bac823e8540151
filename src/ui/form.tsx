import type { ComponentChildren, JSX } from 'preact';
import type { FieldErrors } from '../core/errors.js';
import { usePage } from '../core/http/page-context.js';

export function CsrfField() {
  const { csrfToken } = usePage();
  return <input type="hidden" name="_csrf" value={csrfToken} />;
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
                <a class="kern-link" href={`#${fieldId(field, idPrefix)}`}>{t(error.key, error.values)}</a>
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

interface FieldShellProps {
  name: string;
  idPrefix?: string | undefined;
  label: string;
  errors?: FieldErrors | undefined;
  hint?: string | undefined;
  required?: boolean | undefined;
  kind?: 'input' | 'select';
  control: (a11y: { id: string; invalid: boolean; describedBy: string | undefined }) => JSX.Element;
}

/** Label, hint and error message around one control, wired up with aria-describedby. */
function FieldShell(props: FieldShellProps) {
  const { t } = usePage();
  const id = fieldId(props.name, props.idPrefix);
  const error = props.errors?.[props.name];
  const describedBy = [props.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={id}>
        {props.label}
        {props.required ? null : <span class="kern-label__optional"> {t('form.optional')}</span>}
      </label>
      {props.hint ? <div class="kern-hint" id={`${id}-hint`}>{props.hint}</div> : null}
      {error ? (
        <p class="kern-error" id={`${id}-error`}>
          <span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
          <span class="kern-body">{t(error.key, error.values)}</span>
        </p>
      ) : null}
      {props.control({ id, invalid: Boolean(error), describedBy })}
    </div>
  );
}

export interface TextFieldProps {
  name: string;
  idPrefix?: string;
  label: string;
  value?: string | undefined;
  errors?: FieldErrors | undefined;
  hint?: string | undefined;
  type?: 'text' | 'email' | 'password' | 'url' | 'search';
  autocomplete?: string;
  required?: boolean;
  maxLength?: number;
  minLength?: number;
}

export function TextField(props: TextFieldProps) {
  return (
    <FieldShell
      {...props}
      control={({ id, invalid, describedBy }) => (
        <input
          class={`kern-form-input__input${invalid ? ' kern-form-input__input--error' : ''}`}
          id={id}
          name={props.name}
          type={props.type ?? 'text'}
          value={props.type === 'password' ? undefined : props.value}
          autocomplete={props.autocomplete}
          required={props.required}
          maxLength={props.maxLength}
          minLength={props.minLength}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={describedBy}
          dir="auto"
        />
      )}
    />
  );
}

export interface SelectFieldProps {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string | undefined;
  errors?: FieldErrors | undefined;
  hint?: string | undefined;
  required?: boolean;
}

export function SelectField(props: SelectFieldProps) {
  return (
    <FieldShell
      {...props}
      control={({ id, invalid, describedBy }) => (
        <div class="kern-form-input__select-wrapper">
          <select
            class={`kern-form-input__select${invalid ? ' kern-form-input__select--error' : ''}`}
            id={id}
            name={props.name}
            required={props.required}
            aria-invalid={invalid ? 'true' : undefined}
            aria-describedby={describedBy}
          >
            {props.options.map((option) => (
              <option key={option.value} value={option.value} selected={option.value === props.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      )}
    />
  );
}

export interface TextAreaProps {
  name: string;
  label: string;
  value?: string | undefined;
  errors?: FieldErrors | undefined;
  hint?: string | undefined;
  required?: boolean;
  maxLength?: number;
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
          rows={6}
        >
          {props.value ?? ''}
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
  const { t } = usePage();
  const id = fieldId(name, idPrefix);
  const error = errors?.[name];
  return (
    <div class={`kern-form-check${error ? ' kern-form-check--error' : ''}`}>
      <input class="kern-form-check__checkbox" type="checkbox" id={id} name={name} checked={checked} required aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      <label class="kern-label" for={id}>{label}</label>
      {error ? (
        <p class="kern-error" id={`${id}-error`}>
          <span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
          <span class="kern-body">{t(error.key, error.values)}</span>
        </p>
      ) : null}
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
