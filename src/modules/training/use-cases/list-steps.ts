import type { AppServices } from '../../../core/http/types.js';
import type { LocaleCode } from '../../../core/i18n/locales.js';
import { loadSteps, type StepView } from '../records.js';

/** The path's steps for the public page, in the reader's language where translated. */
export async function listSteps(options: { services: Pick<AppServices, 'db'>; lang: LocaleCode }): Promise<StepView[]> {
  return loadSteps(options.services.db, options.lang);
}
