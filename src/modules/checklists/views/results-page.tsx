import type { FieldErrors } from '../../../core/errors.js';
import type { FormValues } from '../../../core/http/forms.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { dateColumnDay } from '../../../core/time/calendar-day.js';
import { DataTable } from '../../../ui/data-table.js';
import { ButtonForm, ErrorSummary, Form, SelectField, SubmitButton, TextField } from '../../../ui/form.js';
import { PageHeading } from '../../../ui/form.js';
import { LabelledSection } from '../../../ui/section.js';
import { CHECKLIST_LIMITS } from '../schemas.js';
import { ACTION_STATUSES, DIMENSIONS } from '../tables.js';
import type { ResultsView } from '../use-cases/get-results.js';
import { BenchmarkChart, LevelChart } from './charts.js';

/** Which form on the results page a problem belongs to, so its messages show there. */
export type ResultsForm = 'action' | 'reassess';

export function ResultsPage({
  view,
  form,
  values = {},
  errors,
}: {
  view: ResultsView;
  form?: ResultsForm;
  values?: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const { assessment, questionnaire, recommendations, benchmark, actions, history, review, certificate } = view;
  const result = assessment.result;
  const base = `/qualitaet/selbstcheck/${assessment.id}`;
  const level = (value: number) => i18n.formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percent = (value: number) => i18n.formatNumber(value, { style: 'percent' });
  return (
    <div class="kern-stack">
      <PageHeading>
        {t('checklists_result.title', { audience: t(`checklists.audiences.${assessment.audience}`) })}
      </PageHeading>
      <p class="kern-body">
        {t('checklists_result.meta', {
          date: i18n.formatDate(assessment.completed_at, { dateStyle: 'long' }),
          title: questionnaire.definition.title[lang],
          version: questionnaire.version,
          level: level(assessment.overall_level ?? 0),
        })}
      </p>

      <LabelledSection id="levels-heading" heading={t('checklists_result.levels_heading')}>
        <LevelChart result={result} id="level-chart" />
        <DataTable
          caption={t('checklists_result.table_caption')}
          isCaptionVisible
          rows={DIMENSIONS.map((dimension) => ({ dimension, ...result[dimension] }))}
          rowKey={(row) => row.dimension}
          columns={[
            {
              header: t('checklists_result.columns.dimension'),
              isRowHeader: true,
              cell: (row) => t(`checklists.dimensions.${row.dimension}`),
            },
            { header: t('checklists_result.columns.level'), cell: (row) => t(`checklists.levels.${row.level}`) },
            { header: t('checklists_result.columns.score'), isNumeric: true, cell: (row) => percent(row.score) },
          ]}
        />
        <p class="kern-body">{t('checklists_result.levels_explained')}</p>
      </LabelledSection>

      <LabelledSection id="recommendations-heading" heading={t('checklists_result.recommendations_heading')}>
        {recommendations.length === 0 ? (
          <p class="kern-body">{t('checklists_result.no_weak_dimension')}</p>
        ) : (
          recommendations.map((recommendation) => (
            <section
              key={recommendation.dimension}
              class="kern-stack"
              aria-labelledby={`recommendation-${recommendation.dimension}`}
            >
              <h3 class="kern-heading-small" id={`recommendation-${recommendation.dimension}`}>
                {t(`checklists.dimensions.${recommendation.dimension}`)}
              </h3>
              <p class="kern-body">{t(`checklists_result.steps.${recommendation.dimension}`)}</p>
              {recommendation.entries.length > 0 ? (
                <ul class="kern-list">
                  {recommendation.entries.map((entry) => (
                    <li key={entry.id}>
                      <a class="kern-link" href={entry.href} lang={entry.titleLang ?? undefined}>
                        {entry.title}
                      </a>{' '}
                      ({t(`checklists_result.entry_kinds.${entry.kind === 'knowledge' ? 'knowledge' : 'offer'}`)})
                    </li>
                  ))}
                </ul>
              ) : (
                <p class="kern-body">
                  <a class="kern-link" href={href(lang, '/suche?kind=offer')}>
                    {t('checklists_result.search_offers')}
                  </a>
                </p>
              )}
            </section>
          ))
        )}
      </LabelledSection>

      <LabelledSection id="benchmark-heading" heading={t('checklists_result.benchmark.heading')}>
        {benchmark ? (
          <>
            <p class="kern-body">
              {t(`checklists_result.benchmark.scope.${benchmark.scope}`, {
                audience: t(`checklists.audiences.${assessment.audience}`),
                size: t(`checklists.size_bands.${assessment.size_band}`),
                sector: t(`checklists.sectors.${assessment.sector}`),
              })}{' '}
              {t(`checklists_result.benchmark.group.${benchmark.groupBand}`)}
            </p>
            <BenchmarkChart distribution={benchmark.distribution} own={result} id="benchmark-chart" />
            <DataTable
              caption={t('checklists_result.benchmark.table_caption')}
              isCaptionVisible
              rows={DIMENSIONS.map((dimension) => ({ dimension, shares: benchmark.distribution[dimension] }))}
              rowKey={(row) => row.dimension}
              columns={[
                {
                  header: t('checklists_result.columns.dimension'),
                  isRowHeader: true,
                  cell: (row) => t(`checklists.dimensions.${row.dimension}`),
                },
                {
                  header: t('checklists_result.benchmark.own'),
                  cell: (row) => t(`checklists.levels.${result[row.dimension].level}`),
                },
                ...([0, 1, 2, 3] as const).map((index) => ({
                  header: t('checklists_result.benchmark.share_at', { level: index + 1 }),
                  isNumeric: true,
                  cell: (row: { shares: readonly number[] }) => percent((row.shares[index] ?? 0) / 100),
                })),
              ]}
            />
            <p class="kern-body">{t('checklists_result.benchmark.privacy')}</p>
          </>
        ) : (
          <p class="kern-body">{t('checklists_result.benchmark.hidden')}</p>
        )}
      </LabelledSection>

      <LabelledSection id="actions-heading" heading={t('checklists_result.actions.heading')}>
        <DataTable
          caption={t('checklists_result.actions.heading')}
          rows={actions}
          rowKey={(action) => action.id}
          empty={t('checklists_result.actions.empty')}
          columns={[
            {
              header: t('checklists_result.actions.measure'),
              isRowHeader: true,
              hasOwnDirection: true,
              cell: (action) => action.measure,
            },
            {
              header: t('checklists_result.columns.dimension'),
              cell: (action) => t(`checklists.dimensions.${action.dimension}`),
            },
            { header: t('checklists_result.actions.owner'), hasOwnDirection: true, cell: (action) => action.owner },
            {
              header: t('checklists_result.actions.due_on'),
              cell: (action) => i18n.formatDate(action.due_on, { dateStyle: 'medium' }),
            },
            {
              header: t('checklists_result.actions.status'),
              cell: (action) => (
                <>
                  <span>{t(`checklists_result.actions.statuses.${action.status}`)}</span>{' '}
                  {ACTION_STATUSES.filter((status) => status !== action.status).map((status) => (
                    <ButtonForm
                      key={status}
                      action={href(lang, `/qualitaet/massnahmen/${action.id}/status`)}
                      label={t('checklists_result.actions.set_status', {
                        status: t(`checklists_result.actions.statuses.${status}`),
                        measure: action.measure,
                      })}
                      fields={{ status }}
                      size="x-small"
                    />
                  ))}
                </>
              ),
            },
          ]}
        />
        <h3 class="kern-heading-small" id="action-form-heading">
          {t('checklists_result.actions.add_heading')}
        </h3>
        <ErrorSummary errors={form === 'action' ? errors : undefined} idPrefix="action-" />
        <Form action={href(lang, `${base}/massnahmen`)} labelledBy="action-form-heading">
          <SelectField
            name="dimension"
            idPrefix="action-"
            label={t('checklists_result.columns.dimension')}
            value={form === 'action' ? values.dimension : (recommendations[0]?.dimension ?? undefined)}
            errors={form === 'action' ? errors : undefined}
            required
            options={DIMENSIONS.map((dimension) => ({
              value: dimension,
              label: t(`checklists.dimensions.${dimension}`),
            }))}
          />
          <TextField
            name="measure"
            idPrefix="action-"
            label={t('checklists_result.actions.measure')}
            value={form === 'action' ? values.measure : undefined}
            errors={form === 'action' ? errors : undefined}
            required
            maxLength={CHECKLIST_LIMITS.measure}
          />
          <TextField
            name="owner"
            idPrefix="action-"
            label={t('checklists_result.actions.owner')}
            hint={t('checklists_result.actions.owner_hint')}
            value={form === 'action' ? values.owner : undefined}
            errors={form === 'action' ? errors : undefined}
            required
            maxLength={CHECKLIST_LIMITS.owner}
          />
          <TextField
            name="due_on"
            idPrefix="action-"
            type="date"
            label={t('checklists_result.actions.due_on')}
            value={form === 'action' ? values.due_on : undefined}
            errors={form === 'action' ? errors : undefined}
            required
          />
          <SubmitButton label={t('checklists_result.actions.add')} variant="secondary" />
        </Form>
      </LabelledSection>

      <LabelledSection id="reassess-heading" heading={t('checklists_result.reassess.heading')}>
        <ErrorSummary errors={form === 'reassess' ? errors : undefined} idPrefix="reassess-" />
        <Form action={href(lang, `${base}/wiedervorlage`)} labelledBy="reassess-heading">
          <TextField
            name="reassess_on"
            idPrefix="reassess-"
            type="date"
            label={t('checklists_result.reassess.label')}
            hint={t('checklists_result.reassess.hint')}
            value={
              form === 'reassess'
                ? values.reassess_on
                : assessment.reassess_on
                  ? dateColumnDay(assessment.reassess_on)
                  : undefined
            }
            errors={form === 'reassess' ? errors : undefined}
            required
          />
          <SubmitButton label={t('checklists_result.reassess.save')} variant="secondary" />
        </Form>
      </LabelledSection>

      <LabelledSection id="history-heading" heading={t('checklists_result.history.heading')}>
        <DataTable
          caption={t('checklists_result.history.caption')}
          rows={history}
          rowKey={(row) => row.id}
          columns={[
            {
              header: t('checklists_result.history.date'),
              isRowHeader: true,
              cell: (row) => (
                <a class="kern-link" href={href(lang, `/qualitaet/selbstcheck/${row.id}/ergebnis`)}>
                  {i18n.formatDate(row.completedAt, { dateStyle: 'medium' })}
                </a>
              ),
            },
            {
              header: t('checklists_result.history.version'),
              isNumeric: true,
              cell: (row) => i18n.formatNumber(row.version),
            },
            { header: t('checklists_result.history.overall'), isNumeric: true, cell: (row) => level(row.overallLevel) },
            ...DIMENSIONS.map((dimension) => ({
              header: t(`checklists.dimensions.${dimension}`),
              isNumeric: true,
              cell: (row: (typeof history)[number]) => i18n.formatNumber(row.result[dimension].level),
            })),
          ]}
        />
      </LabelledSection>

      <LabelledSection id="review-heading" heading={t('checklists_result.review.heading')}>
        {review ? (
          <p class="kern-body">
            {t('checklists_result.review.status', { status: t(`checklists_review.statuses.${review.status}`) })}{' '}
            <a class="kern-link" href={href(lang, `/qualitaet/pruefungen/${review.id}`)}>
              {t('checklists_result.review.open')}
            </a>
          </p>
        ) : (
          <p class="kern-body">{t('checklists_result.review.intro')}</p>
        )}
        {view.canRequestReview ? (
          <ButtonForm
            action={href(lang, `${base}/pruefung`)}
            label={t('checklists_result.review.request')}
            variant="primary"
          />
        ) : null}
        {certificate ? (
          <div class="kern-stack">
            <p class="kern-body">
              {t('checklists_result.review.certificate', {
                code: certificate.code,
                until: i18n.formatDate(certificate.validUntil, { dateStyle: 'long' }),
              })}
            </p>
            <p class="kern-body">
              <a class="kern-link" href={href(lang, `/qualitaet/zertifikate/${certificate.id}/pdf`)}>
                {t('checklists_result.review.download')}
              </a>
            </p>
            <p class="kern-body">
              <a class="kern-link" href={href(lang, `/qualitaet/zertifikat-pruefen?code=${certificate.code}`)}>
                {t('checklists_result.review.verify')}
              </a>
            </p>
          </div>
        ) : null}
      </LabelledSection>
    </div>
  );
}
