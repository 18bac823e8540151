import type { ComponentChildren } from 'preact';
import { LOCALES, LOCALE_CODES, type LocaleCode } from '../core/i18n/locales.js';
import { href, usePage } from '../core/http/page-context.js';
import { navigationFor, type NavigationArea, type NavigationEntry } from '../core/modules/navigation.js';
import type { ShareCard } from '../core/http/types.js';
import { AssetLinks } from './asset-links.js';
import { ButtonForm } from './form.js';

export interface LayoutProps {
  title: string;
  description?: string | undefined;
  shareCard?: ShareCard | undefined;
  /** The languages the page's content exists in (RenderOptions.languages); every language when not given. */
  languages?: readonly LocaleCode[] | undefined;
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

/** One entry of a menu: a link into the current language (or the entry's own), or a one-button form. */
function NavigationItem({ entry, isCurrentMarked }: { entry: NavigationEntry; isCurrentMarked: boolean }) {
  const { t, i18n, path } = usePage();
  const lang = entry.lang ?? i18n.locale.code;
  if (entry.kind === 'post')
    return (
      <li>
        <ButtonForm action={href(lang, entry.path)} label={t(entry.labelKey)} variant="tertiary" size="x-small" />
      </li>
    );
  return (
    <li>
      <a
        class="kern-link"
        href={href(lang, entry.path)}
        hreflang={entry.lang}
        lang={entry.lang}
        aria-current={isCurrentMarked && path === entry.path ? 'page' : undefined}
      >
        {t(entry.labelKey)}
      </a>
    </li>
  );
}

/** The entries of one area that this visitor may see, in their order; the modules declare them. */
function useNavigation(area: NavigationArea): NavigationEntry[] {
  const { navigation, actor, isProduction, isLocalVisitor } = usePage();
  return navigationFor(navigation, area, { actor, isProduction, isLocalVisitor });
}

/**
 * The header's menu, in one navigation landmark with two lists: the platform's sections, the same for everybody,
 * and the visitor's own places (Mein Bereich, what their role works on, the account; or sign-in and
 * registration), so neither list grows into the other.
 */
function HeaderNavigation() {
  const { t } = usePage();
  const own = useNavigation('account');
  return (
    <nav aria-label={t('layout.main_nav')} class="vr-main-nav">
      <ul class="kern-list kern-list--horizontal vr-main-nav__sections">
        {useNavigation('main').map((entry) => (
          <NavigationItem key={entry.path} entry={entry} isCurrentMarked />
        ))}
      </ul>
      {own.length > 0 ? (
        <ul class="kern-list kern-list--horizontal vr-main-nav__own" aria-label={t('layout.account_nav')}>
          {own.map((entry) => (
            <NavigationItem key={entry.path} entry={entry} isCurrentMarked />
          ))}
        </ul>
      ) : null}
    </nav>
  );
}

/**
 * On a wide screen the menus show in the header; on a narrow one (CSS, max-width 48rem) they fold
 * into a native disclosure, which opens by keyboard and announces its state without any script.
 * Only one of the two is displayed, so a screen reader never meets the menus twice.
 */
function MainNavigation() {
  const { t } = usePage();
  return (
    <>
      <div class="vr-nav-wide">
        <HeaderNavigation />
      </div>
      <details class="vr-nav-narrow">
        <summary class="kern-btn kern-btn--secondary vr-nav-narrow__button">
          <span class="kern-label">{t('layout.menu')}</span>
        </summary>
        <HeaderNavigation />
      </details>
    </>
  );
}

function Footer() {
  const { t } = usePage();
  return (
    <footer class="vr-footer">
      <div class="kern-container">
        <nav aria-label={t('layout.footer_nav')}>
          <ul class="kern-list kern-list--horizontal">
            {useNavigation('footer').map((entry) => (
              <NavigationItem key={entry.path} entry={entry} isCurrentMarked={false} />
            ))}
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

/** Open Graph's locale names (language_TERRITORY) for the platform's languages. */
const OG_LOCALES: Record<LocaleCode, string> = {
  de: 'de_DE',
  en: 'en_GB',
  tr: 'tr_TR',
  ar: 'ar_AR',
  pl: 'pl_PL',
  ru: 'ru_RU',
  uk: 'uk_UA',
};

/**
 * What search engines and shared links read (decision 030): the canonical address, the page in the other
 * languages its content really exists in (German as x-default), and Open Graph with the summary card — title,
 * description, address, language, site name, and the page's image where it has one (a story's share card).
 */
function HeadLinks(props: {
  title: string;
  description: string | undefined;
  shareCard: ShareCard | undefined;
  languages: readonly LocaleCode[] | undefined;
  baseUrl: string;
}) {
  const { t, i18n, path } = usePage();
  const lang = i18n.locale.code;
  const languages = LOCALE_CODES.filter((code) => (props.languages ?? LOCALE_CODES).includes(code));
  // A page in a language its content lacks shows German text: the German page is the one to index.
  const canonicalLang = languages.includes(lang) ? lang : languages.includes('de') ? 'de' : (languages[0] ?? 'de');
  const address = (code: string) => `${props.baseUrl}${href(code, path)}`;
  const canonical = address(canonicalLang);
  const card = props.shareCard;
  const description = card?.description ?? props.description;
  const origin = new URL(props.baseUrl).origin;
  return (
    <>
      <link rel="canonical" href={canonical} />
      {languages.length > 1
        ? languages.map((code) => <link key={code} rel="alternate" hreflang={code} href={address(code)} />)
        : null}
      {languages.length > 1 ? (
        <link rel="alternate" hreflang="x-default" href={address(languages.includes('de') ? 'de' : canonicalLang)} />
      ) : null}
      <meta property="og:type" content={card ? 'article' : 'website'} />
      <meta property="og:site_name" content={t('layout.site_name')} />
      <meta property="og:locale" content={OG_LOCALES[canonicalLang]} />
      {languages
        .filter((code) => code !== canonicalLang)
        .map((code) => (
          <meta key={code} property="og:locale:alternate" content={OG_LOCALES[code]} />
        ))}
      <meta property="og:url" content={canonical} />
      <meta property="og:title" content={card?.title ?? props.title} />
      {description ? <meta property="og:description" content={description} /> : null}
      {card?.image ? <meta property="og:image" content={`${origin}${card.image.path}`} /> : null}
      {card?.image ? <meta property="og:image:alt" content={card.image.alt} /> : null}
      <meta name="twitter:card" content={card?.image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={card?.title ?? props.title} />
      {description ? <meta name="twitter:description" content={description} /> : null}
    </>
  );
}

export function Layout({ title, description, shareCard, languages, baseUrl, children }: LayoutProps) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <html lang={lang} dir={i18n.locale.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${t('layout.site_name')}`}</title>
        {description ? <meta name="description" content={description} /> : null}
        <HeadLinks
          title={title}
          description={description}
          shareCard={shareCard}
          languages={languages}
          baseUrl={baseUrl}
        />
        <AssetLinks />
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
