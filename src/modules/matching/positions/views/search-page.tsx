import { href, usePage } from '../../../../core/http/page-context.js';
import { CITIES, getRuhrCity, type City } from '../../../../region/index.js';
import { POSITION_KINDS } from '../../tables.js';
import type { FieldErrors } from '../../../../core/errors.js';
import { PlaceFilters } from '../../../../core/search/place-filters.js';
import { ErrorSummary, PageHeading, SelectField, SubmitButton, TextField } from '../../../../ui/form.js';
import { valueOf, type FormValues } from '../../../../ui/choice-fields.js';
import { useLabels } from '../../shared/index.js';
import { POSITION_SEARCH_LIMITS, RADII } from '../search-schemas.js';
import type { NoResultHelp } from '../use-cases/help-without-results.js';
import type { PositionHit, PositionSearchResult } from '../use-cases/search-positions.js';
import { useDay } from './position-pages.js';

/** The parameters of the form, in the order links repeat them. */
const PARAMETERS = [
  'q',
  'kind',
  'occupation',
  'city',
  'certificate',
  'language',
  'start',
  'radius',
  'postcode',
  'near',
];
const FILTERS = PARAMETERS.filter((name) => name !== 'q');

export interface PositionSearchPageProps {
  values: FormValues;
  errors?: FieldErrors | undefined;
  result: PositionSearchResult | null;
  help: NoResultHelp | null;
  /** A signed-in applicant with a profile may search around their own postcode. */
  canUseOwnPostcode: boolean;
}

