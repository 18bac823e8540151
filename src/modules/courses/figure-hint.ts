import type { Translator } from '../../core/i18n/translator.js';
import type { AppServices } from '../../core/http/types.js';
import { countCompletions } from './use-cases/count-completions.js';

/**
 * The sentence checklists shows beside its question on intercultural-competence training: the share of the
 * organisation's members who completed the course on this platform. Only counts, no names; the caller shows it
 * to members of that organisation only (checklists authorises its assessment first).
 */
export async function courseFigureHint(
  services: AppServices,
  i18n: Translator,
  organisationId: string,
): Promise<string> {
  const figure = await countCompletions(services, organisationId);
  return i18n.t('courses.figure.checklist_hint', { ...figure });
}
