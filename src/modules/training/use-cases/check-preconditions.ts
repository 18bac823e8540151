import type { AppServices } from '../../../core/http/types.js';
import type { LocaleCode } from '../../../core/i18n/locales.js';
import type { City } from '../../../region/index.js';
import { chamberFor, chamberKindFor, type Chamber, type ChamberKind } from '../chambers.js';
import { loadContacts, loadSteps, type StepView } from '../records.js';
import type { TrainingContact } from '../tables.js';

/** What the precondition check answers for an occupation in a city. */
export interface CheckResult {
  occupationId: string;
  city: City;
  /** The kind of chamber usually responsible; null when this platform cannot say for the occupation. */
  chamberKind: ChamberKind | null;
  chamber: Chamber | null;
  /** Whether the trainer needs the AEVO qualification: every dual occupation under BBiG/HwO. */
  needsAevo: boolean;
  /** A crafts occupation: a master craftsman's title usually includes the AEVO part. */
  masterIncludesAevo: boolean;
  /** Funding that may fit: the Einstiegsqualifizierung always; a city programme is asked at the contact point. */
  contacts: { chamber: TrainingContact[]; city: TrainingContact[] };
  steps: StepView[];
}

/** The public precondition check: the responsible chamber, AEVO, funding and next steps for occupation and city. */
export async function checkPreconditions(options: {
  services: Pick<AppServices, 'db'>;
  occupationId: string;
  city: City;
  lang: LocaleCode;
}): Promise<CheckResult> {
  const { services, occupationId, city } = options;
  const chamber = chamberFor(occupationId, city);
  const chamberKind = chamberKindFor(occupationId);
  return {
    occupationId,
    city,
    chamberKind,
    chamber,
    // The trainer's aptitude (Ausbilder-Eignungsverordnung) applies to BBiG/HwO training; medical and dental
    // practices train under BBiG too, with the practice's doctor or dentist as the usual trainer.
    needsAevo: chamberKind !== 'medical' && chamberKind !== 'dental',
    masterIncludesAevo: chamberKind === 'hwk',
    contacts: await loadContacts(services.db, { chamber: chamber?.code ?? null, city }),
    steps: await loadSteps(services.db, options.lang),
  };
}