function searchPath(lang: string, values: FormValues, changes: Record<string, string | null>): string {
  const params = new URLSearchParams();
  for (const name of PARAMETERS) {
    const value = name in changes ? changes[name] : valueOf(values, name);
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return href(lang, `/stellen${query ? `?${query}` : ''}`);
}

/**
 * The public position search: a GET form (its URL is the shareable link) with the text first and
 * the other filters behind a "Filter" disclosure, so on a phone the results follow the search box.
 * Places named in the text show as filters that a link removes; with a radius the results are
 * sorted by distance and show it; when nothing is found the page says so and offers the nearest
 * positions and the neighbouring cities.
 */
export function PositionSearchPage({ values, errors, result, help, canUseOwnPostcode }: PositionSearchPageProps) {
  const { t, i18n } = usePage();
  const labels = useLabels();
  const lang = i18n.locale.code;
  const any = t('matching_core.search.any');
  const active = FILTERS.filter((name) => valueOf(values, name)).length;
  const hasErrors = errors !== undefined && Object.keys(errors).length > 0;
  return (
    <div class="kern-stack vr-position-search">
      <PageHeading>{t('matching_core.search.title')}</PageHeading>
      <form method="get" action={href(lang, '/stellen')} role="search" aria-label={t('matching_search.form_label')}>
        <div class="kern-stack">
          <ErrorSummary errors={errors} />
          <div class="vr-search__box">
            <TextField
              name="q"
              type="search"
              label={t('matching_search.query_label')}
              hint={t('matching_search.query_hint')}
              value={valueOf(values, 'q')}
              errors={errors}
              maxLength={POSITION_SEARCH_LIMITS.queryChars}
              autocomplete="off"
            />
            <SubmitButton label={t('matching_core.search.submit')} />
          </div>
          <details class="vr-position-search__filters" open={hasErrors}>
            <summary class="kern-label">{t('matching_search.filters', { count: active })}</summary>
            <div class="kern-stack">
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
                <TextField
                  name="start"
                  type="date"
                  label={t('matching_search.start')}
                  hint={t('matching_search.start_hint')}
                  value={valueOf(values, 'start')}
                  errors={errors}
                />
              </div>
              <fieldset class="kern-fieldset">
                <legend class="kern-label">{t('matching_search.radius_legend')}</legend>
                <div class="kern-fieldset__body vr-matching-filters">
                  <SelectField
                    name="radius"
                    label={t('matching_search.radius')}
                    value={valueOf(values, 'radius')}
                    errors={errors}
                    emptyLabel={t('matching_search.radius_any')}
                    options={RADII.map((km) => ({ value: km, label: t('matching_search.km', { km: Number(km) }) }))}
                  />
                  <TextField
                    name="postcode"
                    label={t('matching_search.postcode')}
                    hint={t('matching_search.postcode_hint')}
                    value={valueOf(values, 'postcode')}
                    errors={errors}
                    inputMode="numeric"
                    autocomplete="postal-code"
                    maxLength={5}
                  />
                  {canUseOwnPostcode ? (
                    <div class="kern-form-check">
                      <input
                        class="kern-form-check__checkbox"
                        type="checkbox"
                        id="field-near"
                        name="near"
                        value="me"
                        checked={valueOf(values, 'near') === 'me'}
                      />
                      <label class="kern-label" for="field-near">
                        {t('matching_search.near_me')}
                      </label>
                    </div>
                  ) : null}
                </div>
              </fieldset>
              <SubmitButton label={t('matching_search.apply')} variant="secondary" />
            </div>
          </details>
        </div>
      </form>
      {result ? <Results values={values} result={result} help={help} /> : null}
    </div>
  );
}

function Results({
  values,
  result,
  help,
}: {
  values: FormValues;
  result: PositionSearchResult;
  help: NoResultHelp | null;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const byDistance = Boolean(valueOf(values, 'radius'));
  return (
    <section aria-labelledby="position-results" class="kern-stack">
      <h2 class="kern-heading-medium" id="position-results">
        {result.totalIsCapped
          ? t('matching_core.search.results_more', { count: result.total })
          : t('matching_core.search.results', { count: result.total })}
      </h2>
      <PlaceFilters places={result.places} hrefWithout={(q) => searchPath(lang, values, { q, page: null })} />
      {result.droppedWord ? (
        <p class="kern-body" role="status">
          {t('search.dropped_word', { word: result.droppedWord })}
        </p>
      ) : null}
      {byDistance && result.total > 0 ? (
        <p class="kern-body">
          {t('matching_search.sorted_by_distance')} {t('search.distance_note')}
        </p>
      ) : null}
      {result.total === 0 ? <NoResults values={values} help={help} /> : <HitList items={result.items} />}
      {result.pageCount > 1 ? (
        <nav aria-label={t('matching_core.search.pages')} class="vr-matching-pages">
          {result.page > 1 ? (
            <a class="kern-link" href={searchPath(lang, values, { page: String(result.page - 1) })} rel="prev">
              {t('matching_core.search.previous')}
            </a>
          ) : null}
          <span>{t('matching_search.page_of', { page: result.page, pages: result.pageCount })}</span>
          {result.page < result.pageCount ? (
            <a class="kern-link" href={searchPath(lang, values, { page: String(result.page + 1) })} rel="next">
              {t('matching_core.search.next')}
            </a>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}

function HitList({ items }: { items: PositionHit[] }) {
  const { t, i18n } = usePage();
  const labels = useLabels();
  const day = useDay();
  const lang = i18n.locale.code;
  return (
    <ul class="vr-matching-results">
      {items.map((hit) => (
        <li key={hit.id} class="kern-card vr-matching-card">
          <h3 class="kern-heading-small">
            <a class="kern-link" href={href(lang, `/stellen/${hit.id}`)} dir="auto">
              {hit.title}
            </a>
          </h3>
          <p class="kern-body">
            {hit.km !== null ? (
              <strong class="vr-position-search__distance">
                {t('matching_search.distance', { km: i18n.formatNumber(Math.round(hit.km * 10) / 10) })}
              </strong>
            ) : null}
            {hit.km !== null ? ' · ' : null}
            <span dir="auto">{hit.organisationName}</span> · {t(`matching_core.kinds.${hit.kind}`)} ·{' '}
            <span lang="de">{labels.occupation(hit.occupationId)}</span> · {getRuhrCity(hit.city).name} ·{' '}
            {t('matching_core.search.deadline', { date: day(new Date(`${hit.deadline}T12:00:00Z`)) })}
          </p>
        </li>
      ))}
    </ul>
  );
}

function NoResults({ values, help }: { values: FormValues; help: NoResultHelp | null }) {
  const { t, i18n } = usePage();
  const labels = useLabels();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack">
      <p class="kern-body">{t('matching_search.none')}</p>
      {help && help.nearest.length > 0 ? (
        <section class="kern-stack" aria-labelledby="nearest-title">
          <h3 class="kern-heading-small" id="nearest-title">
            {t('matching_search.nearest')}
          </h3>
          <HitList items={help.nearest} />
        </section>
      ) : null}
      {help && help.neighbouringCities.length > 0 ? (
        <section class="kern-stack" aria-labelledby="neighbours-title">
          <h3 class="kern-heading-small" id="neighbours-title">
            {t('matching_search.neighbours')}
          </h3>
          <ul class="kern-list">
            {help.neighbouringCities.map(({ city, km }: { city: City; km: number }) => (
              <li key={city}>
                <a
                  class="kern-link"
                  href={searchPath(lang, values, { city, radius: null, postcode: null, near: null, page: null })}
                >
                  {t('matching_search.neighbour', { city: labels.city(city), km: i18n.formatNumber(Math.round(km)) })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
