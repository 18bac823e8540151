import type { FieldErrors } from '../../../core/errors.js';
import type { FormValues } from '../../../core/http/forms.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { DataTable } from '../../../ui/data-table.js';
import {
  ButtonForm,
  ErrorSummary,
  Form,
  PageHeading,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '../../../ui/form.js';
import { CheckboxGroup } from '../../../ui/choice-fields.js';
import { LabelledSection } from '../../../ui/section.js';
import { renderMarkdown } from '../../catalogue/index.js';
import type { Forum } from '../tables.js';
import type { ForumView } from '../use-cases/get-forum.js';
import type { RoundWithOptions } from '../use-cases/load-forum.js';
import type { RoundResults } from '../use-cases/get-round-results.js';

interface FormState {
  values?: FormValues;
  errors?: FieldErrors;
}

export const forumPath = (forumId: string) => `/beteiligung/foren/${forumId}`;
export const roundPath = (forumId: string, roundId: string) => `${forumPath(forumId)}/runden/${roundId}`;

function ForumFacts({ forum }: { forum: Forum }) {
  const { t, i18n } = usePage();
  return (
    <dl class="vr-participation-facts">
      <dt>{t('participation.forum.when')}</dt>
      <dd>
        {i18n.formatDate(forum.starts_at, { dateStyle: 'full', timeStyle: 'short' })} –{' '}
        {i18n.formatDate(forum.ends_at, { timeStyle: 'short' })}
      </dd>
      {forum.place ? (
        <>
          <dt>{t('participation.forum.place')}</dt>
          <dd>
            <bdi>{forum.place}</bdi>
          </dd>
        </>
      ) : null}
      {forum.online_url ? (
        <>
          <dt>{t('participation.forum.online')}</dt>
          <dd>
            <a class="kern-link" href={forum.online_url} dir="ltr">
              {forum.online_url}
            </a>
          </dd>
        </>
      ) : null}
      <dt>{t('participation.forum.registration')}</dt>
      <dd>{t(`participation.registration.${forum.registration}`)}</dd>
    </dl>
  );
}

export function ForumFormPage({ values = {}, errors }: FormState) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack">
      <PageHeading>{t('participation.forum.new_title')}</PageHeading>
      <ErrorSummary errors={errors} />
      <Form action={href(lang, '/beteiligung/foren/neu')}>
        <TextField name="title" label={t('participation.forum.title')} value={values.title} errors={errors} required />
        <TextField
          name="day"
          type="date"
          label={t('participation.forum.day')}
          value={values.day}
          errors={errors}
          required
        />
        <TextField
          name="starts"
          label={t('participation.forum.starts')}
          hint={t('participation.forum.time_hint')}
          value={values.starts}
          errors={errors}
          required
        />
        <TextField
          name="ends"
          label={t('participation.forum.ends')}
          hint={t('participation.forum.time_hint')}
          value={values.ends}
          errors={errors}
          required
        />
        <TextField name="place" label={t('participation.forum.place')} value={values.place} errors={errors} />
        <TextField
          name="online_url"
          type="url"
          label={t('participation.forum.online')}
          hint={t('participation.forum.place_hint')}
          value={values.online_url}
          errors={errors}
        />
        <SelectField
          name="registration"
          required
          label={t('participation.forum.registration')}
          value={values.registration ?? 'invitation'}
          errors={errors}
          options={[
            { value: 'invitation', label: t('participation.registration.invitation') },
            { value: 'open', label: t('participation.registration.open') },
          ]}
        />
        <TextArea
          name="agenda"
          label={t('participation.forum.agenda')}
          hint={t('participation.markdown_hint')}
          value={values.agenda}
          errors={errors}
        />
        <SubmitButton label={t('participation.forum.create')} />
      </Form>
    </div>
  );
}

