import type { ApplicantIdentity, ApplicantPotentials, ApplicantProfile, LanguageSkill } from '../tables.js';
import { type City, findCityByPostcode } from '../../../region/index.js';
import { dateColumnDay } from '../../../core/time/calendar-day.js';
import { holdsContactData, levelRank } from '../shared/index.js';

/** What a company may see of a profile: qualifications and mobility under a pseudonym. */
export interface CompanyProfileView {
  id: string;
  pseudonym: string;
  interests: string[];
  /**
   * The school certificate as its German equivalent. A certificate from abroad is never named nor
   * labelled "foreign" for a company (its name and recognition status point to origin, decision 026).
   */
  certificate: ApplicantProfile['certificate'];
  /** CEFR levels A1–C2 only (migration 021). */
  languages: LanguageSkill[];
  /** Two or more languages at B2 or above: shown as a strength. */
  isMultilingual: boolean;
  potentials: ApplicantPotentials;
  city: City | null;
  travelKm: number;
  availableFrom: string;
  preferredCities: City[];
}

export function isMultilingual(languages: readonly LanguageSkill[]): boolean {
  return languages.filter((language) => levelRank(language.level) >= levelRank('B2')).length >= 2;
}

const POTENTIALS = ['experience_abroad', 'intercultural', 'volunteering', 'strengths'] as const;

/** The potentials written, in a fixed order; with holdBack, only those without contact data in them. */
function copyPotentials(potentials: ApplicantPotentials, holdBack: boolean): ApplicantPotentials {
  const copy: ApplicantPotentials = {};
  for (const key of POTENTIALS) {
    const text = potentials[key];
    if (text && !(holdBack && holdsContactData(text))) copy[key] = text;
  }
  return copy;
}

function presentProfile(profile: ApplicantProfile, holdBack: boolean): CompanyProfileView {
  const potentials = holdBack && profile.free_texts_held_back ? {} : copyPotentials(profile.potentials, holdBack);
  return {
    id: profile.id,
    pseudonym: profile.pseudonym,
    interests: [...profile.interests],
    certificate: profile.certificate,
    languages: profile.languages.map(({ code, level }) => ({ code, level })),
    isMultilingual: isMultilingual(profile.languages),
    potentials,
    city: findCityByPostcode(profile.postcode)?.code ?? null,
    travelKm: profile.travel_km,
    availableFrom: dateColumnDay(profile.available_from),
    preferredCities: [...profile.preferred_cities],
  };
}

/**
 * The company's view of a profile. Takes the profile row alone — it has no identity to leak —
 * and copies an explicit list of fields: no user id, no postcode (only the city), no name,
 * birth date, gender, nationality, address, phone, e-mail or migration history. A free text with
 * contact data in it (a profile saved before the form refused such texts) is held back, as a
 * message would be; the form refuses them, the applicant's own name included (schemas.ts). All free
 * texts of a profile marked by migration 021 (its texts contained the name) wait for the next save.
 */
export function presentProfileForCompany(profile: ApplicantProfile): CompanyProfileView {
  return presentProfile(profile, true);
}

export interface OwnProfileView extends CompanyProfileView {
  foreignCertificate: string | null;
  recognitionStatus: ApplicantProfile['recognition_status'];
  postcode: string;
  isActive: boolean;
  lastConfirmedAt: Date;
  identity: {
    fullName: string;
    birthDate: string | null;
    gender: string | null;
    nationality: string | null;
    address: string | null;
    phone: string | null;
    contactEmail: string | null;
    selfDeclaredMigrationHistory: boolean | null;
  };
}

/** The applicant's own view: everything, including the personal part stored apart. */
export function presentOwnProfile(profile: ApplicantProfile, identity: ApplicantIdentity): OwnProfileView {
  return {
    ...presentProfile(profile, false),
    foreignCertificate: profile.foreign_certificate,
    recognitionStatus: profile.recognition_status,
    postcode: profile.postcode,
    isActive: profile.is_active,
    lastConfirmedAt: profile.last_confirmed_at,
    identity: {
      fullName: identity.full_name,
      birthDate: identity.birth_date ? dateColumnDay(identity.birth_date) : null,
      gender: identity.gender,
      nationality: identity.nationality,
      address: identity.address,
      phone: identity.phone,
      contactEmail: identity.contact_email,
      selfDeclaredMigrationHistory: identity.self_declared_migration_history,
    },
  };
}
