import { href, usePage } from '../../../core/http/page-context.js';
import { navigationFor } from '../../../core/modules/navigation.js';

/**
 * "Ausbilden": one card per offer for employers who train and for learning about diversity. The modules
 * declare the cards as navigation entries of area 'training', so this page knows none of them by name.
 */
export function TrainingHubPage() {
  const { t, i18n, navigation, actor, isProduction, isLocalVisitor } = usePage();
  const lang = i18n.locale.code;
  const entries = navigationFor(navigation, 'training', { actor, isProduction, isLocalVisitor });
  return (
    <div class="kern-stack">
      <hgroup class="kern-hgroup">
        <h1 class="kern-heading-x-large">{t('training_hub.title')}</h1>
        <p class="kern-subline">{t('training_hub.lead')}</p>
      </hgroup>
      <ul class="vr-card-grid" aria-label={t('training_hub.list_label')}>
        {entries.map((entry) => (
          <li key={entry.path} class="kern-card">
            <div class="kern-card__container">
              <div class="kern-card__header">
                <h2 class="kern-title">
                  <a class="kern-link" href={href(entry.lang ?? lang, entry.path)}>
                    {t(entry.labelKey)}
                  </a>
                </h2>
              </div>
              {entry.descriptionKey ? (
                <div class="kern-card__body">
                  <p class="kern-body">{t(entry.descriptionKey)}</p>
                </div>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
