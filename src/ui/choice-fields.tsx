import type { FieldErrors } from '../core/errors.js';
import { singleValue, type FormValues } from '../core/http/forms.js';
import { usePage } from '../core/http/page-context.js';
import { describedByIds, FieldError, fieldId } from './form.js';

/** The form components take values as `postedFormValues` gives them, or as a page builds them from stored data. */
export type { FormValues };

/** The single value of a field, or '' when it has none. */
export const valueOf = (values: FormValues, name: string): string => singleValue(values[name]) ?? '';

/** The values of a checkbox group, which posts a string when one box is ticked. */
export const listOf = (values: FormValues, name: string): string[] => {
  const value = values[name];
  return Array.isArray(value) ? value : typeof value === 'string' && value !== '' ? [value] : [];
};

export interface ChoiceFieldProps {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  values: FormValues;
  errors?: FieldErrors | undefined;
  hint?: string | undefined;
  required?: boolean | undefined;
  /** Prefix of the element ids, when two forms share a page. */
  idPrefix?: string | undefined;
}

interface ChoiceOption {
  value: string;
  label: string;
  key: string;
}

/**
 * Checkboxes or radio buttons in a fieldset whose legend names them. The fieldset carries the id
 * the error summary links to, and can take focus from that link.
 */
function ChoiceFieldset(
  props: ChoiceFieldProps & {
    type: 'checkbox' | 'radio';
    choices: ChoiceOption[];
    isChecked: (value: string) => boolean;
  },
) {
  const { t } = usePage();
  const id = fieldId(props.name, props.idPrefix);
  const error = props.errors?.[props.name];
  return (
    <fieldset
      class={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`}
      id={id}
      aria-describedby={describedByIds(id, Boolean(props.hint), Boolean(error))}
      tabIndex={-1}
    >
      <legend class="kern-label">
        {props.legend}
        {props.required ? null : <span class="kern-label__optional"> {t('form.optional')}</span>}
      </legend>
      {props.hint ? (
        <div class="kern-hint" id={`${id}-hint`}>
          {props.hint}
        </div>
      ) : null}
      <FieldError id={id} error={error} />
      <div class="kern-fieldset__body vr-choices">
        {props.choices.map((choice) => (
          <div class="kern-form-check" key={choice.key}>
            <input
              class={`kern-form-check__${props.type}`}
              type={props.type}
              id={`${id}-${choice.key}`}
              name={props.name}
              value={choice.value}
              checked={props.isChecked(choice.value)}
              required={props.type === 'radio' ? props.required : undefined}
            />
            <label class="kern-label" for={`${id}-${choice.key}`}>
              {choice.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** Any number of choices among a few; none ticked posts nothing. */
export function CheckboxGroup(props: ChoiceFieldProps) {
  const checked = new Set(listOf(props.values, props.name));
  const choices = props.options.map((option) => ({ ...option, key: option.value }));
  return <ChoiceFieldset {...props} type="checkbox" choices={choices} isChecked={(value) => checked.has(value)} />;
}

/** One choice among a few. Where the choice is optional, `noneLabel` adds a first choice that posts ''. */
export function RadioGroup(props: ChoiceFieldProps & { noneLabel?: string | undefined }) {
  const selected = valueOf(props.values, props.name);
  const options =
    props.noneLabel !== undefined && !props.required
      ? [{ value: '', label: props.noneLabel }, ...props.options]
      : props.options;
  const choices = options.map((option) => ({ ...option, key: option.value || 'none' }));
  return <ChoiceFieldset {...props} type="radio" choices={choices} isChecked={(value) => selected === value} />;
}
