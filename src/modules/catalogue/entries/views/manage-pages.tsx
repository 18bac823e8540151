import {
  ENTRY_KINDS,
  TRANSLATION_LOCALES,
  type EntryKind,
  type EntryStatus,
  type TranslationLocale,
} from '../../tables.js';
import type { FieldErrors } from '../../../../core/errors.js';
import type { FormValues } from '../../../../core/http/forms.js';
import { href, usePage } from '../../../../core/http/page-context.js';
import { LOCALES } from '../../../../core/i18n/locales.js';
import { DataTable } from '../../../../ui/data-table.js';
import { ButtonForm, ErrorSummary, Form, PageHeading, SubmitButton, TextArea, TextField } from '../../../../ui/form.js';
import type { RevisionView } from '../present.js';
import { ENTRY_LIMITS, KIND_SLUGS } from '../schemas.js';
import type { SimilarEntry } from '../use-cases/find-similar-entries.js';
import type { EntryEditData } from '../use-cases/get-entry-for-edit.js';
import { EntryForm } from './entry-form.js';

export function StatusBadge({ status }: { status: EntryStatus }) {
  const { t } = usePage();
  const tone =
    status === 'published'
      ? 'success'
      : status === 'in_review'
        ? 'info'
        : status === 'archived'
          ? 'neutral'
          : 'warning';
  return (
    <span class={`kern-badge kern-badge--${tone}`}>
      <span class="kern-label kern-label--small">{t(`catalogue.statuses.${status}`)}</span>
    </span>
  );
}

