import type { FieldErrors } from '../../../../core/errors.js';
import { usePage } from '../../../../core/http/page-context.js';
import { CERTIFICATES, LANGUAGE_LEVELS } from '../../tables.js';
import { OCCUPATIONS, findOccupation } from '../../../../region/index.js';
import { LANGUAGE_CODES } from '../inputs.js';
import { valueOf, type FormValues } from '../../../../ui/choice-fields.js';
import { SelectField } from '../../../../ui/form.js';

/** Language names and a collator per page language, made once: pages call useLabels for every card. */
const intlByLocale = new Map<string, { names: Intl.DisplayNames; collator: Intl.Collator }>();
function intlFor(locale: string) {
  let found = intlByLocale.get(locale);
  if (!found) {
    found = {
      names: new Intl.DisplayNames([locale, 'de'], { type: 'language' }),
      collator: new Intl.Collator(locale),
    };
    intlByLocale.set(locale, found);
  }
  return found;
}

/**
 * The sorted option lists of one page language, made on first use: the same for every request (names and
 * messages do not change while the process runs), and sorting a few hundred labels with a collator on every
 * form was a measurable part of a ranking page (decision 037).
 */
type Option = { value: string; label: string };
const optionsByLocale = new Map<string, Map<string, Option[]>>();
function optionsOnce(locale: string, list: string, make: () => Option[]): readonly Option[] {
  let lists = optionsByLocale.get(locale);
  if (!lists) {
    lists = new Map();
    optionsByLocale.set(locale, lists);
  }
  let options = lists.get(list);
  if (!options) {
    options = make();
    lists.set(list, options);
  }
  return options;
}

/** Labels and options of the matching forms, in the page's language. */
export function useLabels() {
  const { t, i18n } = usePage();
  const { names, collator } = intlFor(i18n.locale.intl);
  const locale = i18n.locale.code;
  const isGerman = i18n.locale.code === 'de';
  /** The occupation's name in the reader's language; German readers get the official BIBB name. */
  const occupationText = (id: string) => {
    const official = findOccupation(id)?.name;
    if (!official) return id;
    return isGerman ? official : t(`matching_occupations.names.${id}`);
  };
  return {
    language: (code: string) => names.of(code) ?? code,
    level: (level: string) => t(`matching_core.levels.${level}`),
    certificate: (code: string) => t(`matching_core.certificates.${code}`),
    city: (code: string) => t(`organisations.cities.${code}`),
    occupationText,
    /** The name in the reader's language, marked with that language (it may sit inside a lang="de" element). */
    occupation: (id: string) => <span lang={isGerman ? 'de' : i18n.locale.code}>{occupationText(id)}</span>,
    /** Options in the reader's language with the official German name beside it, alphabetical for the reader. */
    occupationOptions: () =>
      optionsOnce(locale, 'occupations', () =>
        OCCUPATIONS.map((o) =>
          isGerman ? { value: o.id, label: o.name } : { value: o.id, label: `${occupationText(o.id)} (${o.name})` },
        ).sort((a, b) => collator.compare(a.label, b.label)),
      ),
    certificateOptions: () => CERTIFICATES.map((c) => ({ value: c, label: t(`matching_core.certificates.${c}`) })),
    languageOptions: () =>
      optionsOnce(locale, 'languages', () =>
        LANGUAGE_CODES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) =>
          collator.compare(a.label, b.label),
        ),
      ),
    levelOptions: () => LANGUAGE_LEVELS.map((level) => ({ value: level, label: t(`matching_core.levels.${level}`) })),
  };
}

/** Rows of language + level selects in a fieldset. */
export function LanguageRows({
  rows,
  values,
  errors,
  legend,
  hint,
  idPrefix,
}: {
  rows: number;
  values: FormValues;
  errors: FieldErrors | undefined;
  legend: string;
  hint?: string;
  idPrefix?: string;
}) {
  const { t } = usePage();
  const labels = useLabels();
  return (
    <fieldset class="kern-fieldset vr-matching-language-rows">
      <legend class="kern-label">{legend}</legend>
      {hint ? <div class="kern-hint">{hint}</div> : null}
      {Array.from({ length: rows }, (_, index) => index + 1).map((n) => (
        <div class="vr-matching-language-row" key={n}>
          <SelectField
            name={`language_${n}_code`}
            idPrefix={idPrefix}
            label={t('matching_core.form.language_n', { n })}
            value={valueOf(values, `language_${n}_code`)}
            errors={errors}
            options={labels.languageOptions()}
            emptyLabel={t('matching_core.form.choose')}
          />
          <SelectField
            name={`language_${n}_level`}
            idPrefix={idPrefix}
            label={t('matching_core.form.level_n', { n })}
            value={valueOf(values, `language_${n}_level`)}
            errors={errors}
            options={labels.levelOptions()}
            emptyLabel={t('matching_core.form.choose')}
          />
        </div>
      ))}
    </fieldset>
  );
}
