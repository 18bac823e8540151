import { href, usePage } from '../../../core/http/page-context.js';
import { RUHR_CITIES } from '../../../region/index.js';
import type { HomePageView } from '../use-cases/load-home-page.js';
import { SearchBox } from './search-box.js';

/** The four ways in: who the visitor is decides where the platform leads them first. */
const AUDIENCES = [
  {
    id: 'applicants',
    links: [
      { key: 'positions', path: '/stellen' },
      { key: 'register', path: '/registrieren' },
      { key: 'mentoring', path: '/mentoring' },
    ],
  },
  {
    id: 'companies',
    links: [
      { key: 'training', path: '/ausbilden' },
      { key: 'register', path: '/registrieren' },
      { key: 'login', path: '/anmelden' },
      { key: 'mentoring', path: '/mentoring' },
    ],
  },
  {
    id: 'providers',
    links: [
      { key: 'search', path: '/suche' },
      { key: 'register', path: '/registrieren' },
      { key: 'login', path: '/anmelden' },
    ],
  },
  {
    id: 'municipalities',
    links: [
      { key: 'projects', path: '/suche?kind=project' },
      { key: 'funding', path: '/suche?kind=funding' },
      { key: 'login', path: '/anmelden' },
    ],
  },
] as const;

export function HomePage({ view }: { view: HomePageView }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack vr-home">
      <hgroup class="kern-hgroup">
        <h1 class="kern-heading-x-large">{t('home.title')}</h1>
        <p class="kern-subline">{t('home.lead')}</p>
      </hgroup>
      <SearchBox id="home-search" />

      <section class="kern-stack" aria-labelledby="home-audiences">
        <h2 class="kern-heading-medium" id="home-audiences">
          {t('home.audiences.heading')}
        </h2>
        <ul class="vr-card-grid">
          {AUDIENCES.map((audience) => (
            <li key={audience.id} class="kern-card">
              <div class="kern-card__container">
                <div class="kern-card__header">
                  <h3 class="kern-title">{t(`home.audiences.${audience.id}.title`)}</h3>
                </div>
                <div class="kern-card__body kern-stack">
                  <p class="kern-body">{t(`home.audiences.${audience.id}.text`)}</p>
                  <ul class="kern-list vr-start-list">
                    {audience.links.map((link) => (
                      <li key={link.key}>
                        <a class="kern-link" href={href(lang, link.path)}>
                          {t(`home.audiences.${audience.id}.links.${link.key}`)}
                        </a>
                      </li>
                    ))}
                  </ul>
                </div>
              </div>
            </li>
          ))}
        </ul>
      </section>

      {view.figures.length > 0 ? (
        <section class="kern-stack" aria-labelledby="home-figures">
          <h2 class="kern-heading-medium" id="home-figures">
            {t('home.figures.heading')}
          </h2>
          <ul class="vr-figures">
            {view.figures.map((figure) => (
              <li key={figure.id}>
                <a class="kern-link vr-figure" href={href(lang, figure.path)}>
                  <span class="vr-figure__count">{i18n.formatNumber(figure.count)}</span>
                  <span class="vr-figure__label">{t(figure.labelKey, { count: figure.count })}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div class="vr-home__lists">
        {view.lists.map((list) => (
          <section key={list.id} class="kern-stack" aria-labelledby={`home-${list.id.replace(/[^a-z0-9]+/g, '-')}`}>
            <h2 class="kern-heading-medium" id={`home-${list.id.replace(/[^a-z0-9]+/g, '-')}`}>
              {t(list.headingKey)}
            </h2>
            {list.items.length === 0 ? (
              <p class="kern-body">{t(list.emptyKey)}</p>
            ) : (
              <ul class="kern-list vr-home-list">
                {list.items.map((item) => (
                  <li key={item.path}>
                    <a class="kern-link" href={href(lang, item.path)} lang={item.titleLang} dir="auto">
                      {item.title}
                    </a>
                    <span class="kern-body kern-body--small vr-home-list__detail">{item.detail}</span>
                  </li>
                ))}
              </ul>
            )}
            <p class="kern-body">
              <a class="kern-link" href={href(lang, list.more.path)}>
                {t(list.more.labelKey)}
              </a>
            </p>
          </section>
        ))}
      </div>

      <section class="kern-stack" aria-labelledby="home-cities">
        <h2 class="kern-heading-medium" id="home-cities">
          {t('home.cities.heading')}
        </h2>
        <p class="kern-body">{t('home.cities.text')}</p>
        <ul class="vr-city-list">
          {RUHR_CITIES.map((city) => (
            <li key={city.code}>
              <a class="kern-link" href={`${href(lang, '/suche')}?city=${city.code}`} lang="de">
                {city.name}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
