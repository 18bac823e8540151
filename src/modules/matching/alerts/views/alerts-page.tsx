import type { FieldErrors } from '../../../../core/errors.js';
import { CITIES, POSITION_KINDS } from '../../../../core/db/schema.js';
import { href, usePage } from '../../../../core/http/page-context.js';
import { CsrfField, ErrorSummary, Form, PageHeading, SubmitButton } from '../../../../ui/form.js';
import { CheckboxGroup, RadioGroup, type FormValues } from '../../../../ui/choice-fields.js';
import { DataTable, RowActionForm } from '../../../../ui/data-table.js';
import { LabelledSection } from '../../../../ui/section.js';
import { OCCUPATIONS, findOccupation } from '../../data/index.js';
import { ButtonForm } from '../../../../ui/form.js';
import { ALERT_LIMITS, FREQUENCIES } from '../schemas.js';
import type { PositionAlertView, ProfileDigestView } from '../use-cases/subscriptions.js';

export interface AlertsPageData {
  canSubscribePositions: boolean;
  canSubscribeDigest: boolean;
  alerts: PositionAlertView[];
  digest: ProfileDigestView | null;
  profile: { lastActive: Date; isReminded: boolean } | null;
}

export interface AlertsFormState {
  form: 'alert' | 'digest';
  values: FormValues;
  errors: FieldErrors;
}

