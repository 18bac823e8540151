import { href, usePage } from '../../../core/http/page-context.js';

/** The catalogue's search field: a plain GET form to /<lang>/suche, the platform's main entry point. */
export function SearchBox({ id }: { id: string }) {
  const { t, i18n } = usePage();
  return (
    <form method="get" action={href(i18n.locale.code, '/suche')} role="search" class="vr-search-box">
      <div class="kern-form-input">
        <label class="kern-label" for={id}>
          {t('home.search.label')}
        </label>
        <div class="kern-hint" id={`${id}-hint`}>
          {t('home.search.hint')}
        </div>
        <div class="vr-search-box__row">
          <input
            class="kern-form-input__input"
            type="search"
            id={id}
            name="q"
            autocomplete="off"
            aria-describedby={`${id}-hint`}
          />
          <button type="submit" class="kern-btn kern-btn--primary">
            <span class="kern-label">{t('home.search.submit')}</span>
          </button>
        </div>
      </div>
    </form>
  );
}
