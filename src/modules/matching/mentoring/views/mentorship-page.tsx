import type { FieldErrors } from '../../../../core/errors.js';
import { href, usePage } from '../../../../core/http/page-context.js';
import { ErrorSummary, Form, PageHeading, SubmitButton, TextArea, TextField } from '../../../../ui/form.js';
import { valueOf, type FormValues } from '../../../../ui/choice-fields.js';
import { DataTable } from '../../../../ui/data-table.js';
import { LabelledSection } from '../../../../ui/section.js';
import { MENTORING_LIMITS } from '../schemas.js';
import type { MentorshipPage as MentorshipData } from '../use-cases/get-mentorship.js';
import { ButtonForm } from '../../../../ui/form.js';
import { focusLabel } from './labels.js';

export interface MentorshipFormState {
  form: 'session' | 'problem' | 'end';
  values: FormValues;
  errors: FieldErrors;
}

/** One mentorship: the two sides, the session log and problem reports, and the coordinator's actions. */
export function MentorshipPage({ data, state }: { data: MentorshipData; state?: MentorshipFormState | undefined }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const m = data.mentorship;
  const base = `/mentoring/patenschaften/${m.id}`;
  const values = (form: MentorshipFormState['form']) => (state?.form === form ? state.values : {});
  const errors = (form: MentorshipFormState['form']) => (state?.form === form ? state.errors : undefined);
  const side = (name: string, organisation: string | null) => (organisation ? `${name} (${organisation})` : name);
  return (
    <div class="kern-stack vr-mentoring">
      <PageHeading>{t('matching_mentoring.mentorship.title', { focus: focusLabel(t, m.focus) })}</PageHeading>
      <dl class="vr-mentoring-facts">
        <dt>{t('matching_mentoring.mentorship.mentor')}</dt>
        <dd>{side(m.mentorName, m.mentorOrganisation)}</dd>
        <dt>{t('matching_mentoring.mentorship.mentee')}</dt>
        <dd>{side(m.menteeName, m.menteeOrganisation)}</dd>
        <dt>{t('matching_mentoring.mentorship.started')}</dt>
        <dd>{i18n.formatDate(m.startedAt)}</dd>
        <dt>{t('matching_mentoring.mentorship.status')}</dt>
        <dd>{t(`matching_mentoring.status.mentorship_${m.status}`)}</dd>
      </dl>

      <LabelledSection id="sessions" heading={t('matching_mentoring.mentorship.sessions')}>
        <p class="kern-body">{t('matching_mentoring.mentorship.sessions_visibility')}</p>
        <DataTable
          isCaptionVisible
          caption={t('matching_mentoring.mentorship.sessions_caption')}
          rows={data.sessions}
          rowKey={(session) => session.id}
          empty={t('matching_mentoring.mentorship.no_sessions')}
          columns={[
            {
              header: t('matching_mentoring.fields.held_on'),
              cell: (session) => i18n.formatDate(new Date(`${session.heldOn}T12:00:00Z`)),
            },
            {
              header: t('matching_mentoring.fields.topic'),
              isRowHeader: true,
              hasOwnDirection: true,
              cell: (session) => session.topic,
            },
            {
              header: t('matching_mentoring.fields.session_note'),
              hasOwnDirection: true,
              cell: (session) => session.note,
            },
            {
              header: t('matching_mentoring.mentorship.author'),
              cell: (session) => session.authorName ?? t('matching_mentoring.mentorship.deleted_account'),
            },
          ]}
        />
        {data.canWriteSession ? (
          <>
            <h3 class="kern-heading-small" id="session-form-title">
              {t('matching_mentoring.mentorship.add_session')}
            </h3>
            <ErrorSummary errors={errors('session')} idPrefix="session-" />
            <Form action={href(lang, `${base}/sitzungen`)} labelledBy="session-form-title">
              <TextField
                idPrefix="session-"
                name="held_on"
                type="date"
                label={t('matching_mentoring.fields.held_on')}
                value={valueOf(values('session'), 'held_on')}
                errors={errors('session')}
                required
              />
              <TextField
                idPrefix="session-"
                name="topic"
                label={t('matching_mentoring.fields.topic')}
                value={valueOf(values('session'), 'topic')}
                maxLength={MENTORING_LIMITS.topic}
                errors={errors('session')}
                required
              />
              <TextArea
                idPrefix="session-"
                name="note"
                label={t('matching_mentoring.fields.session_note')}
                value={valueOf(values('session'), 'note')}
                maxLength={MENTORING_LIMITS.sessionNote}
                errors={errors('session')}
                rows={5}
              />
              <SubmitButton label={t('matching_mentoring.mentorship.save_session')} />
            </Form>
          </>
        ) : null}
      </LabelledSection>

      <LabelledSection id="problems" heading={t('matching_mentoring.mentorship.problems')}>
        <p class="kern-body">
          {t(
            data.canCoordinate
              ? 'matching_mentoring.mentorship.problems_coordinator'
              : 'matching_mentoring.mentorship.problems_visibility',
          )}
        </p>
        {data.problems.length === 0 ? (
          <p class="kern-body">{t('matching_mentoring.mentorship.no_problems')}</p>
        ) : (
          <ul class="kern-list">
            {data.problems.map((problem) => (
              <li key={problem.id} class="vr-mentoring-item">
                <span>
                  {i18n.formatDate(problem.createdAt)},{' '}
                  {problem.reporterName ?? t('matching_mentoring.mentorship.deleted_account')} (
                  {t(`matching_mentoring.status.problem_${problem.status}`)}):{' '}
                  <span dir="auto">{problem.description}</span>
                </span>
                {data.canCoordinate && problem.status === 'open' ? (
                  <ButtonForm
                    action={href(lang, `/mentoring/probleme/${problem.id}/erledigt`)}
                    label={t('matching_mentoring.mentorship.resolve')}
                    variant="tertiary"
                    size="small"
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {data.canReportProblem ? (
          <>
            <h3 class="kern-heading-small" id="problem-form-title">
              {t('matching_mentoring.mentorship.report_problem')}
            </h3>
            <ErrorSummary errors={errors('problem')} idPrefix="problem-" />
            <Form action={href(lang, `${base}/probleme`)} labelledBy="problem-form-title">
              <TextArea
                rows={5}
                idPrefix="problem-"
                name="description"
                label={t('matching_mentoring.fields.problem')}
                hint={t('matching_mentoring.fields.problem_hint')}
                value={valueOf(values('problem'), 'description')}
                maxLength={MENTORING_LIMITS.problem}
                errors={errors('problem')}
                required
              />
              <SubmitButton label={t('matching_mentoring.mentorship.send_problem')} variant="secondary" />
            </Form>
          </>
        ) : null}
      </LabelledSection>

      {data.canCoordinate && m.status === 'active' ? (
        <LabelledSection id="end" heading={t('matching_mentoring.mentorship.end')}>
          <ErrorSummary errors={errors('end')} idPrefix="end-" />
          <Form action={href(lang, `${base}/beenden`)}>
            <TextField
              idPrefix="end-"
              name="end_note"
              label={t('matching_mentoring.fields.end_note')}
              value={valueOf(values('end'), 'end_note')}
              maxLength={MENTORING_LIMITS.note}
              errors={errors('end')}
            />
            <SubmitButton label={t('matching_mentoring.mentorship.end_submit')} variant="secondary" />
          </Form>
        </LabelledSection>
      ) : null}
      <p class="kern-body">
        <a class="kern-link" href={href(lang, data.canCoordinate ? '/mentoring/koordination' : '/mentoring')}>
          {t('matching_mentoring.mentorship.back')}
        </a>
      </p>
    </div>
  );
}
