import type { FieldErrors } from '../../../core/errors.js';
import type { FormValues } from '../../../core/http/forms.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { CITIES } from '../../../region/index.js';
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
  CheckboxField,
} from '../../../ui/form.js';
import { LabelledSection } from '../../../ui/section.js';
import { renderMarkdown } from '../../catalogue/index.js';
import { CRITERIA } from '../tables.js';
import type { AwardCall } from '../use-cases/get-award-call.js';
import type { JuryEntryView } from '../use-cases/get-jury-entry.js';
import type { JuryEntryLine } from '../use-cases/list-jury-entries.js';
import type { AwardRound } from '../use-cases/load-award.js';
import type { AwardManagement } from '../use-cases/manage-award.js';

interface FormState {
  values?: FormValues;
  errors?: FieldErrors;
}

export const AWARD_PATH = '/beteiligung/wirtschaftspreis';

function Criteria() {
  const { t } = usePage();
  return (
    <ul class="kern-list">
      {CRITERIA.map((criterion) => (
        <li key={criterion}>{t(`participation_award.criteria.${criterion}`)}</li>
      ))}
    </ul>
  );
}

export function AwardPage({ call }: { call: AwardCall }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const { round } = call;
  return (
    <div class="kern-stack">
      <PageHeading>{t('participation_award.title')}</PageHeading>
      <p class="kern-body">{t('participation_award.intro')}</p>
      {round ? (
        <LabelledSection
          id="call-heading"
          heading={t('participation_award.call_heading', { year: String(round.year) })}
        >
          {round.callText ? (
            <div
              class="vr-participation-markdown"
              dangerouslySetInnerHTML={{ __html: renderMarkdown(round.callText) }}
            />
          ) : null}
          <h3 class="kern-heading-small">{t('participation_award.criteria_heading')}</h3>
          <Criteria />
          <p class="kern-body">
            {call.isOpen
              ? t('participation_award.closes', { date: i18n.formatDate(round.closesOn) })
              : t(`participation_award.status.${round.status}`)}
          </p>
          {call.isOpen ? (
            <p class="kern-body">
              <a class="kern-btn kern-btn--primary" href={href(lang, `${AWARD_PATH}/vorschlagen`)}>
                <span class="kern-label">{t('participation_award.nominate.link')}</span>
              </a>
            </p>
          ) : null}
        </LabelledSection>
      ) : (
        <p class="kern-body">{t('participation_award.no_call')}</p>
      )}
      <p class="kern-body vr-participation-actions">
        {call.isJuror ? (
          <a class="kern-link" href={href(lang, `${AWARD_PATH}/jury`)}>
            {t('participation_award.jury.title')}
          </a>
        ) : null}
        {call.canManage ? (
          <a class="kern-link" href={href(lang, `${AWARD_PATH}/verwaltung`)}>
            {t('participation_award.manage.title')}
          </a>
        ) : null}
      </p>
      <LabelledSection id="winners-heading" heading={t('participation_award.winners')}>
        {call.winners.length === 0 ? <p class="kern-body">{t('participation_award.no_winners')}</p> : null}
        <ul class="kern-list">
          {call.winners.map((winner) => (
            <li key={winner.storyId}>
              <a class="kern-link" href={href(lang, `/beteiligung/geschichten/${winner.storyId}`)}>
                <bdi>{winner.businessName}</bdi> ({winner.year})
              </a>
            </li>
          ))}
        </ul>
      </LabelledSection>
    </div>
  );
}

