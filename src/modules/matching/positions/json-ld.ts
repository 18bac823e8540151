import type { Certificate, Position } from '../tables.js';
import { findOccupation, getRuhrCity, schemaOrgPostalAddress } from '../../../region/index.js';
import { berlinDayEnd, berlinOffset, berlinOffsetMinutes, dateColumnDay } from '../../../core/time/calendar-day.js';

const EMPLOYMENT_TYPE: Record<Position['kind'], string> = {
  apprenticeship: 'FULL_TIME',
  dual_study: 'FULL_TIME',
  internship: 'INTERN',
  school_internship: 'INTERN',
};

/**
 * Google's credential categories for `educationRequirements`. Every German school-leaving certificate
 * a training position asks for (Hauptschulabschluss up to Abitur) is a secondary-school certificate,
 * which Google files under "high school"; a position that asks for none has "no requirements".
 */
const CREDENTIAL_CATEGORY: Record<Exclude<Certificate, 'none'>, 'high school'> = {
  hauptschulabschluss: 'high school',
  msa: 'high school',
  fachhochschulreife: 'high school',
  abitur: 'high school',
};

/** An instant as German wall-clock time with that moment's offset, e.g. 2026-07-01T10:00:00+02:00. */
function berlinDateTime(at: Date): string {
  const local = new Date(at.getTime() + berlinOffsetMinutes(at) * 60_000).toISOString().slice(0, 19);
  return `${local}${berlinOffset(at)}`;
}

/**
 * The last second of the deadline in German time with the offset of that day: "+02:00" in summer (CEST),
 * "+01:00" in winter (CET), as Google for Jobs reads `validThrough`.
 */
function endOfDeadline(deadline: Date): string {
  const lastSecond = new Date(berlinDayEnd(dateColumnDay(deadline)).getTime() - 1000);
  return `${dateColumnDay(deadline)}T23:59:59${berlinOffset(lastSecond)}`;
}

/**
 * Training pay as schema.org reads a salary: euros per month, from the lowest training year's amount
 * to the highest (Google reads one baseSalary; the pay of each training year is in the description
 * of the amount). Only the amounts the company stated; nothing when it stated none.
 */
function baseSalary(trainingPay: readonly number[]): Record<string, unknown> {
  if (trainingPay.length === 0) return {};
  const lowest = Math.min(...trainingPay);
  const highest = Math.max(...trainingPay);
  return {
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: {
        '@type': 'QuantitativeValue',
        ...(lowest === highest ? { value: lowest } : { minValue: lowest, maxValue: highest }),
        unitText: 'MONTH',
      },
    },
  };
}

export interface JobPostingOrganisation {
  name: string;
  /** Absolute address of the company's public profile page on the platform. */
  profileUrl: string;
  /** The company's own website, if it gave one. */
  website: string | null;
}

/**
 * schema.org JobPosting for a public position page (what search engines and job boards read).
 * Only facts of the position and the company; nothing about applicants, and never the contact person.
 */
export function positionJsonLd(
  position: Position,
  options: { organisation: JobPostingOrganisation; url: string },
): Record<string, unknown> {
  const occupation = findOccupation(position.occupation_id);
  const { organisation } = options;
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: position.title,
    description: position.description || position.title,
    url: options.url,
    identifier: { '@type': 'PropertyValue', name: organisation.name, value: position.id },
    datePosted: berlinDateTime(position.published_at ?? position.created_at),
    validThrough: endOfDeadline(position.deadline),
    employmentType: position.benefits.includes('part_time')
      ? [EMPLOYMENT_TYPE[position.kind], 'PART_TIME']
      : EMPLOYMENT_TYPE[position.kind],
    ...(position.weekly_hours !== null ? { workHours: `${position.weekly_hours} hours per week` } : {}),
    ...baseSalary(position.training_pay),
    occupationalCategory: occupation?.name,
    jobStartDate: dateColumnDay(position.starts_on),
    totalJobOpenings: position.places,
    hiringOrganization: {
      '@type': 'Organization',
      name: organisation.name,
      url: organisation.profileUrl,
      ...(organisation.website ? { sameAs: organisation.website } : {}),
    },
    // Applications are written and sent on this page's platform, not on another site.
    directApply: true,
    jobLocation: {
      '@type': 'Place',
      address: {
        ...schemaOrgPostalAddress({
          street: position.address,
          postcode: position.postcode,
          locality: getRuhrCity(position.city).name,
        }),
        // Positions lie in the seven cities, all in North Rhine-Westphalia.
        addressRegion: 'NW',
      },
    },
    ...(position.languages.length > 0
      ? { skills: position.languages.map((l) => `${l.code} ${l.level}`).join(', ') }
      : {}),
    educationRequirements:
      position.required_certificate === 'none'
        ? 'no requirements'
        : {
            '@type': 'EducationalOccupationalCredential',
            credentialCategory: CREDENTIAL_CATEGORY[position.required_certificate],
          },
  };
}
