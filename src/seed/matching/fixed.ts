import type { City } from '../../region/index.js';
import type { LocaleCode } from '../../core/i18n/locales.js';

/**
 * Fixed accounts the matching demo adds to those of src/seed/demo-accounts.ts (listed in
 * docs/demo-accounts.md, same password). Fictional like everything in the demo.
 */
export interface FixedMatchingAccount {
  email: string;
  displayName: string;
  locale: LocaleCode;
}

/** A volunteer mentor without organisation, with an open offer and two active mentorships. */
export const FIXED_MENTOR: FixedMatchingAccount = {
  email: 'mentorin@ehrenamt.vielfalt-ruhr.example',
  displayName: 'Hannelore Brückner',
  locale: 'de',
};

/** A large training company that mentors the fixed SME (company to company). */
export const FIXED_LARGE_COMPANY: { name: string; city: City; admin: FixedMatchingAccount } = {
  name: 'Haldenblick Ausbildungswerk AG',
  city: 'essen',
  admin: { email: 'ausbildung@grossbetrieb.vielfalt-ruhr.example', displayName: 'Kerstin Albers', locale: 'de' },
};

/** The fixed applicants of demo-accounts.ts that get a profile, and what it holds. */
export const FIXED_PROFILES = {
  'bewerbung@jugend.vielfalt-ruhr.example': {
    city: 'dortmund' as City,
    interests: ['mechatroniker', 'elektroniker-betriebstechnik'],
    background: 'turkish',
  },
  'bewerbung-ar@jugend.vielfalt-ruhr.example': {
    city: 'gelsenkirchen' as City,
    interests: ['fachinformatiker', 'kaufmann-bueromanagement'],
    background: 'arabic',
  },
} as const;