/** Choose what to describe: one link per kind of entry. */
export function ChooseKindPage() {
  const { t, i18n } = usePage();
  return (
    <div class="kern-stack">
      <PageHeading>{t('catalogue_entries.new.choose_title')}</PageHeading>
      <p class="kern-body">{t('catalogue_entries.new.choose_intro')}</p>
      <ul class="kern-list">
        {ENTRY_KINDS.map((kind) => (
          <li key={kind}>
            <a class="kern-link" href={href(i18n.locale.code, `/eintraege/neu/${KIND_SLUGS[kind]}`)}>
              {t(`catalogue.kinds.${kind}`)}
            </a>
            {' – '}
            {t(`catalogue_entries.new.kind_help.${kind}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function NewEntryPage({
  kind,
  values = {},
  errors,
  similar,
}: {
  kind: EntryKind;
  values?: FormValues;
  errors?: FieldErrors | undefined;
  similar?: SimilarEntry[];
}) {
  const { t, i18n } = usePage();
  return (
    <div class="kern-stack">
      <PageHeading id="entry-form-heading">
        {t('catalogue_entries.new.title', { kind: t(`catalogue.kinds.${kind}`) })}
      </PageHeading>
      <p class="kern-body">{t('catalogue_entries.new.intro')}</p>
      <EntryForm
        kind={kind}
        action={href(i18n.locale.code, `/eintraege/neu/${KIND_SLUGS[kind]}`)}
        values={values}
        errors={errors}
        similar={similar}
        submitLabel={t('catalogue_entries.new.submit')}
        labelledBy="entry-form-heading"
      />
    </div>
  );
}

/** The change history: what happened when, newest first. */
export function HistorySection({ history }: { history: RevisionView[] }) {
  const { t, i18n } = usePage();
  return (
    <section class="kern-stack" aria-labelledby="history-heading">
      <h2 class="kern-heading-medium" id="history-heading">
        {t('catalogue_entries.history.title')}
      </h2>
      <DataTable
        isSmall
        caption={t('catalogue_entries.history.caption', { count: history.length })}
        rows={history}
        rowKey={(_revision, index) => index}
        columns={[
          {
            header: t('catalogue_entries.history.at'),
            cell: (revision) => i18n.formatDate(revision.at, { dateStyle: 'medium', timeStyle: 'short' }),
          },
          {
            header: t('catalogue_entries.history.action'),
            cell: (revision) => t(`catalogue_entries.history.actions.${revision.action}`),
          },
          {
            header: t('catalogue_entries.history.status'),
            cell: (revision) => t(`catalogue.statuses.${revision.status}`),
          },
          {
            header: t('catalogue_entries.history.note'),
            hasOwnDirection: true,
            cell: (revision) =>
              revision.action === 'translated' && revision.note
                ? (LOCALES[revision.note as TranslationLocale]?.endonym ?? revision.note)
                : (revision.note ?? '–'),
          },
        ]}
      />
    </section>
  );
}

function TranslationsSection({
  entryId,
  translations,
  open,
}: {
  entryId: string;
  translations: EntryEditData['translations'];
  open?: { locale: TranslationLocale; values: FormValues; errors: FieldErrors } | undefined;
}) {
  const { t, i18n } = usePage();
  return (
    <section class="kern-stack" aria-labelledby="translations-heading">
      <h2 class="kern-heading-medium" id="translations-heading">
        {t('catalogue_entries.translations.title')}
      </h2>
      <p class="kern-body">{t('catalogue_entries.translations.intro')}</p>
      {TRANSLATION_LOCALES.map((locale) => {
        const existing = translations[locale];
        const isOpen = open?.locale === locale;
        const values: FormValues = isOpen ? open.values : (existing ?? {});
        const key = (name: string) => `tr-${locale}-${name}`;
        const errors: FieldErrors | undefined = isOpen
          ? Object.fromEntries(Object.entries(open.errors).map(([name, error]) => [key(name), error]))
          : undefined;
        const text = (name: string) => (typeof values[name] === 'string' ? values[name] : '');
        const info = LOCALES[locale];
        return (
          <details class="vr-entries-translation" key={locale} open={isOpen}>
            <summary class="kern-body">
              <span lang={locale} dir={info.dir}>
                {info.endonym}
              </span>
              {' – '}
              {existing ? t('catalogue_entries.translations.present') : t('catalogue_entries.translations.missing')}
            </summary>
            <Form action={href(i18n.locale.code, `/eintraege/${entryId}/uebersetzungen/${locale}`)}>
              <div lang={locale} dir={info.dir} class="kern-stack">
                <TextField
                  name="title"
                  fieldKey={key('title')}
                  label={t('catalogue_entries.fields.title')}
                  value={text('title')}
                  errors={errors}
                  required
                  maxLength={ENTRY_LIMITS.title}
                />
                <TextArea
                  name="summary"
                  fieldKey={key('summary')}
                  label={t('catalogue_entries.fields.summary')}
                  value={text('summary')}
                  errors={errors}
                  required
                  rows={3}
                  maxLength={ENTRY_LIMITS.summary}
                />
                <TextArea
                  name="body"
                  fieldKey={key('body')}
                  label={t('catalogue_entries.fields.body')}
                  hint={t('catalogue_entries.form.markdown_hint')}
                  value={text('body')}
                  errors={errors}
                  rows={8}
                  maxLength={ENTRY_LIMITS.body}
                />
              </div>
              <SubmitButton
                label={t('catalogue_entries.translations.save', { language: info.endonym })}
                variant="secondary"
              />
            </Form>
          </details>
        );
      })}
    </section>
  );
}

export interface EditEntryPageProps {
  data: EntryEditData;
  values: FormValues;
  errors?: FieldErrors | undefined;
  translationError?: { locale: TranslationLocale; values: FormValues; errors: FieldErrors } | undefined;
}

/** The owner's page of one entry: the form, the publishing steps, translations and history. */
export function EditEntryPage({ data, values, errors, translationError }: EditEntryPageProps) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const { entry } = data;
  const base = `/eintraege/${entry.id}`;
  const summaryErrors = translationError
    ? Object.fromEntries(
        Object.entries(translationError.errors).map(([name, error]) => [
          `tr-${translationError.locale}-${name}`,
          error,
        ]),
      )
    : undefined;
  return (
    <div class="kern-stack">
      <PageHeading id="entry-form-heading">{t('catalogue_entries.edit.title', { title: entry.title })}</PageHeading>
      <p class="kern-body">
        {t(`catalogue.kinds.${entry.kind}`)} · <StatusBadge status={entry.status} />
      </p>
      {entry.status === 'draft' && entry.review_note ? (
        <div class="kern-alert kern-alert--warning" role="status">
          <div class="kern-alert__header">
            <span class="kern-icon kern-icon--warning" aria-hidden="true"></span>
            <h2 class="kern-title">{t('catalogue_entries.edit.review_note')}</h2>
          </div>
          <div class="kern-alert__body">
            <p class="kern-body vr-mail-body" dir="auto">
              {entry.review_note}
            </p>
          </div>
        </div>
      ) : null}
      {entry.stale_notified_at ? (
        <div class="kern-alert kern-alert--warning" role="status">
          <div class="kern-alert__header">
            <span class="kern-icon kern-icon--warning" aria-hidden="true"></span>
            <h2 class="kern-title">
              {t(entry.hidden_at ? 'catalogue_entries.stale.hidden_title' : 'catalogue_entries.stale.flagged_title')}
            </h2>
          </div>
          <div class="kern-alert__body kern-stack">
            <p class="kern-body">{t('catalogue_entries.stale.help')}</p>
            <ButtonForm
              action={href(lang, `${base}/bestaetigen`)}
              label={t('catalogue_entries.stale.confirm')}
              variant="primary"
            />
          </div>
        </div>
      ) : null}
      <ul class="kern-list kern-list--horizontal">
        <li>
          <a class="kern-link" href={href(lang, base)}>
            {t('catalogue_entries.edit.view_page')}
          </a>
        </li>
        <li>
          <a class="kern-link" href={href(lang, '/organisation/eintraege')}>
            {t('catalogue_entries.own.title')}
          </a>
        </li>
      </ul>
      <section class="kern-stack" aria-labelledby="workflow-heading">
        <h2 class="kern-heading-medium" id="workflow-heading">
          {t('catalogue_entries.edit.workflow')}
        </h2>
        <p class="kern-body">{t(`catalogue_entries.edit.status_help.${entry.status}`)}</p>
        <div class="vr-entries-actions">
          {data.can.submit ? (
            <ButtonForm
              action={href(lang, `${base}/einreichen`)}
              label={t('catalogue_entries.edit.submit_for_review')}
              variant="primary"
            />
          ) : null}
          {data.can.archive ? (
            <ButtonForm
              action={href(lang, `${base}/archivieren`)}
              label={t('catalogue_entries.edit.archive')}
              variant="tertiary"
            />
          ) : null}
        </div>
      </section>
      <section class="kern-stack" aria-labelledby="entry-form-section">
        <h2 class="kern-heading-medium" id="entry-form-section">
          {t('catalogue_entries.edit.form_title')}
        </h2>
        {entry.status === 'published' ? (
          <p class="kern-body">
            <strong>{t('catalogue_entries.edit.published_warning')}</strong>
          </p>
        ) : null}
        {summaryErrors ? <ErrorSummary errors={summaryErrors} /> : null}
        <EntryForm
          kind={entry.kind}
          action={href(lang, `${base}/bearbeiten`)}
          values={values}
          errors={errors}
          submitLabel={t('catalogue_entries.edit.save')}
          labelledBy="entry-form-section"
        />
      </section>
      <TranslationsSection entryId={entry.id} translations={data.translations} open={translationError} />
      <HistorySection history={data.history} />
    </div>
  );
}
