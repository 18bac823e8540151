import type { UserActor } from '../../../core/auth/actor.js';
import type { AppServices } from '../../../core/http/types.js';
import type { Translator } from '../../../core/i18n/translator.js';
import {
  startPageSectionsFor,
  type StartPageItem,
  type StartPageSection,
  type StartPageSectionContent,
} from '../../../core/modules/start-page.js';

export interface LoadedStartSection {
  id: string;
  headingKey: string;
  content: StartPageSectionContent;
}

export interface StartPageView {
  /** Everything waiting for the reader, gathered from all sections, in section order. */
  todo: StartPageItem[];
  sections: LoadedStartSection[];
}

/**
 * "Mein Bereich": the sections the modules contribute that this person may see, each loaded with
 * the person's own figures. Visibility is decided before any loader runs, so a loader never reads
 * for a role it was not written for.
 */
export async function loadStartPage(options: {
  services: AppServices;
  sections: readonly StartPageSection[];
  actor: UserActor;
  i18n: Translator;
  now?: Date;
}): Promise<StartPageView> {
  const { services, actor, i18n } = options;
  const now = options.now ?? new Date();
  const visible = startPageSectionsFor(options.sections, { actor, isProduction: services.config.isProduction });
  const sections: LoadedStartSection[] = [];
  for (const section of visible) {
    const content = await section.load({ services, actor, i18n, now });
    sections.push({ id: section.id, headingKey: section.headingKey, content });
  }
  const todo = sections.flatMap((section) => section.content.items.filter((item) => item.needsAction));
  return { todo, sections };
}