function RoundSummary({ round, forumId, canManage }: { round: RoundWithOptions; forumId: string; canManage: boolean }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const path = roundPath(forumId, round.id);
  return (
    <li class="kern-card">
      <div class="kern-card__container">
        <div class="kern-card__header">
          <h3 class="kern-title">
            <bdi>{round.question}</bdi>
          </h3>
        </div>
        <div class="kern-card__body kern-stack">
          <p class="kern-body">
            {t(`participation.round.status.${round.status}`)} ·{' '}
            {round.mode === 'dots'
              ? t('participation.round.rules_dots', { points: round.points_per_participant, max: round.max_per_option })
              : t('participation.round.rules_approval')}
            {' · '}
            {t('participation.round.ballots', { count: round.ballots })}
          </p>
          {round.rules_frozen_at ? <p class="kern-body kern-body--small">{t('participation.round.frozen')}</p> : null}
          <ol class="kern-list">
            {round.options.map((option) => (
              <li key={option.id}>
                <bdi>{option.label}</bdi>
              </li>
            ))}
          </ol>
        </div>
        <div class="kern-card__footer vr-participation-actions">
          {canManage && round.status === 'draft' ? (
            <ButtonForm
              action={href(lang, `${path}/oeffnen`)}
              label={t('participation.round.open', { question: round.question })}
              variant="primary"
            />
          ) : null}
          {canManage && round.status === 'open' ? (
            <>
              <a class="kern-link" href={href(lang, `${path}/live`)}>
                {t('participation.round.live_link')}
              </a>
              <ButtonForm action={href(lang, `${path}/schliessen`)} label={t('participation.round.close')} />
            </>
          ) : null}
          {round.status === 'closed' ? (
            <a class="kern-link" href={href(lang, `${path}/ergebnis`)}>
              {t('participation.round.results_link', { question: round.question })}
            </a>
          ) : null}
        </div>
      </div>
    </li>
  );
}

