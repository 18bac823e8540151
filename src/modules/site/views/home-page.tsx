import { href, usePage } from '../../../core/http/page-context.js';

export function HomePage() {
  const { t, i18n, actor } = usePage();
  const lang = i18n.locale.code;
  const fields = ['campaigns', 'transparency', 'region'] as const;
  return (
    <div class="kern-stack">
      <hgroup class="kern-hgroup">
        <h1 class="kern-heading-x-large">{t('home.title')}</h1>
        <p class="kern-subline">{t('home.lead')}</p>
      </hgroup>
      <ul class="vr-card-grid">
        {fields.map((field) => (
          <li key={field} class="kern-card">
            <div class="kern-card__container">
              <div class="kern-card__header">
                <h2 class="kern-title">{t(`home.fields.${field}.title`)}</h2>
              </div>
              <div class="kern-card__body">
                <p class="kern-body">{t(`home.fields.${field}.text`)}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
      {actor.kind === 'anonymous' ? (
        <p class="kern-body">
          <a class="kern-btn kern-btn--primary" href={href(lang, '/registrieren')}>
            <span class="kern-label">{t('home.cta_register')}</span>
          </a>
        </p>
      ) : (
        <p class="kern-body">{t('home.welcome_back', { name: actor.displayName })}</p>
      )}
    </div>
  );
}
