import { href, usePage } from '../../../core/http/page-context.js';
import type { StartPageItem } from '../../../core/modules/start-page.js';
import type { StartPageView } from '../use-cases/load-start-page.js';
import { SearchBox } from './search-box.js';

/**
 * Text the people typed (a title, a name) keeps its own direction inside a sentence of another
 * language: wrapped in the Unicode isolates FSI…PDI, the plain-text form of <bdi>, so a German title
 * does not scramble an Arabic sentence around it.
 */
function isolated(values: StartPageItem['values'] = {}): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, typeof value === 'string' ? `\u2068${value}\u2069` : value]),
  );
}

function ItemLink({ item }: { item: StartPageItem }) {
  const { t, i18n } = usePage();
  return (
    <a class="kern-link vr-start-item" href={href(i18n.locale.code, item.path)}>
      <span class="vr-start-item__label">{t(item.labelKey, { ...isolated(item.values), count: item.count ?? 0 })}</span>
      {item.count === undefined ? null : <span class="vr-start-item__count">{i18n.formatNumber(item.count)}</span>}
    </a>
  );
}

/** "Mein Bereich": first what waits for the reader, then one block per module section with counts and links. */
export function StartPage({ view }: { view: StartPageView }) {
  const { t, i18n, actor } = usePage();
  const lang = i18n.locale.code;
  const name = actor.kind === 'user' ? actor.displayName : '';
  return (
    <div class="kern-stack vr-start">
      <hgroup class="kern-hgroup">
        <h1 class="kern-heading-x-large">{t('start.title')}</h1>
        <p class="kern-subline">{t('start.lead', isolated({ name }))}</p>
      </hgroup>
      <section class="kern-stack vr-start__todo" aria-labelledby="start-todo">
        <h2 class="kern-heading-medium" id="start-todo">
          {t('start.todo.heading')}
        </h2>
        {view.todo.length === 0 ? (
          <p class="kern-body">{t('start.todo.none')}</p>
        ) : (
          <ul class="kern-list vr-start-list">
            {view.todo.map((item) => (
              <li key={`${item.labelKey}-${item.path}`}>
                <ItemLink item={item} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <ul class="vr-card-grid vr-start__sections">
        {view.sections.map((section) => {
          const headingId = `start-${section.id.replace(/[^a-z0-9]+/g, '-')}`;
          const { items, empty, more } = section.content;
          return (
            <li key={section.id} class="kern-card">
              <section class="kern-card__container" aria-labelledby={headingId}>
                <div class="kern-card__header">
                  <h2 class="kern-title" id={headingId}>
                    {t(section.headingKey)}
                  </h2>
                </div>
                <div class="kern-card__body kern-stack">
                  {items.length === 0 ? (
                    <>
                      <p class="kern-body">{t(empty.textKey)}</p>
                      {empty.action ? (
                        <p class="kern-body">
                          <a class="kern-link" href={href(lang, empty.action.path)}>
                            {t(empty.action.labelKey)}
                          </a>
                        </p>
                      ) : null}
                    </>
                  ) : (
                    <ul class="kern-list vr-start-list">
                      {items.map((item) => (
                        <li key={`${item.labelKey}-${item.path}`}>
                          <ItemLink item={item} />
                        </li>
                      ))}
                    </ul>
                  )}
                  {more && items.length > 0 ? (
                    <p class="kern-body">
                      <a class="kern-link" href={href(lang, more.path)}>
                        {t(more.labelKey)}
                      </a>
                    </p>
                  ) : null}
                </div>
              </section>
            </li>
          );
        })}
      </ul>
      <SearchBox id="start-search" />
      <p class="kern-body">
        <a class="kern-link" href={href(lang, '/konto')}>
          {t('start.account_link')}
        </a>
      </p>
    </div>
  );
}