export function ForumPage({
  view,
  round = {},
  minutes = {},
}: {
  view: ForumView;
  round?: FormState;
  minutes?: FormState;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const { forum, canManage } = view;
  const base = forumPath(forum.id);
  const values = round.values ?? {};
  return (
    <div class="kern-stack">
      <PageHeading>
        <bdi>{forum.title}</bdi>
      </PageHeading>
      <ForumFacts forum={forum} />
      {forum.agenda ? (
        <LabelledSection id="agenda-heading" heading={t('participation.forum.agenda')}>
          <div class="vr-participation-markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(forum.agenda) }} />
        </LabelledSection>
      ) : null}
      {view.isRunning || forum.registration === 'open' ? (
        <p class="kern-body vr-participation-actions">
          {view.isRunning ? (
            <a class="kern-link" href={href(lang, '/beteiligung/mitmachen')}>
              {t('participation.join.link')}
            </a>
          ) : null}
          {forum.registration === 'open' && !canManage ? (
            <a class="kern-link" href={href(lang, `${base}/anmelden`)}>
              {t('participation.register.link')}
            </a>
          ) : null}
        </p>
      ) : null}
      <LabelledSection id="rounds-heading" heading={t('participation.round.heading')}>
        {view.rounds.length === 0 ? <p class="kern-body">{t('participation.round.none')}</p> : null}
        <ul class="vr-card-grid">
          {view.rounds.map((item) => (
            <RoundSummary key={item.id} round={item} forumId={forum.id} canManage={canManage} />
          ))}
        </ul>
      </LabelledSection>
      {canManage ? (
        <>
          <LabelledSection id="new-round-heading" heading={t('participation.round.new')}>
            <ErrorSummary errors={round.errors} idPrefix="round-" />
            <Form action={href(lang, `${base}/runden`)}>
              <TextField
                name="question"
                idPrefix="round-"
                label={t('participation.round.question')}
                value={values.question}
                errors={round.errors}
                required
              />
              <SelectField
                name="mode"
                idPrefix="round-"
                label={t('participation.round.mode')}
                value={values.mode ?? 'dots'}
                errors={round.errors}
                options={[
                  { value: 'dots', label: t('participation.round.mode_dots') },
                  { value: 'approval', label: t('participation.round.mode_approval') },
                ]}
              />
              <TextField
                name="points_per_participant"
                idPrefix="round-"
                type="number"
                min={1}
                max={100}
                label={t('participation.round.points')}
                hint={t('participation.round.points_hint')}
                value={values.points_per_participant ?? '5'}
                errors={round.errors}
              />
              <TextField
                name="max_per_option"
                idPrefix="round-"
                type="number"
                min={1}
                max={100}
                label={t('participation.round.max')}
                value={values.max_per_option ?? '3'}
                errors={round.errors}
              />
              <TextArea
                name="options"
                idPrefix="round-"
                label={t('participation.round.options')}
                hint={t('participation.round.options_hint')}
                value={values.options}
                errors={round.errors}
                required
              />
              <SubmitButton label={t('participation.round.add')} variant="secondary" />
            </Form>
          </LabelledSection>
          <LabelledSection id="codes-heading" heading={t('participation.codes.heading')}>
            <p class="kern-body">{t('participation.codes.intro', { count: view.participants })}</p>
            <Form action={href(lang, `${base}/codes`)}>
              <TextField
                name="count"
                idPrefix="codes-"
                type="number"
                min={1}
                max={200}
                label={t('participation.codes.count')}
                value="10"
                required
              />
              <SubmitButton label={t('participation.codes.issue')} variant="secondary" />
            </Form>
          </LabelledSection>
          <LabelledSection id="minutes-heading" heading={t('participation.minutes.heading')}>
            <ErrorSummary errors={minutes.errors} idPrefix="minutes-" />
            <Form action={href(lang, `${base}/protokoll`)}>
              <TextArea
                name="minutes"
                idPrefix="minutes-"
                rows={12}
                label={t('participation.minutes.label')}
                hint={t('participation.markdown_hint')}
                value={minutes.values?.minutes ?? forum.minutes}
                errors={minutes.errors}
              />
              <SubmitButton label={t('participation.minutes.save')} variant="secondary" />
            </Form>
          </LabelledSection>
        </>
      ) : forum.minutes ? (
        <LabelledSection id="minutes-heading" heading={t('participation.minutes.heading')}>
          <div class="vr-participation-markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(forum.minutes) }} />
        </LabelledSection>
      ) : null}
    </div>
  );
}

export function CodesPage({ forum, codes }: { forum: Forum; codes: { label: string; code: string }[] }) {
  const { t, i18n } = usePage();
  return (
    <div class="kern-stack">
      <PageHeading>{t('participation.codes.title', { forum: forum.title })}</PageHeading>
      <p class="kern-body">{t('participation.codes.once')}</p>
      <p class="kern-body">
        {t('participation.codes.where', { address: `${href(i18n.locale.code, '/beteiligung/mitmachen')}` })}
      </p>
      <DataTable
        caption={t('participation.codes.caption')}
        rows={codes}
        rowKey={(row) => row.code}
        columns={[
          { header: t('participation.codes.participant'), cell: (row) => row.label, isRowHeader: true },
          {
            header: t('participation.codes.code'),
            cell: (row) => (
              <code class="vr-participation-code" dir="ltr">
                {row.code}
              </code>
            ),
          },
        ]}
      />
      <p class="kern-body">
        <a class="kern-link" href={href(i18n.locale.code, forumPath(forum.id))}>
          {t('participation.back_to_forum')}
        </a>
      </p>
    </div>
  );
}

export function JoinPage({ values = {}, errors }: FormState) {
  const { t, i18n } = usePage();
  return (
    <div class="kern-stack vr-participation-narrow">
      <PageHeading>{t('participation.join.title')}</PageHeading>
      <p class="kern-body">{t('participation.join.intro')}</p>
      <ErrorSummary errors={errors} />
      <Form action={href(i18n.locale.code, '/beteiligung/mitmachen')}>
        <TextField
          name="code"
          label={t('participation.join.code')}
          hint={t('participation.join.code_hint')}
          value={values.code}
          errors={errors}
          autocomplete="off"
          required
        />
        <SubmitButton label={t('participation.join.submit')} />
      </Form>
    </div>
  );
}

export function RegisterPage({ forum, values = {}, errors, code }: FormState & { forum: Forum; code?: string }) {
  const { t, i18n } = usePage();
  return (
    <div class="kern-stack vr-participation-narrow">
      <PageHeading>{t('participation.register.title', { forum: forum.title })}</PageHeading>
      <ForumFacts forum={forum} />
      {code ? (
        <div class="kern-stack" role="status">
          <p class="kern-body">{t('participation.register.done')}</p>
          <p class="kern-heading-medium">
            <code class="vr-participation-code" dir="ltr">
              {code}
            </code>
          </p>
          <p class="kern-body">{t('participation.register.keep')}</p>
        </div>
      ) : (
        <>
          <ErrorSummary errors={errors} />
          <Form action={href(i18n.locale.code, `${forumPath(forum.id)}/anmelden`)}>
            <TextField
              name="name"
              label={t('participation.register.name')}
              hint={t('participation.register.name_hint')}
              value={values.name}
              errors={errors}
              required
            />
            <SubmitButton label={t('participation.register.submit')} />
          </Form>
        </>
      )}
    </div>
  );
}

export function VotePage({
  forum,
  label,
  round,
  voted,
  values = {},
  errors,
}: FormState & { forum: Forum; label: string; round: RoundWithOptions | null; voted: boolean }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack vr-participation-narrow">
      <PageHeading>
        <bdi>{forum.title}</bdi>
      </PageHeading>
      <p class="kern-body kern-body--small">{t('participation.vote.as', { label })}</p>
      {!round ? (
        <p class="kern-body" role="status">
          {t('participation.vote.waiting')}
        </p>
      ) : voted ? (
        <div class="kern-stack" role="status">
          <p class="kern-body">{t('participation.vote.thanks')}</p>
          <a class="kern-link" href={href(lang, `${roundPath(forum.id, round.id)}/live`)}>
            {t('participation.round.live_link')}
          </a>
        </div>
      ) : (
        <>
          <h2 class="kern-heading-medium">
            <bdi>{round.question}</bdi>
          </h2>
          <p class="kern-body">
            {round.mode === 'dots'
              ? t('participation.round.rules_dots', { points: round.points_per_participant, max: round.max_per_option })
              : t('participation.round.rules_approval')}
          </p>
          <ErrorSummary errors={errors} />
          <Form action={href(lang, `${forumPath(forum.id)}/abstimmen`)}>
            <input type="hidden" name="round" value={round.id} />
            {round.mode === 'dots' ? (
              round.options.map((option) => (
                <TextField
                  key={option.id}
                  name={`o_${option.id}`}
                  type="number"
                  min={0}
                  max={round.max_per_option}
                  label={option.label}
                  value={values[`o_${option.id}`]}
                  errors={errors}
                />
              ))
            ) : (
              <CheckboxGroup
                name="approve"
                legend={t('participation.vote.approve_legend')}
                options={round.options.map((option) => ({ value: option.id, label: option.label }))}
                values={values}
                errors={errors}
                required
              />
            )}
            <SubmitButton label={t('participation.vote.submit')} />
          </Form>
        </>
      )}
    </div>
  );
}

