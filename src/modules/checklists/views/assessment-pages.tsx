import type { FieldErrors } from '../../../core/errors.js';
import type { FormValues } from '../../../core/http/forms.js';
import { href, usePage } from '../../../core/http/page-context.js';
import type { LocaleCode } from '../../../core/i18n/locales.js';
import { RadioGroup } from '../../../ui/choice-fields.js';
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
import { LabelledSection } from '../../../ui/section.js';
import { AUDIENCES_BY_TYPE } from '../policy.js';
import type { AnswerValue, Question } from '../questionnaires/index.js';
import { answerField, CHECKLIST_LIMITS, EVIDENCE_MAX_BYTES } from '../schemas.js';
import { SECTORS, SIZE_BANDS } from '../tables.js';
import type { AssessmentView } from '../use-cases/get-assessment.js';
import type { OwnAssessmentLine } from '../use-cases/list-own-assessments.js';

const ASSESSMENTS = '/qualitaet/selbstcheck';

/** The stored answers of some questions as form values. */
export function answerValues(questions: readonly Question[], answers: ReadonlyMap<string, AnswerValue>): FormValues {
  const values: FormValues = {};
  for (const question of questions) {
    const answer = answers.get(question.id);
    if (answer !== undefined) values[answerField(question.id)] = String(answer);
  }
  return values;
}