export function NominationPage({ round, values = {}, errors }: FormState & { round: AwardRound }) {
  const { t, i18n } = usePage();
  const field = (name: string) => t(`participation_award.fields.${name}`);
  return (
    <div class="kern-stack">
      <PageHeading>{t('participation_award.nominate.title', { year: String(round.year) })}</PageHeading>
      <p class="kern-body">{t('participation_award.nominate.intro')}</p>
      <ErrorSummary errors={errors} />
      <Form action={href(i18n.locale.code, `${AWARD_PATH}/vorschlagen`)}>
        <SelectField
          name="kind"
          required
          label={field('kind')}
          value={values.kind ?? 'nomination'}
          errors={errors}
          options={[
            { value: 'nomination', label: t('participation_award.kinds.nomination') },
            { value: 'self', label: t('participation_award.kinds.self') },
          ]}
        />
        <TextField
          name="business_name"
          label={field('business_name')}
          value={values.business_name}
          errors={errors}
          required
        />
        <SelectField
          name="city"
          label={field('city')}
          value={values.city}
          errors={errors}
          emptyLabel={t('participation_award.fields.city_choose')}
          required
          options={CITIES.map((city) => ({ value: city, label: t(`organisations.cities.${city}`) }))}
        />
        <TextField
          name="founded_year"
          type="number"
          inputMode="numeric"
          label={field('founded_year')}
          value={values.founded_year}
          errors={errors}
          required
        />
        <TextArea
          name="founder_path"
          label={t('participation_award.criteria.founder_path')}
          hint={field('founder_path_hint')}
          value={values.founder_path}
          errors={errors}
          required
        />
        <TextField
          name="jobs_created"
          type="number"
          min={0}
          label={field('jobs_created')}
          value={values.jobs_created}
          errors={errors}
          required
        />
        <TextField
          name="apprenticeships_created"
          type="number"
          min={0}
          label={field('apprenticeships_created')}
          value={values.apprenticeships_created}
          errors={errors}
          required
        />
        <TextArea
          name="staff_commitment"
          label={t('participation_award.criteria.staff')}
          value={values.staff_commitment}
          errors={errors}
          required
        />
        <TextArea
          name="business_development"
          label={t('participation_award.criteria.development')}
          value={values.business_development}
          errors={errors}
          required
        />
        <TextArea
          name="civic_engagement"
          label={t('participation_award.criteria.civic')}
          value={values.civic_engagement}
          errors={errors}
          required
        />
        <TextField
          name="submitter_name"
          label={field('submitter_name')}
          value={values.submitter_name}
          errors={errors}
          autocomplete="name"
          required
        />
        <TextField
          name="submitter_email"
          type="email"
          label={field('submitter_email')}
          value={values.submitter_email}
          errors={errors}
          autocomplete="email"
          required
        />
        <p class="kern-body" id="nomination-privacy">
          {t('participation_privacy.notice')}{' '}
          <a class="kern-link" href={href(i18n.locale.code, '/datenschutz#personal-data-sources')}>
            {t('participation_privacy.notice_link')}
          </a>
        </p>
        <CheckboxField name="consent" label={field('consent')} errors={errors} checked={values.consent === 'on'} />
        <SubmitButton label={t('participation_award.nominate.submit')} />
      </Form>
    </div>
  );
}

export function NominationDonePage() {
  const { t, i18n } = usePage();
  return (
    <div class="kern-stack">
      <PageHeading>{t('participation_award.nominate.done_title')}</PageHeading>
      <p class="kern-body">{t('participation_award.nominate.done')}</p>
      <a class="kern-link" href={href(i18n.locale.code, AWARD_PATH)}>
        {t('participation_award.title')}
      </a>
    </div>
  );
}