/** The person's own alerts: new positions for applicants, the profile digest for companies. */
export function AlertsPage({ data, state }: { data: AlertsPageData; state?: AlertsFormState | undefined }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const values = (form: AlertsFormState['form']) => (state?.form === form ? state.values : {});
  const errors = (form: AlertsFormState['form']) => (state?.form === form ? state.errors : undefined);
  const frequencyOptions = FREQUENCIES.map((value) => ({ value, label: t(`matching_alerts.frequency.${value}`) }));
  const all = t('matching_alerts.list.all');
  // An alert announces a position that fits any one of the chosen values, hence "Essen oder Bochum".
  const describe = (items: string[], label: (item: string) => string) =>
    items.length === 0 ? all : i18n.list(items.map(label), 'disjunction');
  return (
    <div class="kern-stack vr-alerts">
      <PageHeading>{t('matching_alerts.page.title')}</PageHeading>
      <p class="kern-body">{t('matching_alerts.page.lead')}</p>
      {!data.canSubscribePositions && !data.canSubscribeDigest ? (
        <p class="kern-body">{t('matching_alerts.page.nothing_for_you')}</p>
      ) : null}

      {data.profile ? (
        <LabelledSection id="profile-activity" heading={t('matching_alerts.profile.title')}>
          <p class="kern-body">
            {t('matching_alerts.profile.last_active', { date: i18n.formatDate(data.profile.lastActive) })}
          </p>
          <p class="kern-body">
            {t(data.profile.isReminded ? 'matching_alerts.profile.reminded' : 'matching_alerts.profile.rule')}
          </p>
          <ButtonForm
            action={href(lang, '/benachrichtigungen/profil-bestaetigen')}
            label={t('matching_alerts.profile.confirm')}
            variant="secondary"
            size="small"
          />
        </LabelledSection>
      ) : null}

      {data.canSubscribePositions ? (
        <LabelledSection id="position-alerts" heading={t('matching_alerts.list.title')}>
          <DataTable
            isCaptionVisible
            caption={t('matching_alerts.list.caption')}
            rows={data.alerts}
            rowKey={(alert) => alert.id}
            empty={t('matching_alerts.list.none')}
            columns={[
              {
                header: t('matching_alerts.fields.occupations'),
                isRowHeader: true,
                cell: (alert) => describe(alert.occupations, (id) => findOccupation(id)?.name ?? id),
              },
              {
                header: t('matching_alerts.fields.cities'),
                cell: (alert) => describe(alert.cities, (city) => t(`organisations.cities.${city}`)),
              },
              {
                header: t('matching_alerts.fields.kinds'),
                cell: (alert) => describe(alert.kinds, (kind) => t(`matching_alerts.kinds.${kind}`)),
              },
              {
                header: t('matching_alerts.fields.frequency'),
                cell: (alert) => t(`matching_alerts.frequency.${alert.frequency}`),
              },
              {
                header: t('matching_alerts.list.actions'),
                cell: (alert, index) => (
                  <RowActionForm
                    action={href(lang, `/benachrichtigungen/${alert.id}/loeschen`)}
                    label={t('matching_alerts.list.delete', { number: index + 1 })}
                  />
                ),
              },
            ]}
          />
          <h3 class="kern-heading-small" id="alert-form-title">
            {t('matching_alerts.form.title')}
          </h3>
          <p class="kern-body">{t('matching_alerts.form.lead')}</p>
          <ErrorSummary errors={errors('alert')} idPrefix="alert-" />
          <Form action={href(lang, '/benachrichtigungen')} labelledBy="alert-form-title">
            <RadioGroup
              idPrefix="alert-"
              name="frequency"
              legend={t('matching_alerts.fields.frequency')}
              options={frequencyOptions}
              values={{ frequency: 'daily', ...values('alert') }}
              errors={errors('alert')}
              required
            />
            <CheckboxGroup
              idPrefix="alert-"
              name="occupations"
              legend={t('matching_alerts.fields.occupations')}
              hint={t('matching_alerts.fields.occupations_hint', { max: ALERT_LIMITS.occupationsPerAlert })}
              options={[...OCCUPATIONS]
                .sort((a, b) => a.name.localeCompare(b.name, 'de'))
                .map((o) => ({ value: o.id, label: o.name }))}
              values={values('alert')}
              errors={errors('alert')}
            />
            <CheckboxGroup
              idPrefix="alert-"
              name="cities"
              legend={t('matching_alerts.fields.cities')}
              options={CITIES.map((c) => ({ value: c, label: t(`organisations.cities.${c}`) }))}
              values={values('alert')}
              errors={errors('alert')}
            />
            <CheckboxGroup
              idPrefix="alert-"
              name="kinds"
              legend={t('matching_alerts.fields.kinds')}
              options={POSITION_KINDS.map((k) => ({ value: k, label: t(`matching_alerts.kinds.${k}`) }))}
              values={values('alert')}
              errors={errors('alert')}
            />
            <SubmitButton label={t('matching_alerts.form.submit')} />
          </Form>
        </LabelledSection>
      ) : null}

      {data.canSubscribeDigest ? (
        <LabelledSection id="profile-digest" heading={t('matching_alerts.digest.title')}>
          <p class="kern-body">{t('matching_alerts.digest.lead')}</p>
          {data.digest ? (
            <p class="kern-body">
              {t('matching_alerts.digest.active', {
                frequency: t(`matching_alerts.frequency.${data.digest.frequency}`),
              })}
            </p>
          ) : null}
          <ErrorSummary errors={errors('digest')} idPrefix="digest-" />
          <form
            method="post"
            action={href(lang, '/benachrichtigungen/unternehmen')}
            class="vr-form kern-stack"
            noValidate
            aria-labelledby="profile-digest"
          >
            <CsrfField />
            <RadioGroup
              idPrefix="digest-"
              name="frequency"
              legend={t('matching_alerts.fields.frequency')}
              options={frequencyOptions}
              values={{ frequency: data.digest?.frequency ?? 'weekly', ...values('digest') }}
              errors={errors('digest')}
              required
            />
            <SubmitButton
              label={t(data.digest ? 'matching_alerts.digest.change' : 'matching_alerts.digest.subscribe')}
            />
          </form>
          {data.digest ? (
            <ButtonForm
              action={href(lang, '/benachrichtigungen/unternehmen/abbestellen')}
              label={t('matching_alerts.digest.unsubscribe')}
              variant="tertiary"
              size="small"
            />
          ) : null}
        </LabelledSection>
      ) : null}
    </div>
  );
}
