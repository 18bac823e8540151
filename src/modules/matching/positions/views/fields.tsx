import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../../../core/errors.js';
import { usePage } from '../../../../core/http/page-context.js';
import { CERTIFICATES, LANGUAGE_LEVELS } from '../../../../core/db/schema.js';
import { OCCUPATIONS } from '../../data/occupations.js';
import { LANGUAGE_CODES } from '../../ranking/inputs.js';

/**
 * Form controls of the matching forms: labelled, with hint and error wired up by
 * aria-describedby, working without JavaScript. Ids carry an optional prefix so two forms can
 * share a page.
 */
export type Values = Record<string, string | string[] | undefined>;
export const one = (values: Values, name: string): string => {
  const value = values[name];
  return typeof value === 'string' ? value : '';
};
export const many = (values: Values, name: string): string[] => {
  const value = values[name];
  return Array.isArray(value) ? value : typeof value === 'string' && value !== '' ? [value] : [];
};

function Message({ id, error }: { id: string; error: FieldErrors[string] | undefined }) {
  const { t } = usePage();
  if (!error) return null;
  return (
    <p class="kern-error" id={`${id}-error`}>
      <span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
      <span class="kern-body">{t(error.key, error.values)}</span>
    </p>
  );
}

interface ShellProps {
  name: string;
  label: string;
  errors?: FieldErrors | undefined;
  hint?: string | undefined;
  required?: boolean | undefined;
  idPrefix?: string | undefined;
}

function describe(props: ShellProps) {
  const id = `field-${props.idPrefix ?? ''}${props.name}`;
  const error = props.errors?.[props.name];
  const describedBy = [props.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return { id, error, describedBy };
}

function Shell(props: ShellProps & { children: (a: { id: string; invalid: boolean; describedBy: string | undefined }) => ComponentChildren }) {
  const { t } = usePage();
  const { id, error, describedBy } = describe(props);
  return (
    <div class={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={id}>
        {props.label}
        {props.required ? null : <span class="kern-label__optional"> {t('form.optional')}</span>}
      </label>
      {props.hint ? <div class="kern-hint" id={`${id}-hint`}>{props.hint}</div> : null}
      <Message id={id} error={error} />
      {props.children({ id, invalid: Boolean(error), describedBy })}
    </div>
  );
}

export function Input(props: ShellProps & { value: string; type?: 'text' | 'date' | 'email' | 'tel' | 'number'; maxLength?: number; autocomplete?: string; inputMode?: 'numeric' }) {
  return (
    <Shell {...props}>
      {({ id, invalid, describedBy }) => (
        <input class={`kern-form-input__input${invalid ? ' kern-form-input__input--error' : ''}`} id={id} name={props.name} type={props.type ?? 'text'} value={props.value}
          maxLength={props.maxLength} autocomplete={props.autocomplete} inputMode={props.inputMode} required={props.required}
          aria-invalid={invalid ? 'true' : undefined} aria-describedby={describedBy} dir="auto" />
      )}
    </Shell>
  );
}

export function Area(props: ShellProps & { value: string; maxLength: number }) {
  return (
    <Shell {...props}>
      {({ id, invalid, describedBy }) => (
        <textarea class={`kern-form-input__input vr-textarea${invalid ? ' kern-form-input__input--error' : ''}`} id={id} name={props.name} maxLength={props.maxLength}
          aria-invalid={invalid ? 'true' : undefined} aria-describedby={describedBy} dir="auto" rows={4}>{props.value}</textarea>
      )}
    </Shell>
  );
}

export function Select(props: ShellProps & { value: string; options: { value: string; label: string; lang?: string }[]; emptyLabel?: string }) {
  return (
    <Shell {...props}>
      {({ id, invalid, describedBy }) => (
        <div class="kern-form-input__select-wrapper">
          <select class={`kern-form-input__select${invalid ? ' kern-form-input__select--error' : ''}`} id={id} name={props.name} required={props.required}
            aria-invalid={invalid ? 'true' : undefined} aria-describedby={describedBy}>
            {props.emptyLabel !== undefined ? <option value="">{props.emptyLabel}</option> : null}
            {props.options.map((option) => <option key={option.value} value={option.value} lang={option.lang} selected={option.value === props.value}>{option.label}</option>)}
          </select>
        </div>
      )}
    </Shell>
  );
}

/** A group of checkboxes in a fieldset whose legend names it; the error sits on the group. */
export function Checkboxes(props: ShellProps & { values: string[]; options: { value: string; label: string }[] }) {
  const { t } = usePage();
  const { id, error } = describe(props);
  return (
    <fieldset class={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`} id={id} aria-describedby={error ? `${id}-error` : undefined}>
      <legend class="kern-label">{props.label}{props.required ? null : <span class="kern-label__optional"> {t('form.optional')}</span>}</legend>
      <Message id={id} error={error} />
      <div class="kern-fieldset__body">
        {props.options.map((option) => (
          <div class="kern-form-check" key={option.value}>
            <input class="kern-form-check__checkbox" type="checkbox" id={`${id}-${option.value}`} name={props.name} value={option.value} checked={props.values.includes(option.value)} />
            <label class="kern-label" for={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export function useLabels() {
  const { t, i18n } = usePage();
  const names = new Intl.DisplayNames([i18n.locale.intl, 'de'], { type: 'language' });
  return {
    language: (code: string) => names.of(code) ?? code,
    level: (level: string) => t(`matching_core.levels.${level}`),
    certificate: (code: string) => t(`matching_core.certificates.${code}`),
    city: (code: string) => t(`organisations.cities.${code}`),
    occupation: (id: string) => OCCUPATIONS.find((o) => o.id === id)?.name ?? id,
    occupationOptions: () => OCCUPATIONS.map((o) => ({ value: o.id, label: o.name, lang: 'de' })),
    certificateOptions: () => CERTIFICATES.map((c) => ({ value: c, label: t(`matching_core.certificates.${c}`) })),
    languageOptions: () => LANGUAGE_CODES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) => a.label.localeCompare(b.label, i18n.locale.intl)),
    levelOptions: () => LANGUAGE_LEVELS.map((level) => ({ value: level, label: t(`matching_core.levels.${level}`) })),
  };
}

/** Rows of language + level selects in a fieldset. */
export function LanguageRows({ rows, values, errors, legend, hint, idPrefix }: { rows: number; values: Values; errors: FieldErrors | undefined; legend: string; hint?: string; idPrefix?: string }) {
  const { t } = usePage();
  const labels = useLabels();
  return (
    <fieldset class="kern-fieldset vr-matching-language-rows">
      <legend class="kern-label">{legend}</legend>
      {hint ? <div class="kern-hint">{hint}</div> : null}
      {Array.from({ length: rows }, (_, index) => index + 1).map((n) => (
        <div class="vr-matching-language-row" key={n}>
          <Select name={`language_${n}_code`} idPrefix={idPrefix} label={t('matching_core.form.language_n', { n })} value={one(values, `language_${n}_code`)} errors={errors} options={labels.languageOptions()} emptyLabel={t('matching_core.form.choose')} />
          <Select name={`language_${n}_level`} idPrefix={idPrefix} label={t('matching_core.form.level_n', { n })} value={one(values, `language_${n}_level`)} errors={errors} options={labels.levelOptions()} emptyLabel={t('matching_core.form.choose')} />
        </div>
      ))}
    </fieldset>
  );
}