export function AwardManagePage({
  data,
  round: roundForm = {},
  juror = {},
}: {
  data: AwardManagement;
  round?: FormState;
  juror?: FormState;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const base = `${AWARD_PATH}/verwaltung`;
  const { round } = data;
  return (
    <div class="kern-stack">
      <PageHeading>{t('participation_award.manage.title')}</PageHeading>
      {!round || round.status === 'decided' ? (
        <LabelledSection id="new-round-heading" heading={t('participation_award.manage.new_round')}>
          <ErrorSummary errors={roundForm.errors} idPrefix="round-" />
          <Form action={href(lang, `${base}/runde`)}>
            <TextField
              name="year"
              idPrefix="round-"
              type="number"
              label={t('participation_award.manage.year')}
              value={roundForm.values?.year}
              errors={roundForm.errors}
              required
            />
            <TextField
              name="closes_on"
              idPrefix="round-"
              type="date"
              label={t('participation_award.manage.closes_on')}
              value={roundForm.values?.closes_on}
              errors={roundForm.errors}
              required
            />
            <TextArea
              name="call_text"
              idPrefix="round-"
              label={t('participation_award.manage.call_text')}
              hint={t('participation.markdown_hint')}
              value={roundForm.values?.call_text}
              errors={roundForm.errors}
            />
            <SubmitButton label={t('participation_award.manage.open_call')} />
          </Form>
        </LabelledSection>
      ) : null}
      {round ? (
        <>
          <p class="kern-body">
            {t('participation_award.call_heading', { year: String(round.year) })}:{' '}
            {t(`participation_award.status.${round.status}`)}
          </p>
          {round.status !== 'decided' ? (
            <ButtonForm
              action={href(lang, `${base}/weiter`)}
              label={t(`participation_award.manage.advance_${round.status}`)}
              variant="primary"
            />
          ) : null}
          <LabelledSection id="jury-heading" heading={t('participation_award.manage.jury')}>
            {data.jurors.length === 0 ? <p class="kern-body">{t('participation_award.manage.no_jurors')}</p> : null}
            <ul class="kern-list">
              {data.jurors.map((member) => (
                <li key={member.userId}>
                  <bdi>{member.name}</bdi>
                </li>
              ))}
            </ul>
            <ErrorSummary errors={juror.errors} idPrefix="juror-" />
            <Form action={href(lang, `${base}/jury`)}>
              <TextField
                name="email"
                idPrefix="juror-"
                type="email"
                label={t('participation_award.manage.juror_email')}
                hint={t('participation_award.manage.juror_hint')}
                value={juror.values?.email}
                errors={juror.errors}
                required
              />
              <SubmitButton label={t('participation_award.manage.add_juror')} variant="secondary" />
            </Form>
          </LabelledSection>
          <LabelledSection
            id="entries-heading"
            heading={t('participation_award.manage.entries', { count: data.entries.length })}
          >
            <ul class="vr-card-grid">
              {data.entries.map((entry) => (
                <li class="kern-card" key={entry.id}>
                  <div class="kern-card__container">
                    <div class="kern-card__header">
                      <h3 class="kern-title">
                        <bdi>{entry.business_name}</bdi>
                      </h3>
                    </div>
                    <div class="kern-card__body kern-stack">
                      <p class="kern-body">
                        {t(`organisations.cities.${entry.city}`)} ·{' '}
                        {t('participation_award.manage.founded', { year: String(entry.founded_year) })} ·{' '}
                        {t(`participation_award.kinds.${entry.kind}`)}
                      </p>
                      <p class="kern-body">
                        {t(`participation_award.eligibility.${entry.eligibility}`)}
                        {entry.eligibility_reason ? `: ${entry.eligibility_reason}` : ''}
                      </p>
                      {round.status === 'call' ? (
                        <Form action={href(lang, `${base}/eintraege/${entry.id}/pruefung`)}>
                          <SelectField
                            name="decision"
                            idPrefix={`e${entry.id}-`}
                            label={t('participation_award.manage.decision', { name: entry.business_name })}
                            value={entry.eligibility === 'pending' ? 'eligible' : entry.eligibility}
                            options={[
                              { value: 'eligible', label: t('participation_award.eligibility.eligible') },
                              { value: 'ineligible', label: t('participation_award.eligibility.ineligible') },
                            ]}
                          />
                          <TextField
                            name="reason"
                            idPrefix={`e${entry.id}-`}
                            label={t('participation_award.manage.reason')}
                            value={entry.eligibility_reason ?? ''}
                          />
                          <SubmitButton label={t('participation_award.manage.save_decision')} variant="secondary" />
                        </Form>
                      ) : null}
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          </LabelledSection>
          <LabelledSection id="ranking-heading" heading={t('participation_award.manage.ranking')}>
            <p class="kern-body">{t('participation_award.manage.tie_rule')}</p>
            <DataTable
              caption={t('participation_award.manage.ranking')}
              rows={data.ranking}
              rowKey={(row) => row.entryId}
              empty={t('participation_award.manage.no_scores')}
              columns={[
                { header: t('participation.results.rank_header'), cell: (row) => row.rank, isNumeric: true },
                {
                  header: t('participation_award.fields.business_name'),
                  cell: (row) => row.businessName,
                  isRowHeader: true,
                  hasOwnDirection: true,
                },
                {
                  header: t('participation_award.manage.mean_total'),
                  cell: (row) => i18n.formatNumber(row.meanTotal),
                  isNumeric: true,
                },
                {
                  header: t('participation_award.manage.mean_jobs'),
                  cell: (row) => i18n.formatNumber(row.meanByCriterion.jobs),
                  isNumeric: true,
                },
                { header: t('participation_award.manage.jurors'), cell: (row) => row.jurors, isNumeric: true },
                round.status === 'decided' && {
                  header: t('participation_award.manage.publish_header'),
                  cell: (row) =>
                    row.winner ? (
                      t('participation_award.manage.published')
                    ) : (
                      <ButtonForm
                        action={href(lang, `${base}/eintraege/${row.entryId}/preistraeger`)}
                        label={t('participation_award.manage.publish', { name: row.businessName })}
                        size="small"
                      />
                    ),
                },
              ]}
            />
          </LabelledSection>
        </>
      ) : null}
    </div>
  );
}

export function JuryPage({ round, entries }: { round: AwardRound; entries: JuryEntryLine[] }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack">
      <PageHeading>{t('participation_award.jury.title')}</PageHeading>
      <p class="kern-body">{t('participation_award.jury.intro', { year: String(round.year) })}</p>
      {round.status !== 'jury' ? <p class="kern-body">{t(`participation_award.status.${round.status}`)}</p> : null}
      <DataTable
        caption={t('participation_award.jury.caption')}
        rows={entries}
        rowKey={(row) => row.id}
        empty={t('participation_award.jury.none')}
        columns={[
          {
            header: t('participation_award.fields.business_name'),
            isRowHeader: true,
            cell: (row) => (
              <a class="kern-link" href={href(lang, `${AWARD_PATH}/jury/${row.id}`)}>
                <bdi>{row.businessName}</bdi>
              </a>
            ),
          },
          { header: t('participation_award.fields.city'), cell: (row) => t(`organisations.cities.${row.city}`) },
          {
            header: t('participation_award.jury.state'),
            cell: (row) => t(`participation_award.jury.states.${row.state}`),
          },
        ]}
      />
    </div>
  );
}

export function JuryEntryPage({ view, values = {}, errors }: FormState & { view: JuryEntryView }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const { entry } = view;
  const base = `${AWARD_PATH}/jury/${entry.id}`;
  const text = (label: string, value: string) => (
    <>
      <h3 class="kern-heading-small">{label}</h3>
      <p class="kern-body vr-participation-pre-line" dir="auto">
        {value}
      </p>
    </>
  );
  return (
    <div class="kern-stack">
      <PageHeading>
        <bdi>{entry.business_name}</bdi>
      </PageHeading>
      <p class="kern-body">
        {t(`organisations.cities.${entry.city}`)} ·{' '}
        {t('participation_award.manage.founded', { year: String(entry.founded_year) })} ·{' '}
        {t('participation_award.jury.created', { jobs: entry.jobs_created, places: entry.apprenticeships_created })}
      </p>
      <LabelledSection id="entry-heading" heading={t('participation_award.jury.submission')}>
        {text(t('participation_award.criteria.founder_path'), entry.founder_path)}
        {text(t('participation_award.criteria.staff'), entry.staff_commitment)}
        {text(t('participation_award.criteria.development'), entry.business_development)}
        {text(t('participation_award.criteria.civic'), entry.civic_engagement)}
      </LabelledSection>
      {view.standing.hasConflict ? <p class="kern-body">{t('participation_award.jury.conflict_declared')}</p> : null}
      {view.canScore ? (
        <LabelledSection id="score-heading" heading={t('participation_award.jury.your_scores')}>
          <p class="kern-body">{t('participation_award.jury.blind')}</p>
          <ErrorSummary errors={errors} />
          <Form action={href(lang, `${base}/bewertung`)}>
            {CRITERIA.map((criterion) => (
              <TextField
                key={criterion}
                name={criterion}
                type="number"
                min={0}
                max={10}
                label={t(`participation_award.criteria.${criterion}`)}
                hint={t('participation_award.jury.scale')}
                value={values[criterion]}
                errors={errors}
                required
              />
            ))}
            <SubmitButton label={t('participation_award.jury.submit')} />
          </Form>
          <h3 class="kern-heading-small">{t('participation_award.jury.conflict_heading')}</h3>
          <p class="kern-body">{t('participation_award.jury.conflict_intro')}</p>
          <ButtonForm action={href(lang, `${base}/befangen`)} label={t('participation_award.jury.declare_conflict')} />
        </LabelledSection>
      ) : null}
      {view.scores.length > 0 ? (
        <DataTable
          caption={t('participation_award.jury.all_scores')}
          isCaptionVisible
          rows={view.scores}
          rowKey={(row) => row.name}
          columns={[
            {
              header: t('participation_award.jury.juror'),
              cell: (row) => (row.isOwn ? t('participation_award.jury.you') : row.name),
              isRowHeader: true,
              hasOwnDirection: true,
            },
            ...CRITERIA.map((criterion) => ({
              header: t(`participation_award.criteria_short.${criterion}`),
              cell: (row: (typeof view.scores)[number]) => row.scores[criterion] ?? '–',
              isNumeric: true,
            })),
          ]}
        />
      ) : view.standing.hasSubmitted ? null : (
        <p class="kern-body">{t('participation_award.jury.hidden')}</p>
      )}
      <a class="kern-link" href={href(lang, `${AWARD_PATH}/jury`)}>
        {t('participation_award.jury.back')}
      </a>
    </div>
  );
}
