import { href, usePage } from '../../../../core/http/page-context.js';
import { CITIES, getRuhrCity } from '../../../../region/index.js';
import { POSITION_KINDS } from '../../tables.js';
import type { FieldErrors } from '../../../../core/errors.js';
import { ErrorSummary, Form, PageHeading, SelectField, SubmitButton } from '../../../../ui/form.js';
import { valueOf, type FormValues } from '../../../../ui/choice-fields.js';
import { SEARCH_PAGE_SIZE, type PositionWithCompany } from '../use-cases/query-positions.js';
import { useLabels } from '../../shared/index.js';
import { useDay } from './position-pages.js';

/** The public position search: filters as a GET form, results as a list of links. */
export function PositionSearchPage({
  values,
  errors,
  items,
  total,
  page,
}: {
  values: FormValues;
  errors?: FieldErrors;
  items: PositionWithCompany[];
  total: number;
  page: number;
}) {
  const { t, i18n } = usePage();
  const labels = useLabels();
  const day = useDay();
  const lang = i18n.locale.code;
  const any = t('matching_core.search.any');
  const query = (p: number) => {
    const params = new URLSearchParams();
    for (const name of ['kind', 'occupation', 'city', 'certificate', 'language'])
      if (valueOf(values, name)) params.set(name, valueOf(values, name));
    params.set('page', String(p));
    return href(lang, `/stellen?${params.toString()}`);
  };
  return (
    <div class="kern-stack">
      <PageHeading>{t('matching_core.search.title')}</PageHeading>
      <Form action={href(lang, '/stellen')} method="get">
        <ErrorSummary errors={errors} />
        <div class="vr-matching-filters">
          <SelectField
            name="kind"
            label={t('matching_core.position_fields.kind')}
            value={valueOf(values, 'kind')}
            errors={errors}
            emptyLabel={any}
            options={POSITION_KINDS.map((k) => ({ value: k, label: t(`matching_core.kinds.${k}`) }))}
          />
          <SelectField
            name="occupation"
            label={t('matching_core.position_fields.occupation')}
            value={valueOf(values, 'occupation')}
            errors={errors}
            emptyLabel={any}
            options={labels.occupationOptions()}
          />
          <SelectField
            name="city"
            label={t('matching_core.search.city')}
            value={valueOf(values, 'city')}
            errors={errors}
            emptyLabel={any}
            options={CITIES.map((c) => ({ value: c, label: labels.city(c) }))}
          />
          <SelectField
            name="certificate"
            label={t('matching_core.position_fields.required_certificate')}
            value={valueOf(values, 'certificate')}
            errors={errors}
            emptyLabel={any}
            options={labels.certificateOptions()}
          />
          <SelectField
            name="language"
            label={t('matching_core.search.language')}
            value={valueOf(values, 'language')}
            errors={errors}
            emptyLabel={any}
            options={labels.languageOptions()}
          />
        </div>
        <SubmitButton label={t('matching_core.search.submit')} />
      </Form>
      <section aria-labelledby="position-results" class="kern-stack">
        <h2 class="kern-heading-medium" id="position-results">
          {t('matching_core.search.results', { count: total })}
        </h2>
        <ul class="vr-matching-results">
          {items.map(({ position, organisationName }) => (
            <li key={position.id} class="kern-card vr-matching-card">
              <h3 class="kern-heading-small">
                <a class="kern-link" href={href(lang, `/stellen/${position.id}`)} dir="auto">
                  {position.title}
                </a>
              </h3>
              <p class="kern-body">
                <span dir="auto">{organisationName}</span> · {t(`matching_core.kinds.${position.kind}`)} ·{' '}
                <span lang="de">{labels.occupation(position.occupation_id)}</span> · {getRuhrCity(position.city).name} ·{' '}
                {t('matching_core.search.deadline', { date: day(position.deadline) })}
              </p>
            </li>
          ))}
        </ul>
        {total > SEARCH_PAGE_SIZE ? (
          <nav aria-label={t('matching_core.search.pages')} class="vr-matching-pages">
            {page > 1 ? (
              <a class="kern-link" href={query(page - 1)}>
                {t('matching_core.search.previous')}
              </a>
            ) : null}
            {page * SEARCH_PAGE_SIZE < total ? (
              <a class="kern-link" href={query(page + 1)}>
                {t('matching_core.search.next')}
              </a>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
