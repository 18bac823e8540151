import type { FieldErrors } from '../../../core/errors.js';
import type { FormValues } from '../../../core/http/forms.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { ErrorSummary, Form, PageHeading, SelectField, SubmitButton, TextField } from '../../../ui/form.js';
import { RadioGroup } from '../../../ui/choice-fields.js';
import { AREAS } from '../areas.js';
import { STORED_INDICATORS } from '../indicators.js';
import type { IndicatorData } from '../use-cases/get-indicator-data.js';
import { DemoNotice } from './dashboard-pages.js';
import { StandingsTable } from './standings-table.js';

/**
 * The internal dashboard of the coordination office and the city offices: every indicator with a
 * target, its gap per city; for the office also the target form and the way to the imports.
 */
export function InternalDashboardPage({
  withTargets,
  canManage,
  values = {},
  errors,
  platform,
}: {
  withTargets: IndicatorData[];
  canManage: boolean;
  values?: FormValues;
  errors?: FieldErrors | undefined;
  platform: preact.ComponentChildren;
}) {
  const { i18n, t } = usePage();
  const lang = i18n.locale.code;
  const indicatorOptions = STORED_INDICATORS.map((indicator) => ({
    value: indicator.key,
    label: t(`monitoring_indicators.${indicator.key}.name`),
  }));
  return (
    <section class="kern-stack">
      <PageHeading>{t('monitoring.internal.title')}</PageHeading>
      <p class="kern-body">{t('monitoring.internal.intro')}</p>
      <DemoNotice hasDemo={withTargets.some((item) => item.hasDemo)} />
      {canManage ? (
        <ul class="vr-link-list">
          <li>
            <a class="kern-link" href={href(lang, '/monitoring/import')}>
              {t('monitoring.import.title')}
            </a>
          </li>
        </ul>
      ) : null}
      <section class="kern-stack" aria-labelledby="gaps-heading">
        <h2 class="kern-heading-medium" id="gaps-heading">
          {t('monitoring.internal.gaps')}
        </h2>
        {withTargets.length === 0 ? <p class="kern-body">{t('monitoring.internal.no_targets')}</p> : null}
        {withTargets.map((data) => (
          <div class="kern-stack" key={data.indicator.key}>
            <StandingsTable
              data={data}
              caption={t('monitoring.internal.gap_caption', {
                indicator: t(`monitoring_indicators.${data.indicator.key}.name`),
              })}
            />
            <p class="kern-body">
              <a class="kern-link" href={href(lang, `/monitoring/indikatoren/${data.indicator.key}`)}>
                {t('monitoring.dashboard.more', { indicator: t(`monitoring_indicators.${data.indicator.key}.name`) })}
              </a>
            </p>
          </div>
        ))}
      </section>
      {canManage ? (
        <>
          <ErrorSummary errors={errors} />
          <Form action={href(lang, '/monitoring/ziele')} labelledBy="target-heading">
            <h2 class="kern-heading-medium" id="target-heading">
              {t('monitoring.targets.form_title')}
            </h2>
            <SelectField
              name="indicator"
              label={t('monitoring.import.indicator')}
              value={values.indicator}
              errors={errors}
              required
              emptyLabel={t('monitoring.import.choose_indicator')}
              options={indicatorOptions}
            />
            <SelectField
              name="area"
              label={t('monitoring.targets.area')}
              value={values.area}
              errors={errors}
              options={[
                { value: '', label: t('monitoring.targets.every_city') },
                ...AREAS.map((area) => ({ value: area, label: t(`monitoring.areas.${area}`) })),
              ]}
            />
            <RadioGroup
              name="kind"
              legend={t('monitoring.targets.kind')}
              values={values}
              errors={errors}
              required
              options={[
                { value: 'value', label: t('monitoring.targets.kind_value') },
                { value: 'indicator', label: t('monitoring.targets.kind_indicator') },
              ]}
            />
            <TextField
              name="targetValue"
              label={t('monitoring.targets.value')}
              hint={t('monitoring.values.number_hint')}
              value={values.targetValue}
              errors={errors}
              inputMode="numeric"
              maxLength={20}
            />
            <TextField
              name="targetYear"
              label={t('monitoring.targets.year')}
              value={values.targetYear}
              errors={errors}
              inputMode="numeric"
              maxLength={4}
            />
            <SelectField
              name="referenceIndicator"
              label={t('monitoring.targets.reference')}
              value={values.referenceIndicator}
              errors={errors}
              options={[{ value: '', label: t('monitoring.import.mapping.none') }, ...indicatorOptions]}
            />
            <SubmitButton label={t('monitoring.targets.submit')} />
          </Form>
        </>
      ) : null}
      {platform}
    </section>
  );
}