/** The own organisation's assessments and the form to start one. */
export function OwnAssessmentsPage({
  assessments,
  values = {},
  errors,
}: {
  assessments: OwnAssessmentLine[];
  values?: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { t, i18n, actor } = usePage();
  const lang = i18n.locale.code;
  const type = actor.kind === 'user' ? actor.organisation?.type : undefined;
  const audiences = type ? AUDIENCES_BY_TYPE[type] : [];
  return (
    <div class="kern-stack">
      <PageHeading>{t('checklists.own.title')}</PageHeading>
      <p class="kern-body">{t('checklists.own.intro')}</p>
      <LabelledSection id="own-list-heading" heading={t('checklists.own.list_heading')}>
        <DataTable
          caption={t('checklists.own.list_heading')}
          rows={assessments}
          rowKey={(row) => row.id}
          empty={t('checklists.own.empty')}
          columns={[
            {
              header: t('checklists.own.columns.questionnaire'),
              isRowHeader: true,
              cell: (row) => (
                <a
                  class="kern-link"
                  href={href(lang, `${ASSESSMENTS}/${row.id}${row.status === 'completed' ? '/ergebnis' : ''}`)}
                >
                  {t('checklists.own.row_label', {
                    audience: t(`checklists.audiences.${row.audience}`),
                    date: i18n.formatDate(row.startedAt, { dateStyle: 'medium' }),
                  })}
                </a>
              ),
            },
            { header: t('checklists.own.columns.status'), cell: (row) => t(`checklists.statuses.${row.status}`) },
            {
              header: t('checklists.own.columns.level'),
              isNumeric: true,
              cell: (row) =>
                row.overallLevel === null
                  ? '–'
                  : i18n.formatNumber(row.overallLevel, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
            },
            {
              header: t('checklists.own.columns.review'),
              cell: (row) => (row.reviewStatus ? t(`checklists_review.statuses.${row.reviewStatus}`) : '–'),
            },
            {
              header: t('checklists.own.columns.reassess'),
              cell: (row) => (row.reassessOn ? i18n.formatDate(row.reassessOn, { dateStyle: 'medium' }) : '–'),
            },
          ]}
        />
      </LabelledSection>
      <LabelledSection id="start-heading" heading={t('checklists.start.heading')}>
        <p class="kern-body">{t('checklists.start.intro')}</p>
        <ErrorSummary errors={errors} />
        <Form action={href(lang, `${ASSESSMENTS}/neu`)} labelledBy="start-heading">
          <SelectField
            name="audience"
            label={t('checklists.start.audience')}
            value={values.audience ?? audiences[0]}
            errors={errors}
            required
            options={audiences.map((audience) => ({ value: audience, label: t(`checklists.audiences.${audience}`) }))}
          />
          <SelectField
            name="size_band"
            label={t('checklists.start.size_band')}
            hint={t('checklists.start.size_band_hint')}
            value={values.size_band}
            errors={errors}
            required
            emptyLabel={t('checklists.start.choose')}
            options={SIZE_BANDS.map((band) => ({ value: band, label: t(`checklists.size_bands.${band}`) }))}
          />
          <SelectField
            name="sector"
            label={t('checklists.start.sector')}
            hint={t('checklists.start.sector_hint')}
            value={values.sector}
            errors={errors}
            required
            emptyLabel={t('checklists.start.choose')}
            options={SECTORS.map((sector) => ({ value: sector, label: t(`checklists.sectors.${sector}`) }))}
          />
          <SubmitButton label={t('checklists.start.submit')} />
        </Form>
      </LabelledSection>
    </div>
  );
}

/** The progress bar: a native progress element KERN styles, with its figure in words. */
export function ProgressBar({ answered, total, percent }: { answered: number; total: number; percent: number }) {
  const { t } = usePage();
  return (
    <div class="kern-progress">
      <label class="kern-label" for="assessment-progress">
        {t('checklists.answer.progress', { answered, total, percent })}
      </label>
      <progress id="assessment-progress" max={100} value={percent}>
        {percent} %
      </progress>
    </div>
  );
}

/** A file input for evidence, with the file given so far and a link to it. */
function EvidenceField({
  question,
  lang,
  errors,
  current,
  downloadPath,
}: {
  question: Question;
  lang: LocaleCode;
  errors: FieldErrors | undefined;
  current: { fileName: string } | undefined;
  downloadPath: string;
}) {
  const { t, i18n } = usePage();
  const name = answerField(question.id);
  return (
    <FieldShell
      name={name}
      label={question.text[lang]}
      hint={`${question.guidance[lang]} ${t('checklists.answer.evidence_hint', { max: EVIDENCE_MAX_BYTES / (1024 * 1024) })}`}
      errors={errors}
      control={({ id, invalid, describedBy }) => (
        <div class="kern-stack">
          {current ? (
            <p class="kern-body">
              {t('checklists.answer.evidence_current')}{' '}
              <a class="kern-link" href={href(i18n.locale.code, downloadPath)}>
                <bdi>{current.fileName}</bdi>
              </a>
            </p>
          ) : null}
          <input
            class="kern-form-input__input"
            id={id}
            name={name}
            type="file"
            accept="application/pdf,image/png,image/jpeg"
            aria-invalid={invalid ? 'true' : undefined}
            aria-describedby={describedBy}
          />
        </div>
      )}
    />
  );
}

function QuestionField({
  question,
  lang,
  values,
  errors,
  platformHint,
}: {
  question: Question;
  lang: LocaleCode;
  values: FormValues;
  errors: FieldErrors | undefined;
  /** A figure the platform knows that helps answering (the course completions beside c_trained). */
  platformHint?: string | undefined;
}) {
  const { t } = usePage();
  const name = answerField(question.id);
  const label = question.text[lang];
  const hint = platformHint ? `${question.guidance[lang]} ${platformHint}` : question.guidance[lang];
  switch (question.kind) {
    case 'yes_partly_no':
      return (
        <RadioGroup
          name={name}
          legend={label}
          hint={hint}
          values={values}
          errors={errors}
          required
          options={(['yes', 'partly', 'no'] as const).map((choice) => ({
            value: choice,
            label: t(`checklists.answer.choices.${choice}`),
          }))}
        />
      );
    case 'scale':
      return (
        <RadioGroup
          name={name}
          legend={label}
          hint={hint}
          values={values}
          errors={errors}
          required
          options={[1, 2, 3, 4, 5].map((point) => ({
            value: String(point),
            label: t('checklists.answer.scale_point', { point }),
          }))}
        />
      );
    case 'number':
      return (
        <TextField
          name={name}
          type="number"
          label={label}
          hint={hint}
          value={values[name]}
          errors={errors}
          required
          min={question.min}
          max={question.max}
        />
      );
    case 'text':
      return (
        <TextArea
          name={name}
          label={label}
          hint={hint}
          value={values[name]}
          errors={errors}
          maxLength={CHECKLIST_LIMITS.answerText}
          rows={4}
        />
      );
    case 'evidence':
      return null;
  }
}

/** One step of the questionnaire: the questions of one dimension, saved when the person moves on or pauses. */
export function AnswerStepPage({
  view,
  step,
  values,
  errors,
  platformHints = {},
}: {
  view: AssessmentView;
  step: number;
  values: FormValues;
  errors?: FieldErrors | undefined;
  /** Per question id: a figure the platform knows, shown with the question's guidance. */
  platformHints?: Readonly<Record<string, string>>;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const { assessment, questionnaire, progress, dimensionProgress } = view;
  const dimensions = questionnaire.definition.dimensions;
  const dimension = dimensions[step - 1];
  if (!dimension) return null;
  const base = `${ASSESSMENTS}/${assessment.id}`;
  return (
    <div class="kern-stack">
      <PageHeading id="step-heading">
        {t('checklists.answer.title', {
          step,
          steps: dimensions.length,
          dimension: t(`checklists.dimensions.${dimension.id}`),
        })}
      </PageHeading>
      <p class="kern-body">
        {t('checklists.answer.questionnaire', {
          title: questionnaire.definition.title[lang],
          version: questionnaire.version,
        })}
      </p>
      <ProgressBar {...progress} />
      <nav aria-label={t('checklists.answer.steps_label')}>
        <ol class="kern-list vr-checklists-steps">
          {dimensions.map((entry, index) => (
            <li key={entry.id}>
              <a
                class="kern-link"
                href={href(lang, `${base}?schritt=${index + 1}`)}
                aria-current={index + 1 === step ? 'step' : undefined}
              >
                {t('checklists.answer.step_link', {
                  dimension: t(`checklists.dimensions.${entry.id}`),
                  answered: dimensionProgress[index]?.answered ?? 0,
                  total: dimensionProgress[index]?.total ?? 0,
                })}
              </a>
            </li>
          ))}
          <li>
            <a class="kern-link" href={href(lang, `${base}/uebersicht`)}>
              {t('checklists.summary.title')}
            </a>
          </li>
        </ol>
      </nav>
      <ErrorSummary errors={errors} />
      {/* Multipart, so evidence files travel with the answers through the same form path. */}
      <form
        method="post"
        action={href(lang, `${base}?schritt=${step}`)}
        encType="multipart/form-data"
        class="vr-form kern-stack"
        noValidate
        aria-labelledby="step-heading"
      >
        <CsrfField />
        {dimension.questions.map((question) =>
          question.kind === 'evidence' ? (
            <EvidenceField
              key={question.id}
              question={question}
              lang={lang}
              errors={errors}
              current={view.evidence.get(question.id)}
              downloadPath={`${base}/nachweise/${question.id}`}
            />
          ) : (
            <QuestionField
              key={question.id}
              question={question}
              lang={lang}
              values={values}
              errors={errors}
              platformHint={platformHints[question.id]}
            />
          ),
        )}
        <div class="kern-btn-wrapper vr-checklists-buttons">
          <button type="submit" name="then" value="next" class="kern-btn kern-btn--primary">
            <span class="kern-label">
              {step < dimensions.length ? t('checklists.answer.save_next') : t('checklists.answer.save_summary')}
            </span>
          </button>
          <button type="submit" name="then" value="pause" class="kern-btn kern-btn--secondary">
            <span class="kern-label">{t('checklists.answer.save_pause')}</span>
          </button>
        </div>
      </form>
    </div>
  );
}

/** Before scoring: how much is answered per dimension, what is missing, and the button that scores. */
export function SummaryPage({
  view,
  missing,
}: {
  view: AssessmentView;
  /** Questions the scoring needs that have no answer yet (after a failed attempt), with their step. */
  missing?: { step: number; text: string }[];
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const { assessment, questionnaire, progress, dimensionProgress } = view;
  const base = `${ASSESSMENTS}/${assessment.id}`;
  return (
    <div class="kern-stack">
      <PageHeading>{t('checklists.summary.title')}</PageHeading>
      <ProgressBar {...progress} />
      {missing && missing.length > 0 ? (
        <div class="kern-alert kern-alert--danger" role="alert" tabIndex={-1} id="error-summary">
          <div class="kern-alert__header">
            <span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
            <h2 class="kern-title">{t('checklists.summary.missing_title')}</h2>
          </div>
          <div class="kern-alert__body">
            <ul class="kern-list">
              {missing.map((item) => (
                <li key={item.text}>
                  <a class="kern-link" href={href(lang, `${base}?schritt=${item.step}`)}>
                    {item.text}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      <DataTable
        caption={t('checklists.summary.caption')}
        rows={questionnaire.definition.dimensions.map((dimension, index) => ({ dimension, index }))}
        rowKey={(row) => row.dimension.id}
        columns={[
          {
            header: t('checklists.summary.dimension'),
            isRowHeader: true,
            cell: (row) => (
              <a class="kern-link" href={href(lang, `${base}?schritt=${row.index + 1}`)}>
                {t(`checklists.dimensions.${row.dimension.id}`)}
              </a>
            ),
          },
          {
            header: t('checklists.summary.answered'),
            isNumeric: true,
            cell: (row) =>
              t('checklists.summary.answered_of', {
                answered: dimensionProgress[row.index]?.answered ?? 0,
                total: dimensionProgress[row.index]?.total ?? 0,
              }),
          },
        ]}
      />
      <p class="kern-body">{t('checklists.summary.complete_hint')}</p>
      <ButtonForm
        action={href(lang, `${base}/abschliessen`)}
        label={t('checklists.summary.complete')}
        variant="primary"
      />
      <ButtonForm action={href(lang, `${base}/loeschen`)} label={t('checklists.summary.delete')} variant="tertiary" />
    </div>
  );
}
