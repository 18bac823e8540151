import type { FieldErrors } from '../../../core/errors.js';
import type { FormValues } from '../../../core/http/forms.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { RadioGroup } from '../../../ui/choice-fields.js';
import { DataTable } from '../../../ui/data-table.js';
import { ErrorSummary, Form, PageHeading, SubmitButton, TextArea } from '../../../ui/form.js';
import { LabelledSection } from '../../../ui/section.js';
import { answerPoints } from '../questionnaires/index.js';
import { CHECKLIST_LIMITS } from '../schemas.js';
import type { ReviewView } from '../use-cases/get-review.js';
import type { ReviewRequestLine } from '../use-cases/list-review-requests.js';

export function ReviewDeskPage({ requests }: { requests: ReviewRequestLine[] }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack">
      <PageHeading>{t('checklists_review.desk.title')}</PageHeading>
      <p class="kern-body">{t('checklists_review.desk.intro')}</p>
      <DataTable
        caption={t('checklists_review.desk.caption')}
        rows={requests}
        rowKey={(row) => row.id}
        empty={t('checklists_review.desk.empty')}
        columns={[
          {
            header: t('checklists_review.desk.organisation'),
            isRowHeader: true,
            hasOwnDirection: true,
            cell: (row) => (
              <a class="kern-link" href={href(lang, `/qualitaet/pruefungen/${row.id}`)}>
                {row.organisationName}
              </a>
            ),
          },
          { header: t('checklists_review.desk.audience'), cell: (row) => t(`checklists.audiences.${row.audience}`) },
          { header: t('checklists_review.desk.status'), cell: (row) => t(`checklists_review.statuses.${row.status}`) },
          {
            header: t('checklists_review.desk.requested'),
            cell: (row) => i18n.formatDate(row.requestedAt, { dateStyle: 'medium' }),
          },
        ]}
      />
    </div>
  );
}

function answerText(
  view: ReviewView,
  questionId: string,
  kind: string,
  t: (key: string, values?: Record<string, string | number>) => string,
): string {
  const answer = view.answers.get(questionId);
  if (answer === undefined) return t('checklists_review.page.unanswered');
  if (kind === 'yes_partly_no') return t(`checklists.answer.choices.${String(answer)}`);
  return String(answer);
}

/** A review: the answers question by question, the conversation, and the reviewer's decision or the organisation's reply. */
export function ReviewPage({
  view,
  values = {},
  errors,
}: {
  view: ReviewView;
  values?: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const { review, assessment, questionnaire, comments, perspective } = view;
  const isOpen = review.status === 'requested' || review.status === 'more_requested';
  const base = `/qualitaet/pruefungen/${review.id}`;
  return (
    <div class="kern-stack">
      <PageHeading>
        {t('checklists_review.page.title')}: <bdi>{assessment.organisation_name}</bdi>
      </PageHeading>
      <p class="kern-body">
        {t('checklists_review.page.meta', {
          audience: t(`checklists.audiences.${assessment.audience}`),
          version: questionnaire.version,
          status: t(`checklists_review.statuses.${review.status}`),
        })}
      </p>
      {view.certificate ? (
        <p class="kern-body">
          <a class="kern-link" href={href(lang, `/qualitaet/zertifikat-pruefen?code=${view.certificate.code}`)}>
            {t('checklists_review.page.certificate', { code: view.certificate.code })}
          </a>
        </p>
      ) : null}
      {questionnaire.definition.dimensions.map((dimension) => (
        <LabelledSection
          key={dimension.id}
          id={`answers-${dimension.id}`}
          heading={`${t(`checklists.dimensions.${dimension.id}`)}: ${t(
            `checklists.levels.${assessment.result?.[dimension.id].level ?? 1}`,
          )}`}
        >
          <DataTable
            caption={t('checklists_review.page.answers_caption', {
              dimension: t(`checklists.dimensions.${dimension.id}`),
            })}
            rows={dimension.questions.filter(
              (question) => question.kind !== 'evidence' || view.evidence.has(question.id),
            )}
            rowKey={(question) => question.id}
            columns={[
              {
                header: t('checklists_review.page.question'),
                isRowHeader: true,
                cell: (question) => question.text[lang],
              },
              {
                header: t('checklists_review.page.answer'),
                hasOwnDirection: true,
                cell: (question) =>
                  question.kind === 'evidence' ? (
                    <a
                      class="kern-link"
                      href={href(lang, `/qualitaet/selbstcheck/${assessment.id}/nachweise/${question.id}`)}
                    >
                      {t('checklists_review.page.evidence', { name: view.evidence.get(question.id)?.fileName ?? '' })}
                    </a>
                  ) : (
                    answerText(view, question.id, question.kind, t)
                  ),
              },
              {
                header: t('checklists_review.page.points'),
                isNumeric: true,
                cell: (question) => {
                  const points = answerPoints(question, view.answers.get(question.id));
                  return points === null ? '–' : i18n.formatNumber(points, { style: 'percent' });
                },
              },
            ]}
          />
        </LabelledSection>
      ))}
      <LabelledSection id="comments-heading" heading={t('checklists_review.page.comments')}>
        {comments.length === 0 ? (
          <p class="kern-body">{t('checklists_review.page.no_comments')}</p>
        ) : (
          <ol class="kern-list">
            {comments.map((comment) => (
              <li key={comment.id}>
                <p class="kern-body">
                  <strong>
                    {t(`checklists_review.page.side.${comment.side}`)}
                    {comment.authorName ? (
                      <>
                        {' '}
                        (<bdi>{comment.authorName}</bdi>)
                      </>
                    ) : null}
                    , {i18n.formatDate(comment.at, { dateStyle: 'medium', timeStyle: 'short' })}
                  </strong>
                </p>
                <p class="kern-body vr-checklists-comment" dir="auto">
                  {comment.body}
                </p>
              </li>
            ))}
          </ol>
        )}
      </LabelledSection>
      {isOpen && perspective === 'reviewer' ? (
        <LabelledSection id="decision-heading" heading={t('checklists_review.page.decide')}>
          <ErrorSummary errors={errors} />
          <Form action={href(lang, `${base}/entscheidung`)} labelledBy="decision-heading">
            <RadioGroup
              name="decision"
              legend={t('checklists_review.page.decision')}
              values={values}
              errors={errors}
              required
              options={(['approve', 'more', 'decline'] as const).map((decision) => ({
                value: decision,
                label: t(`checklists_review.decisions.${decision}`),
              }))}
            />
            <TextArea
              name="body"
              label={t('checklists_review.page.reason')}
              hint={t('checklists_review.page.reason_hint')}
              value={values.body}
              errors={errors}
              maxLength={CHECKLIST_LIMITS.comment}
              rows={4}
            />
            <SubmitButton label={t('checklists_review.page.submit_decision')} />
          </Form>
        </LabelledSection>
      ) : null}
      {isOpen && perspective === 'organisation' ? (
        <LabelledSection id="reply-heading" heading={t('checklists_review.page.reply')}>
          <p class="kern-body">{t('checklists_review.page.reply_intro')}</p>
          <ErrorSummary errors={errors} />
          <Form action={href(lang, `${base}/kommentar`)} labelledBy="reply-heading">
            <TextArea
              name="body"
              label={t('checklists_review.page.reply_label')}
              value={values.body}
              errors={errors}
              required
              maxLength={CHECKLIST_LIMITS.comment}
              rows={4}
            />
            <SubmitButton label={t('checklists_review.page.reply_submit')} />
          </Form>
        </LabelledSection>
      ) : null}
    </div>
  );
}
