import type { EntryKind } from '../../tables.js';
import type { FieldErrors } from '../../../../core/errors.js';
import type { FormValues } from '../../../../core/http/forms.js';
import { href, usePage } from '../../../../core/http/page-context.js';
import { LIMITS } from '../../../../core/limits.js';
import { ErrorSummary, Form, SubmitButton, TextArea, TextField } from '../../../../ui/form.js';
import { CheckboxGroup, RadioGroup, valueOf } from '../../../../ui/choice-fields.js';
import { ENTRY_LIMITS } from '../schemas.js';
import type { SimilarEntry } from '../use-cases/find-similar-entries.js';
import { useEntryOptions } from './entry-options.js';
import { KindFields } from './kind-fields.js';

function SimilarNotice({ similar }: { similar: SimilarEntry[] }) {
  const { t, i18n } = usePage();
  return (
    <div class="kern-alert kern-alert--warning" role="status" id="similar-entries">
      <div class="kern-alert__header">
        <span class="kern-icon kern-icon--warning" aria-hidden="true"></span>
        <h2 class="kern-title">{t('catalogue_entries.similar.title', { count: similar.length })}</h2>
      </div>
      <div class="kern-alert__body kern-stack">
        <p class="kern-body">{t('catalogue_entries.similar.intro')}</p>
        <ul class="kern-list">
          {similar.map((entry) => (
            <li key={entry.id}>
              <a class="kern-link" href={href(i18n.locale.code, `/eintraege/${entry.id}`)} lang="de" dir="ltr">
                {entry.title}
              </a>
              {' – '}
              {entry.organisationName}
              {entry.cities.length > 0
                ? ` (${i18n.list(entry.cities.map((city) => t(`organisations.cities.${city}`)))})`
                : ''}
            </li>
          ))}
        </ul>
        <p class="kern-body">{t('catalogue_entries.similar.confirm_help')}</p>
      </div>
    </div>
  );
}

export interface EntryFormProps {
  kind: EntryKind;
  action: string;
  values: FormValues;
  errors?: FieldErrors | undefined;
  similar?: SimilarEntry[] | undefined;
  submitLabel: string;
  labelledBy: string;
}

/** The form of one kind of entry: common fields, then the kind's own, in sections with headings. */
export function EntryForm({ kind, action, values, errors, similar, submitLabel, labelledBy }: EntryFormProps) {
  const { t } = usePage();
  const options = useEntryOptions();
  const f = (name: string) => t(`catalogue_entries.fields.${name}`);
  const hasSimilar = similar !== undefined && similar.length > 0;
  return (
    <>
      <ErrorSummary errors={errors} />
      {hasSimilar ? <SimilarNotice similar={similar} /> : null}
      <Form action={action} labelledBy={labelledBy}>
        {hasSimilar ? <input type="hidden" name="confirmed_similar" value="1" /> : null}
        <h2 class="kern-heading-medium">{t('catalogue_entries.form.section_basics')}</h2>
        <TextField
          name="title"
          label={f('title')}
          value={valueOf(values, 'title')}
          errors={errors}
          required
          maxLength={ENTRY_LIMITS.title}
        />
        <TextArea
          name="summary"
          label={f('summary')}
          hint={t('catalogue_entries.form.summary_hint')}
          value={valueOf(values, 'summary')}
          errors={errors}
          rows={3}
          required
          maxLength={ENTRY_LIMITS.summary}
        />
        <TextArea
          name="body"
          label={f('body')}
          hint={t('catalogue_entries.form.markdown_hint')}
          value={valueOf(values, 'body')}
          errors={errors}
          rows={10}
          maxLength={ENTRY_LIMITS.body}
        />

        <h2 class="kern-heading-medium">{t(`catalogue_entries.form.section_${kind}`)}</h2>
        <KindFields kind={kind} values={values} errors={errors} />
        <CheckboxGroup
          name="fields_of_action"
          legend={f('fields_of_action')}
          options={options.fields}
          values={values}
          errors={errors}
          required
        />
        <CheckboxGroup
          name="target_groups"
          legend={f('target_groups')}
          options={options.groups}
          values={values}
          errors={errors}
        />
        <CheckboxGroup
          name="cities"
          legend={f(kind === 'actor' ? 'cities_actor' : 'cities')}
          options={options.cities}
          values={values}
          errors={errors}
          required
        />
        <CheckboxGroup
          name="languages"
          legend={f(kind === 'actor' ? 'languages_actor' : 'languages')}
          options={options.languages}
          values={values}
          errors={errors}
        />
        <RadioGroup
          name="cost"
          legend={f('cost')}
          options={options.costs}
          values={values}
          errors={errors}
          noneLabel={t('catalogue_entries.form.not_stated')}
        />
        <RadioGroup
          name="format"
          legend={f('format')}
          options={options.formats}
          values={values}
          errors={errors}
          noneLabel={t('catalogue_entries.form.not_stated')}
        />
        <TextArea
          name="accessibility_notes"
          label={f('accessibility_notes')}
          hint={t('catalogue_entries.form.accessibility_hint')}
          value={valueOf(values, 'accessibility_notes')}
          errors={errors}
          rows={3}
          maxLength={ENTRY_LIMITS.text}
        />

        <h2 class="kern-heading-medium">{t('catalogue_entries.form.section_contact')}</h2>
        <TextField
          name="contact_email"
          type="email"
          label={f('contact_email')}
          value={valueOf(values, 'contact_email')}
          errors={errors}
          maxLength={LIMITS.email}
          autocomplete="email"
        />
        <TextField
          name="contact_phone"
          type="tel"
          label={f('contact_phone')}
          value={valueOf(values, 'contact_phone')}
          errors={errors}
          maxLength={ENTRY_LIMITS.phone}
          autocomplete="tel"
        />
        <TextField
          name="website"
          type="url"
          label={f('website')}
          hint={t('catalogue_entries.form.website_hint')}
          value={valueOf(values, 'website')}
          errors={errors}
          maxLength={LIMITS.url}
          autocomplete="url"
        />

        <h2 class="kern-heading-medium">{t('catalogue_entries.form.section_validity')}</h2>
        <TextField
          name="valid_from"
          type="date"
          label={f('valid_from')}
          value={valueOf(values, 'valid_from')}
          errors={errors}
        />
        <TextField
          name="valid_until"
          type="date"
          label={f('valid_until')}
          hint={t('catalogue_entries.form.valid_until_hint')}
          value={valueOf(values, 'valid_until')}
          errors={errors}
        />
        <SubmitButton label={hasSimilar ? t('catalogue_entries.similar.save_anyway') : submitLabel} />
      </Form>
    </>
  );
}
