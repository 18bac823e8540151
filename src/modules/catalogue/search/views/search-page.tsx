import type { FieldErrors } from '../../../../core/errors.js';
import { singleValue, type FormValues } from '../../../../core/http/forms.js';
import { href, usePage } from '../../../../core/http/page-context.js';
import { ErrorSummary, Form, PageHeading, SubmitButton, TextField } from '../../../../ui/form.js';
import { savedQueryOf, SEARCH_LIMITS, SORTS, searchQueryString } from '../schemas.js';
import { SearchFilters, SearchGroups, SearchResults, statusText, type SearchViewProps } from './search-results.js';

export interface SearchPageProps extends SearchViewProps {
  /** Whether the order was chosen in the URL; otherwise the form offers relevance for the next search. */
  sortChosen?: boolean;
  saveValues?: FormValues;
  saveErrors?: FieldErrors;
}

/**
 * The search page: a plain GET form (its URL is the shareable link of the search) with the search
 * box, filters with counts, the order and the results. The live-search island enhances it.
 */
export function SearchPage(props: SearchPageProps) {
  const { t, i18n } = usePage();
  const { criteria, result, groups } = props;
  // Relevance is the default order: without a chosen order the form sends none, so the first search
  // typed here is ranked by relevance (a search without text lists the newest first).
  const selectedSort = props.sortChosen ? criteria.sort : 'relevance';
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack vr-search">
      <PageHeading>{t('catalogue_search.page.title')}</PageHeading>
      <p class="kern-body">{t('catalogue_search.page.lead')}</p>
      <form
        method="get"
        action={href(lang, '/suche')}
        role="search"
        class="vr-search__form"
        data-live-search
        aria-label={t('catalogue_search.page.form_label')}
      >
        <div class="vr-search__box">
          <div class="kern-form-input">
            <label class="kern-label" for="field-q">
              {t('catalogue_search.page.query_label')}
            </label>
            <div class="kern-hint" id="field-q-hint">
              {t('catalogue_search.page.query_hint')}
            </div>
            <input
              class="kern-form-input__input"
              id="field-q"
              name="q"
              type="search"
              value={criteria.q}
              maxLength={SEARCH_LIMITS.queryChars}
              aria-describedby="field-q-hint"
              aria-controls="search-results"
              dir="auto"
              autocomplete="off"
            />
          </div>
          <div class="kern-btn-wrapper">
            <button type="submit" class="kern-btn kern-btn--primary">
              <span class="kern-label">{t('catalogue_search.page.submit')}</span>
            </button>
          </div>
        </div>
        <SearchGroups criteria={criteria} result={result} groups={groups} />
        <div class="vr-search__layout">
          <SearchFilters criteria={criteria} result={result} />
          <div class="vr-search__main kern-stack">
            <div class="kern-form-input vr-search__sort">
              <label class="kern-label" for="field-sort">
                {t('catalogue_search.sort.label')}
              </label>
              <div class="kern-form-input__select-wrapper">
                <select class="kern-form-input__select" id="field-sort" name="sort">
                  {SORTS.map((sort) => (
                    <option key={sort} value={sort === 'relevance' ? '' : sort} selected={sort === selectedSort}>
                      {t(`catalogue_search.sort.${sort}`)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <p class="kern-body kern-body--bold" id="search-status" role="status" aria-live="polite" aria-atomic="true">
              {statusText(t, result)}
            </p>
            <SearchResults criteria={criteria} result={result} />
          </div>
        </div>
      </form>
      <SaveSearch {...props} />
    </div>
  );
}

/** Signed-in users may keep the search and get new matches by e-mail; others are told how. */
function SaveSearch({ criteria, saveValues, saveErrors }: SearchPageProps) {
  const { t, i18n, actor } = usePage();
  const lang = i18n.locale.code;
  const query = searchQueryString({ ...criteria, page: 1 });
  if (Object.keys(savedQueryOf(criteria)).length === 0) return null;
  if (actor.kind !== 'user') {
    const next = encodeURIComponent(`/${lang}/suche?${query}`);
    return (
      <section class="kern-stack vr-search__save" aria-labelledby="save-search-title">
        <h2 class="kern-heading-small" id="save-search-title">
          {t('catalogue_search.saved.save_title')}
        </h2>
        <p class="kern-body">
          <a class="kern-link" href={`${href(lang, '/anmelden')}?next=${next}`}>
            {t('catalogue_search.saved.sign_in_to_save')}
          </a>
        </p>
      </section>
    );
  }
  return (
    <section class="kern-stack vr-search__save" aria-labelledby="save-search-title">
      <h2 class="kern-heading-small" id="save-search-title">
        {t('catalogue_search.saved.save_title')}
      </h2>
      <p class="kern-body">{t('catalogue_search.saved.save_lead')}</p>
      <ErrorSummary errors={saveErrors} />
      <Form action={href(lang, '/suche/speichern')} labelledBy="save-search-title">
        <input type="hidden" name="query" value={singleValue(saveValues?.query) ?? query} />
        <TextField
          name="label"
          label={t('catalogue_search.saved.label')}
          value={singleValue(saveValues?.label) ?? criteria.q.slice(0, SEARCH_LIMITS.labelChars)}
          errors={saveErrors}
          required
          maxLength={SEARCH_LIMITS.labelChars}
        />
        <SubmitButton label={t('catalogue_search.saved.save')} variant="secondary" />
      </Form>
      <p class="kern-body">
        <a class="kern-link" href={href(lang, '/suche/gespeichert')}>
          {t('catalogue_search.saved.manage_link')}
        </a>
      </p>
    </section>
  );
}