/** Bars of the ranking: a list a screen reader reads as text; the bar is decoration beside the figures. */
function ResultBars({ results, large }: { results: RoundResults; large?: boolean }) {
  const { t, i18n } = usePage();
  const most = Math.max(1, ...results.results.map((row) => row.points));
  return (
    <ol class={large ? 'vr-participation-results vr-participation-results--large' : 'vr-participation-results'}>
      {results.results.map((row) => (
        <li key={row.optionId} class="vr-participation-results__row">
          <span class="vr-participation-results__label">
            {t('participation.results.rank', { rank: row.rank })} <bdi>{row.label}</bdi>
          </span>
          {/* An SVG bar: its width is an attribute, which the content security policy allows (inline styles it does not). */}
          <svg
            class="vr-participation-results__bar"
            viewBox="0 0 100 10"
            preserveAspectRatio="none"
            aria-hidden="true"
            focusable="false"
          >
            <rect width={Math.max(0.5, (row.points / most) * 100)} height="10" />
          </svg>
          <span class="vr-participation-results__figure">
            {t('participation.results.points', { count: row.points, share: i18n.formatNumber(row.share) })}
          </span>
        </li>
      ))}
    </ol>
  );
}

export function LivePage({ results }: { results: RoundResults }) {
  const { t, i18n } = usePage();
  return (
    <div class="kern-stack vr-participation-projector">
      <PageHeading>
        <bdi>{results.round.question}</bdi>
      </PageHeading>
      <p class="kern-body" aria-live="polite">
        {t('participation.live.status', { ballots: results.ballots, points: results.totalPoints })}{' '}
        {results.round.status === 'open' ? t('participation.live.refreshes') : t('participation.live.closed')}
      </p>
      <ResultBars results={results} large />
      <p class="kern-body">
        <a class="kern-link" href={href(i18n.locale.code, forumPath(results.forum.id))}>
          {t('participation.back_to_forum')}
        </a>
      </p>
    </div>
  );
}

