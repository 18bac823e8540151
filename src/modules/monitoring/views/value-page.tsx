import type { FieldErrors } from '../../../core/errors.js';
import type { FormValues } from '../../../core/http/forms.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { DataTable } from '../../../ui/data-table.js';
import { ErrorSummary, Form, PageHeading, SubmitButton, TextArea, TextField } from '../../../ui/form.js';
import { findIndicator } from '../indicators.js';
import type { readValueHistory } from '../use-cases/read-value-history.js';
import { areaName, formatValue, formatYear } from './chart-figure.js';

type History = Awaited<ReturnType<typeof readValueHistory>>;

/** One value with its source and corrections, and the correction form for those who may correct it. */
export function ValuePage({
  history,
  canCorrect,
  values = {},
  errors,
}: {
  history: History;
  canCorrect: boolean;
  values?: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { i18n, t } = usePage();
  const lang = i18n.locale.code;
  const { value, corrections } = history;
  const indicator = findIndicator(value.indicator_key)!;
  const shown = (number: number | null, sign: string | null) =>
    number === null ? t(`monitoring.signs.${sign ?? 'unknown'}`) : formatValue(i18n, indicator, number);
  const title = t('monitoring.values.page_title', {
    indicator: t(`monitoring_indicators.${indicator.key}.name`),
    area: areaName(t, value.area),
    year: formatYear(i18n, value.year),
  });
  return (
    <section class="kern-stack">
      <PageHeading id="value-heading">{title}</PageHeading>
      <dl class="vr-facts">
        <dt>{t('monitoring.chart.value')}</dt>
        <dd>
          {shown(value.value, value.sign)}
          {value.is_demo ? ` (${t('monitoring.demo.short')})` : ''}
        </dd>
        <dt>{t('monitoring.catalogue.source')}</dt>
        <dd>
          <bdi>{value.source}</bdi>
        </dd>
        <dt>{t('monitoring.values.retrieved_on')}</dt>
        <dd>{i18n.formatDate(value.retrieved_on, { dateStyle: 'long' })}</dd>
      </dl>
      <DataTable<History['corrections'][number]>
        caption={t('monitoring.values.history')}
        isCaptionVisible
        columns={[
          {
            header: t('monitoring.values.corrected_at'),
            cell: (row) => i18n.formatDate(row.corrected_at, { dateStyle: 'medium', timeStyle: 'short' }),
            isRowHeader: true,
          },
          {
            header: t('monitoring.values.previous'),
            cell: (row) => shown(row.previous_value, row.previous_sign),
            isNumeric: true,
          },
          { header: t('monitoring.values.new'), cell: (row) => shown(row.new_value, null), isNumeric: true },
          { header: t('monitoring.values.reason'), cell: (row) => row.reason, hasOwnDirection: true },
        ]}
        rows={corrections}
        rowKey={(row) => row.id}
        empty={<p class="kern-body">{t('monitoring.values.no_corrections')}</p>}
      />
      {canCorrect ? (
        <>
          <ErrorSummary errors={errors} />
          <Form action={href(lang, `/monitoring/werte/${value.id}/korrektur`)} labelledBy="correct-heading">
            <h2 class="kern-heading-medium" id="correct-heading">
              {t('monitoring.values.correct_title')}
            </h2>
            <TextField
              name="value"
              label={t('monitoring.values.new')}
              hint={t('monitoring.values.number_hint')}
              value={values.value}
              errors={errors}
              required
              inputMode="numeric"
              maxLength={20}
            />
            <TextArea
              name="reason"
              label={t('monitoring.values.reason')}
              value={values.reason}
              errors={errors}
              required
              maxLength={1000}
              rows={3}
            />
            <SubmitButton label={t('monitoring.values.correct_submit')} />
          </Form>
        </>
      ) : null}
      <p class="kern-body">
        <a class="kern-link" href={href(lang, `/monitoring/indikatoren/${indicator.key}?jahr=${value.year}`)}>
          {t('monitoring.dashboard.more', { indicator: t(`monitoring_indicators.${indicator.key}.name`) })}
        </a>
      </p>
    </section>
  );
}
