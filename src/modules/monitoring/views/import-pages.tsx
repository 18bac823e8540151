import type { FieldErrors } from '../../../core/errors.js';
import type { FormValues } from '../../../core/http/forms.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { CheckboxGroup } from '../../../ui/choice-fields.js';
import { DataTable } from '../../../ui/data-table.js';
import {
  ButtonForm,
  CsrfField,
  FieldShell,
  ErrorSummary,
  Form,
  PageHeading,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../ui/form.js';
import type { ImportMapping, ImportProblem } from '../import/index.js';
import { STORED_INDICATORS } from '../indicators.js';
import { CSV_TEXT_LIMIT, SEVERAL_INDICATORS } from '../schemas.js';
import type { loadImport } from '../use-cases/load-import.js';
import type { listImports } from '../use-cases/list-imports.js';

type ImportList = Awaited<ReturnType<typeof listImports>>;
type LoadedImport = Awaited<ReturnType<typeof loadImport>>;

/** The start of an import: the CSV text, the indicator, its source and the day it was retrieved. */
export function ImportStartPage({
  imports,
  values = {},
  errors,
}: {
  imports: ImportList;
  values?: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { i18n, t } = usePage();
  const lang = i18n.locale.code;
  return (
    <section class="kern-stack">
      <PageHeading id="import-heading">{t('monitoring.import.title')}</PageHeading>
      <p class="kern-body">{t('monitoring.import.intro')}</p>
      <ErrorSummary errors={errors} />
      <form
        method="post"
        action={href(lang, '/monitoring/import')}
        class="vr-form kern-stack"
        encType="multipart/form-data"
        noValidate
        aria-labelledby="import-heading"
      >
        <CsrfField />
        <SelectField
          name="indicator"
          label={t('monitoring.import.indicator')}
          value={values.indicator}
          errors={errors}
          required
          hint={t('monitoring.import.indicator_hint')}
          emptyLabel={t('monitoring.import.choose_indicator')}
          options={[
            ...STORED_INDICATORS.map((indicator) => ({
              value: indicator.key,
              label: t(`monitoring_indicators.${indicator.key}.name`),
            })),
            { value: SEVERAL_INDICATORS, label: t('monitoring.import.several_indicators') },
          ]}
        />
        <TextField
          name="sourceLabel"
          label={t('monitoring.import.source_label')}
          hint={t('monitoring.import.source_label_hint')}
          value={values.sourceLabel}
          errors={errors}
          required
          maxLength={300}
        />
        <TextField
          name="sourceTable"
          label={t('monitoring.import.source_table')}
          hint={t('monitoring.import.source_table_hint')}
          value={values.sourceTable}
          errors={errors}
          maxLength={100}
        />
        <TextField
          name="retrievedOn"
          type="date"
          label={t('monitoring.import.retrieved_on')}
          value={values.retrievedOn}
          errors={errors}
          required
        />
        <FieldShell
          name="file"
          label={t('monitoring.import.file')}
          hint={t('monitoring.import.file_hint')}
          errors={errors}
          control={({ id, invalid, describedBy }) => (
            <input
              class={`kern-form-input__input${invalid ? ' kern-form-input__input--error' : ''}`}
              id={id}
              name="file"
              type="file"
              accept=".csv,text/csv,text/plain"
              aria-invalid={invalid ? 'true' : undefined}
              aria-describedby={describedBy}
            />
          )}
        />
        <TextArea
          name="csv"
          label={t('monitoring.import.csv')}
          hint={t('monitoring.import.csv_hint')}
          value={values.csv}
          errors={errors}
          rows={12}
          maxLength={CSV_TEXT_LIMIT}
        />
        <SubmitButton label={t('monitoring.import.submit')} />
      </form>
      <DataTable<ImportList[number]>
        caption={t('monitoring.import.history')}
        isCaptionVisible
        columns={[
          {
            header: t('monitoring.import.source_label'),
            isRowHeader: true,
            hasOwnDirection: true,
            cell: (row) => (
              <a class="kern-link" href={href(lang, `/monitoring/import/${row.id}`)}>
                {row.source_label}
              </a>
            ),
          },
          {
            header: t('monitoring.import.indicator'),
            cell: (row) =>
              row.indicator_key === null
                ? t('monitoring.import.several_indicators')
                : t(`monitoring_indicators.${row.indicator_key}.name`),
          },
          { header: t('monitoring.import.status'), cell: (row) => t(`monitoring.import.statuses.${row.status}`) },
          { header: t('monitoring.import.rows'), cell: (row) => i18n.formatNumber(row.row_count), isNumeric: true },
          {
            header: t('monitoring.import.created'),
            cell: (row) => i18n.formatDate(row.created_at, { dateStyle: 'medium', timeStyle: 'short' }),
          },
        ]}
        rows={imports}
        rowKey={(row) => row.id}
        empty={<p class="kern-body">{t('monitoring.import.none')}</p>}
      />
    </section>
  );
}

function ProblemList({ problems }: { problems: ImportProblem[] }) {
  const { i18n, t } = usePage();
  return (
    <div class="kern-alert kern-alert--danger" role="alert" aria-labelledby="problems-heading">
      <div class="kern-alert__header">
        <h2 class="kern-title" id="problems-heading">
          {t('monitoring.import.problems_title', { count: problems.length })}
        </h2>
      </div>
      <div class="kern-alert__body">
        <p class="kern-body">{t('monitoring.import.nothing_saved')}</p>
        <ul class="kern-list" id="import-problems">
          {problems.map((problem, index) => (
            <li key={index}>
              {t('monitoring.import.problem_line', { line: i18n.formatNumber(problem.line, { useGrouping: false }) })}{' '}
              {t(`monitoring.import.problems.${problem.code}`, { cell: problem.cell })}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/**
 * A large import while the background job saves it: "n of m lines" as text and as a progress bar.
 * The page reloads itself through the Refresh header (no JavaScript); the link reloads at once.
 */
function ImportProgress({ importId, progress }: { importId: string; progress: LoadedImport['progress'] }) {
  const { i18n, t } = usePage();
  const text = t('monitoring.import.progress.lines', {
    done: i18n.formatNumber(progress.done),
    total: i18n.formatNumber(progress.total),
  });
  return (
    <div class="kern-stack">
      <h2 class="kern-heading-medium" id="progress-heading">
        {t('monitoring.import.progress.title')}
      </h2>
      <p class="kern-body" id="progress-text">
        {text}
      </p>
      <progress
        class="vr-import-progress"
        max={Math.max(progress.total, 1)}
        value={progress.done}
        aria-labelledby="progress-heading"
        aria-describedby="progress-text"
      >
        {text}
      </progress>
      <p class="kern-body">
        {t('monitoring.import.progress.refresh')}{' '}
        <a class="kern-link" href={href(i18n.locale.code, `/monitoring/import/${importId}`)}>
          {t('monitoring.import.progress.reload')}
        </a>
      </p>
    </div>
  );
}

const columnValue = (column: number | null) => (column === null ? '' : String(column));

/** At most this many codes of an indicator column get a choice of their own (more are guessed only). */
const MAX_CODE_CHOICES = 60;

/** The title of an import's page: its indicator, or "several indicators" for a long table. */
export function importTitle(t: (key: string, values?: Record<string, string>) => string, indicatorKey: string | null) {
  return t('monitoring.import.review_title', {
    indicator:
      indicatorKey === null
        ? t('monitoring.import.several_indicators')
        : t(`monitoring_indicators.${indicatorKey}.name`),
  });
}

/** A draft import with the mapping form's posted values and field errors, when it comes back from a post. */
interface DraftImportProps {
  loaded: LoadedImport;
  values?: FormValues | undefined;
  errors?: FieldErrors | undefined;
}

/** A long table: what each code of its indicator column means, one choice per code (remembered with the mapping). */
function IndicatorCodeChoices({ loaded, values, errors }: DraftImportProps) {
  const { t } = usePage();
  const { mapping, indicatorCodes } = loaded;
  if (mapping.indicatorColumn === null) return null;
  const options = [
    { value: '', label: t('monitoring.import.mapping.code_none') },
    ...STORED_INDICATORS.map((indicator) => ({
      value: indicator.key,
      label: t(`monitoring_indicators.${indicator.key}.name`),
    })),
  ];
  return (
    <fieldset class="kern-fieldset" aria-describedby="codes-hint">
      <legend class="kern-label">{t('monitoring.import.mapping.codes')}</legend>
      <input type="hidden" name="codesFor" value={String(mapping.indicatorColumn)} />
      <p class="kern-hint" id="codes-hint">
        {t('monitoring.import.mapping.codes_hint', { count: indicatorCodes.length, shown: MAX_CODE_CHOICES })}
      </p>
      {indicatorCodes.slice(0, MAX_CODE_CHOICES).map((code, index) => (
        <SelectField
          key={code}
          name={`code_${index}`}
          label={t('monitoring.import.mapping.code', { code })}
          value={values?.[`code_${index}`] ?? mapping.indicatorCodes[code] ?? ''}
          errors={errors}
          options={options}
        />
      ))}
    </fieldset>
  );
}

/** A draft import: the table found, the mapping (remembered or guessed), the problems or the preview. */
export function ImportReviewPage({ loaded, values, errors }: DraftImportProps) {
  const { i18n, t } = usePage();
  const lang = i18n.locale.code;
  const { table, mapping, checked } = loaded;
  const columnOptions = table.columns.map((name, index) => ({
    value: String(index),
    label: t('monitoring.import.mapping.column', { number: index + 1, name: name || '—' }),
  }));
  const optional = [{ value: '', label: t('monitoring.import.mapping.none') }, ...columnOptions];
  const current = (name: Exclude<keyof ImportMapping, 'indicatorCodes' | 'breakdownColumns'>) =>
    values?.[name] ??
    (name === 'fixedYear' ? (mapping.fixedYear === null ? '' : String(mapping.fixedYear)) : columnValue(mapping[name]));
  const preview = table.rows.slice(0, 10);
  const indicator = loaded.indicator;
  return (
    <section class="kern-stack">
      <PageHeading id="review-heading">{importTitle(t, indicator?.key ?? null)}</PageHeading>
      <dl class="vr-facts">
        <dt>{t('monitoring.import.source_label')}</dt>
        <dd>
          <bdi>{loaded.sourceLabel}</bdi>
        </dd>
        <dt>{t('monitoring.import.source_table')}</dt>
        <dd>
          <bdi>{loaded.sourceTable}</bdi>
        </dd>
        <dt>{t('monitoring.import.status')}</dt>
        <dd>{t(`monitoring.import.statuses.${loaded.status}`)}</dd>
        <dt>{t('monitoring.import.table_found')}</dt>
        <dd>
          {t('monitoring.import.table_summary', {
            rows: table.rows.length,
            columns: table.columns.length,
            notes: table.notes.length,
          })}
        </dd>
      </dl>
      {table.title.length > 0 ? (
        <p class="kern-body" lang="de" dir="ltr">
          {table.title.join(' · ')}
        </p>
      ) : null}
      {loaded.status === 'saving' ? <ImportProgress importId={loaded.id} progress={loaded.progress} /> : null}
      {loaded.status === 'draft' ? (
        <>
          {loaded.failedAt ? (
            <p class="kern-body" role="status">
              {t('monitoring.import.progress.failed')}
            </p>
          ) : null}
          {checked && checked.problems.length > 0 ? <ProblemList problems={checked.problems} /> : null}
          <ErrorSummary errors={errors} />
          <Form action={href(lang, `/monitoring/import/${loaded.id}/zuordnung`)} labelledBy="mapping-heading">
            <h2 class="kern-heading-medium" id="mapping-heading">
              {t('monitoring.import.mapping.title')}
            </h2>
            <p class="kern-body">
              {loaded.isMappingRemembered
                ? t('monitoring.import.mapping.remembered')
                : t('monitoring.import.mapping.intro')}
            </p>
            <SelectField
              name="areaColumn"
              label={t('monitoring.import.mapping.area')}
              value={current('areaColumn')}
              errors={errors}
              required
              options={columnOptions}
            />
            <SelectField
              name="timeColumn"
              label={t('monitoring.import.mapping.time')}
              value={current('timeColumn')}
              errors={errors}
              options={optional}
            />
            <TextField
              name="fixedYear"
              label={t('monitoring.import.mapping.fixed_year')}
              hint={t('monitoring.import.mapping.fixed_year_hint')}
              value={current('fixedYear')}
              errors={errors}
              inputMode="numeric"
              maxLength={4}
            />
            <SelectField
              name="valueColumn"
              label={t('monitoring.import.mapping.value')}
              value={current('valueColumn')}
              errors={errors}
              required
              options={columnOptions}
            />
            <SelectField
              name="unitColumn"
              label={t('monitoring.import.mapping.unit')}
              value={current('unitColumn')}
              errors={errors}
              options={optional}
            />
            <SelectField
              name="indicatorColumn"
              label={t('monitoring.import.mapping.indicator')}
              hint={t('monitoring.import.mapping.indicator_hint')}
              value={current('indicatorColumn')}
              errors={errors}
              options={optional}
            />
            <IndicatorCodeChoices loaded={loaded} values={values} errors={errors} />
            <CheckboxGroup
              name="breakdownColumns"
              legend={t('monitoring.import.mapping.breakdown')}
              hint={t('monitoring.import.mapping.breakdown_hint')}
              values={values ?? { breakdownColumns: mapping.breakdownColumns.map(String) }}
              errors={errors}
              options={columnOptions}
            />
            <SubmitButton label={t('monitoring.import.mapping.submit')} variant="secondary" />
          </Form>
          <DataTable<(typeof preview)[number]>
            caption={t('monitoring.import.preview', { count: preview.length, total: table.rows.length })}
            isCaptionVisible
            isSmall
            columns={[
              {
                header: t('monitoring.import.line'),
                cell: (row) => i18n.formatNumber(row.line, { useGrouping: false }),
                isRowHeader: true,
              },
              ...table.columns.map((name, index) => ({
                header: name || t('monitoring.import.mapping.column', { number: index + 1, name: '—' }),
                cell: (row: (typeof preview)[number]) => row.cells[index] ?? '',
                hasOwnDirection: true,
              })),
            ]}
            rows={preview}
            rowKey={(row) => String(row.line)}
          />
          {checked && checked.problems.length === 0 ? (
            <div class="kern-stack">
              <p class="kern-body" role="status">
                {t('monitoring.import.ready', { count: checked.rows.length })}
              </p>
              <ButtonForm
                action={href(lang, `/monitoring/import/${loaded.id}/speichern`)}
                label={t('monitoring.import.save')}
                variant="primary"
              />
            </div>
          ) : null}
        </>
      ) : null}
      {loaded.status === 'saved' ? (
        <div class="kern-stack">
          <p class="kern-body">{t('monitoring.import.saved_summary', { count: loaded.rowCount })}</p>
          {indicator ? (
            <p class="kern-body">
              <a class="kern-link" href={href(lang, `/monitoring/indikatoren/${indicator.key}`)}>
                {t('monitoring.dashboard.more', { indicator: t(`monitoring_indicators.${indicator.key}.name`) })}
              </a>
            </p>
          ) : (
            <p class="kern-body">
              <a class="kern-link" href={href(lang, '/monitoring/indikatoren')}>
                {t('monitoring.import.to_catalogue')}
              </a>
            </p>
          )}
          <ButtonForm
            action={href(lang, `/monitoring/import/${loaded.id}/zuruecknehmen`)}
            label={t('monitoring.import.rollback')}
          />
        </div>
      ) : null}
      <p class="kern-body">
        <a class="kern-link" href={href(lang, '/monitoring/import')}>
          {t('monitoring.import.back')}
        </a>
      </p>
    </section>
  );
}