export function ResultsPage({ results, canPropose }: { results: RoundResults; canPropose: boolean }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const path = roundPath(results.forum.id, results.round.id);
  const maxPoints = results.round.max_per_option;
  return (
    <div class="kern-stack">
      <PageHeading>
        <bdi>{results.round.question}</bdi>
      </PageHeading>
      <p class="kern-body">
        <a class="kern-link" href={href(lang, forumPath(results.forum.id))}>
          <bdi>{results.forum.title}</bdi>
        </a>{' '}
        · {t('participation.live.status', { ballots: results.ballots, points: results.totalPoints })}
      </p>
      <ResultBars results={results} />
      <DataTable
        caption={t('participation.results.caption')}
        isCaptionVisible
        rows={results.results}
        rowKey={(row) => row.optionId}
        columns={[
          { header: t('participation.results.rank_header'), cell: (row) => row.rank, isNumeric: true },
          {
            header: t('participation.results.option'),
            cell: (row) => row.label,
            isRowHeader: true,
            hasOwnDirection: true,
          },
          { header: t('participation.results.points_header'), cell: (row) => row.points, isNumeric: true },
          {
            header: t('participation.results.share'),
            cell: (row) => i18n.formatNumber(row.share / 100, { style: 'percent', maximumFractionDigits: 1 }),
            isNumeric: true,
          },
          { header: t('participation.results.supporters'), cell: (row) => row.supporters, isNumeric: true },
          maxPoints > 1 && {
            header: t('participation.results.distribution', { max: maxPoints }),
            cell: (row) => row.distribution.join(' / '),
          },
        ]}
      />
      <p class="kern-body vr-participation-actions">
        <a class="kern-link" href={href(lang, `${path}/ergebnis.csv`)} download>
          {t('participation.results.csv')}
        </a>
      </p>
      {results.canManage && results.round.status === 'closed' ? (
        <div class="vr-participation-actions">
          <ButtonForm action={href(lang, `${path}/protokoll`)} label={t('participation.results.to_minutes')} />
        </div>
      ) : null}
      {results.canManage && canPropose && results.round.status === 'closed' && !results.round.proposed_at ? (
        <LabelledSection id="propose-heading" heading={t('participation.results.propose_heading')}>
          <Form action={href(lang, `${path}/arbeitsprogramm`)}>
            <fieldset class="kern-fieldset">
              <legend class="kern-label">{t('participation.results.propose_legend')}</legend>
              {results.results.map((row) => (
                <div class="kern-form-check" key={row.optionId}>
                  <input
                    class="kern-form-check__checkbox"
                    type="checkbox"
                    id={`option-${row.optionId}`}
                    name="option"
                    value={row.optionId}
                    checked={row.rank <= 3}
                  />
                  <label class="kern-label" for={`option-${row.optionId}`}>
                    {row.label}
                  </label>
                </div>
              ))}
            </fieldset>
            <SubmitButton label={t('participation.results.propose')} />
          </Form>
        </LabelledSection>
      ) : null}
      {results.round.proposed_at ? <p class="kern-body">{t('participation.results.proposed')}</p> : null}
    </div>
  );
}
