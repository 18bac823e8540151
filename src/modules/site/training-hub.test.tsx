import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../core/auth/actor.js';
import { PageContextProvider, type PageContext } from '../../core/http/page-context.js';
import { getTranslator } from '../../core/i18n/translator.js';
import type { NavigationEntry } from '../../core/modules/navigation.js';
import { TrainingHubPage } from './views/training-hub-page.js';
import '../../../tests/setup/module-messages.js';

// Real label keys of other namespaces stand in for the modules' cards, so the test needs no module by name.
const ENTRIES: NavigationEntry[] = [
  { area: 'training', path: '/zweite', labelKey: 'home.nav', descriptionKey: 'home.lead', order: 20 },
  { area: 'training', path: '/erste', labelKey: 'training_hub.nav', order: 10 },
  { area: 'training', path: '/versteckt', labelKey: 'training_hub.title', order: 5, isVisible: () => false },
  { area: 'main', path: '/suche', labelKey: 'training_hub.list_label', order: 1 },
];

function render(): string {
  const i18n = getTranslator('de');
  const context: PageContext = {
    i18n,
    t: i18n.t,
    actor: ANONYMOUS,
    csrfToken: '',
    path: '/ausbilden',
    search: '',
    isProduction: false,
    flash: null,
    navigation: ENTRIES,
  };
  return renderToString(
    <PageContextProvider.Provider value={context}>
      <TrainingHubPage />
    </PageContextProvider.Provider>,
  );
}

describe('the "Ausbilden" hub', () => {
  it('shows one card per visible entry of area training, in order, with its description', () => {
    const html = render();
    const links = [...html.matchAll(/<a class="kern-link" href="([^"]+)">([^<]+)<\/a>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(links).toEqual(['/de/erste Ausbilden', '/de/zweite Startseite']);
    expect(html).toContain(getTranslator('de').t('home.lead'));
    expect(html).not.toContain('/de/versteckt');
    expect(html).not.toContain('/de/suche');
  });
});
