import type { FieldErrors } from '../../../core/errors.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { CITIES } from '../../../region/index.js';
import { CheckboxGroup, type FormValues } from '../../../ui/choice-fields.js';
import { ButtonForm, ErrorSummary, Form, PageHeading, SelectField, SubmitButton, TextField } from '../../../ui/form.js';
import { INDICATORS } from '../indicators.js';
import { INITIATIVE_STATUSES } from '../tables.js';
import type { EditableInitiative } from '../use-cases/read-initiative.js';

/** Which of the page's two forms a failed post came back to. */
export type InitiativeFormErrors =
  | { form: 'edit'; values: FormValues; errors: FieldErrors }
  | { form: 'milestone'; values: FormValues; errors: FieldErrors };

const MILESTONE_PREFIX = 'milestone-';

/**
 * The coordinator's page of one initiative: status, owner, cities and indicators in one form, the
 * milestones with a button each to mark it reached or remove it, and a form to add one.
 */
export function InitiativePage({
  initiative,
  failed,
}: {
  initiative: EditableInitiative;
  failed?: InitiativeFormErrors | undefined;
}) {
  const { i18n, t } = usePage();
  const lang = i18n.locale.code;
  const base = `/monitoring/initiativen/${initiative.id}`;
  const editValues: FormValues =
    failed?.form === 'edit'
      ? failed.values
      : {
          status: initiative.status,
          owner: initiative.owner,
          cities: initiative.cities,
          indicators: initiative.indicators,
        };
  const editErrors = failed?.form === 'edit' ? failed.errors : undefined;
  const milestoneValues: FormValues = failed?.form === 'milestone' ? failed.values : {};
  const milestoneErrors = failed?.form === 'milestone' ? failed.errors : undefined;
  const date = (day: Date) => i18n.formatDate(day, { dateStyle: 'medium' });
  return (
    <section class="kern-stack">
      <PageHeading>
        {t('monitoring.initiative.title')}:{' '}
        <span lang="de" dir="ltr">
          {initiative.title}
        </span>
      </PageHeading>
      <p class="kern-body">
        <a class="kern-link" href={href(lang, `/monitoring/arbeitsprogramm#initiative-${initiative.id}`)}>
          {t('monitoring.initiative.back')}
        </a>
      </p>
      <ErrorSummary errors={editErrors} />
      <Form action={href(lang, base)} labelledBy="initiative-edit-heading">
        <h2 class="kern-heading-medium" id="initiative-edit-heading">
          {t('monitoring.initiative.edit_heading')}
        </h2>
        <SelectField
          name="status"
          label={t('monitoring.programme.status')}
          value={editValues['status']}
          errors={editErrors}
          required
          options={INITIATIVE_STATUSES.map((status) => ({
            value: status,
            label: t(`monitoring.programme.statuses.${status}`),
          }))}
        />
        <TextField
          name="owner"
          label={t('monitoring.programme.owner')}
          hint={t('monitoring.initiative.owner_hint')}
          value={editValues['owner']}
          errors={editErrors}
          maxLength={200}
        />
        <CheckboxGroup
          name="cities"
          legend={t('monitoring.programme.cities')}
          hint={t('monitoring.initiative.cities_hint')}
          values={editValues}
          errors={editErrors}
          options={CITIES.map((city) => ({ value: city, label: t(`monitoring.areas.${city}`) }))}
        />
        <CheckboxGroup
          name="indicators"
          legend={t('monitoring.programme.indicators')}
          values={editValues}
          errors={editErrors}
          options={INDICATORS.map((indicator) => ({
            value: indicator.key,
            label: t(`monitoring_indicators.${indicator.key}.name`),
          }))}
        />
        <SubmitButton label={t('monitoring.initiative.save')} />
      </Form>

      <section class="kern-stack" aria-labelledby="milestones-heading">
        <h2 class="kern-heading-medium" id="milestones-heading">
          {t('monitoring.programme.milestones')}
        </h2>
        {initiative.milestones.length === 0 ? (
          <p class="kern-body">{t('monitoring.initiative.no_milestones')}</p>
        ) : (
          <ul class="vr-milestone-list">
            {initiative.milestones.map((milestone) => (
              <li key={milestone.id} class="vr-milestone">
                <p class="kern-body">
                  <span lang="de" dir="ltr">
                    {milestone.title}
                  </span>
                  :{' '}
                  {milestone.reachedOn
                    ? t('monitoring.programme.reached', { date: date(milestone.reachedOn) })
                    : t('monitoring.programme.due', { date: date(milestone.dueOn) })}
                </p>
                <div class="vr-milestone-actions">
                  {milestone.reachedOn ? null : (
                    <ButtonForm
                      action={href(lang, `${base}/meilensteine/${milestone.id}/erreicht`)}
                      label={t('monitoring.initiative.mark_reached', { milestone: milestone.title })}
                      size="small"
                    />
                  )}
                  <ButtonForm
                    action={href(lang, `${base}/meilensteine/${milestone.id}/entfernen`)}
                    label={t('monitoring.initiative.remove', { milestone: milestone.title })}
                    variant="tertiary"
                    size="small"
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
        <ErrorSummary errors={milestoneErrors} idPrefix={MILESTONE_PREFIX} />
        <Form action={href(lang, `${base}/meilensteine`)} labelledBy="milestone-add-heading">
          <h3 class="kern-heading-small" id="milestone-add-heading">
            {t('monitoring.initiative.add_heading')}
          </h3>
          <TextField
            name="title"
            idPrefix={MILESTONE_PREFIX}
            label={t('monitoring.initiative.milestone_title')}
            value={milestoneValues['title']}
            errors={milestoneErrors}
            required
            maxLength={300}
          />
          <TextField
            name="dueOn"
            type="date"
            idPrefix={MILESTONE_PREFIX}
            label={t('monitoring.initiative.milestone_due')}
            value={milestoneValues['dueOn']}
            errors={milestoneErrors}
            required
          />
          <SubmitButton label={t('monitoring.initiative.add')} variant="secondary" />
        </Form>
      </section>
    </section>
  );
}
