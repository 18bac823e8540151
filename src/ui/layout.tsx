import type { ComponentChildren } from 'preact';
import { LOCALES, LOCALE_CODES } from '../core/i18n/locales.js';
import { href, usePage } from '../core/http/page-context.js';
import { canCreateEntries } from '../modules/catalogue/policy.js';
import { ButtonForm } from './form.js';

export interface LayoutProps {
  title: string;
  description?: string | undefined;
  baseUrl: string;
  children: ComponentChildren;
}

function LanguageSwitcher() {
  const { i18n, t, path, search } = usePage();
  return (
    <nav aria-label={t('layout.language_nav')} class="vr-languages">
      <ul class="kern-list kern-list--horizontal">
        {LOCALE_CODES.map((code) => (
          <li key={code}>
            <a
              class="kern-link kern-link--small"
              href={href(code, path) + search}
              hreflang={code}
              lang={code}
              dir={LOCALES[code].dir}
              aria-current={code === i18n.locale.code ? 'true' : undefined}
            >
              {LOCALES[code].endonym}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function MainNavigation() {
  const { t, i18n, actor, path } = usePage();
  const lang = i18n.locale.code;
  const link = (to: string, key: string) => (
    <li>
      <a class="kern-link" href={href(lang, to)} aria-current={path === to ? 'page' : undefined}>
        {t(key)}
      </a>
    </li>
  );
  return (
    <nav aria-label={t('layout.main_nav')} class="vr-main-nav">
      <ul class="kern-list kern-list--horizontal">
        {link('/', 'layout.nav.home')}
        {link('/suche', 'catalogue_search.nav')}
        {link('/stellen', 'matching_core.nav')}
        {link('/mentoring', 'matching_mentoring.nav')}
        {actor.kind === 'user' ? (
          <>
            {actor.organisation
              ? link('/organisation', 'layout.nav.organisation')
              : link('/organisation/neu', 'layout.nav.register_organisation')}
            {canCreateEntries(actor) ? link('/organisation/eintraege', 'catalogue_entries.own.nav') : null}
            {actor.isPlatformAdmin ? link('/verwaltung', 'layout.nav.admin') : null}
            {link('/konto', 'layout.nav.account')}
            <li>
              <ButtonForm
                action={href(lang, '/abmelden')}
                label={t('layout.nav.logout')}
                variant="tertiary"
                size="x-small"
              />
            </li>
          </>
        ) : (
          <>
            {link('/anmelden', 'layout.nav.login')}
            {link('/registrieren', 'layout.nav.register')}
          </>
        )}
      </ul>
    </nav>
  );
}

function Footer() {
  const { t, i18n, isProduction } = usePage();
  const lang = i18n.locale.code;
  return (
    <footer class="vr-footer">
      <div class="kern-container">
        <nav aria-label={t('layout.footer_nav')}>
          <ul class="kern-list kern-list--horizontal">
            <li>
              <a class="kern-link" href={href(lang, '/impressum')}>
                {t('layout.footer.imprint')}
              </a>
            </li>
            <li>
              <a class="kern-link" href={href(lang, '/datenschutz')}>
                {t('layout.footer.privacy')}
              </a>
            </li>
            <li>
              <a class="kern-link" href={href(lang, '/barrierefreiheit')}>
                {t('layout.footer.accessibility')}
              </a>
            </li>
            <li>
              <a class="kern-link" href={href('de', '/leichte-sprache')} hreflang="de" lang="de">
                {t('layout.footer.easy_language')}
              </a>
            </li>
            {isProduction ? null : (
              <li>
                <a class="kern-link" href={href(lang, '/entwicklung/postausgang')}>
                  {t('layout.footer.dev_outbox')}
                </a>
              </li>
            )}
          </ul>
        </nav>
        <p class="kern-body kern-body--small">{t('layout.footer.cooperation')}</p>
      </div>
    </footer>
  );
}

function Flash() {
  const { flash, t } = usePage();
  if (!flash) return null;
  return (
    <div class={`kern-alert kern-alert--${flash.kind}`} role="status">
      <div class="kern-alert__header">
        <span class={`kern-icon kern-icon--${flash.kind}`} aria-hidden="true"></span>
        <span class="kern-title">{t(flash.key)}</span>
      </div>
    </div>
  );
}

export function Layout({ title, description, baseUrl, children }: LayoutProps) {
  const { t, i18n, path, search } = usePage();
  const lang = i18n.locale.code;
  return (
    <html lang={lang} dir={i18n.locale.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${t('layout.site_name')}`}</title>
        {description ? <meta name="description" content={description} /> : null}
        {LOCALE_CODES.map((code) => (
          <link key={code} rel="alternate" hreflang={code} href={`${baseUrl}${href(code, path)}${search}`} />
        ))}
        <link rel="alternate" hreflang="x-default" href={`${baseUrl}${href('de', path)}${search}`} />
        <link rel="stylesheet" href="/assets/kern/fonts/fira-sans.css" />
        <link rel="stylesheet" href="/assets/kern/kern.min.css" />
        <link rel="stylesheet" href="/assets/app.css" />
        <script type="module" src="/assets/build/islands.js" defer></script>
      </head>
      <body>
        <a class="vr-skip-link kern-link" href="#main">
          {t('layout.skip_to_content')}
        </a>
        <header class="vr-header">
          <div class="kern-container">
            <div class="vr-header__row">
              <a class="vr-brand kern-link kern-link--no-visited-state" href={href(lang, '/')}>
                <span class="kern-title kern-title--large">{t('layout.site_name')}</span>
                <span class="kern-body kern-body--small vr-brand__claim">{t('layout.claim')}</span>
              </a>
              <LanguageSwitcher />
            </div>
            <MainNavigation />
          </div>
        </header>
        <main id="main" class="kern-container vr-main" tabIndex={-1}>
          <Flash />
          {children}
        </main>
        <Footer />
      </body>
    </html>
  );
}
