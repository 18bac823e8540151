import type { Position } from '../tables.js';
import { findOccupation, getRuhrCity } from '../../../region/index.js';
import { berlinDay, berlinDayEnd, berlinOffset, dateColumnDay } from '../../../core/time/calendar-day.js';

const EMPLOYMENT_TYPE: Record<Position['kind'], string> = {
  apprenticeship: 'FULL_TIME',
  dual_study: 'FULL_TIME',
  internship: 'INTERN',
  school_internship: 'INTERN',
};

/**
 * The last second of the deadline in German time with the offset of that day: "+02:00" in summer (CEST),
 * "+01:00" in winter (CET), as Google for Jobs reads `validThrough`.
 */
function endOfDeadline(deadline: Date): string {
  const lastSecond = new Date(berlinDayEnd(dateColumnDay(deadline)).getTime() - 1000);
  return `${dateColumnDay(deadline)}T23:59:59${berlinOffset(lastSecond)}`;
}

/**
 * Training pay as schema.org reads a salary: euros per month from the first training year's amount
 * to the last one's. Only the amounts the company stated; nothing when it stated none.
 */
function baseSalary(trainingPay: readonly number[]): Record<string, unknown> {
  if (trainingPay.length === 0) return {};
  const first = trainingPay[0] as number;
  const last = trainingPay[trainingPay.length - 1] as number;
  return {
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: {
        '@type': 'QuantitativeValue',
        ...(first === last ? { value: first } : { minValue: first, maxValue: last }),
        unitText: 'MONTH',
      },
    },
  };
}

/**
 * schema.org JobPosting for a public position page (what search engines and job boards read).
 * Only facts of the position and the company; nothing about applicants, and never the contact person.
 */
export function positionJsonLd(
  position: Position,
  options: { organisationName: string; url: string },
): Record<string, unknown> {
  const occupation = findOccupation(position.occupation_id);
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: position.title,
    description: position.description || position.title,
    url: options.url,
    datePosted: berlinDay(position.published_at ?? position.created_at),
    validThrough: endOfDeadline(position.deadline),
    employmentType: position.benefits.includes('part_time')
      ? [EMPLOYMENT_TYPE[position.kind], 'PART_TIME']
      : EMPLOYMENT_TYPE[position.kind],
    ...(position.weekly_hours !== null ? { workHours: `${position.weekly_hours} hours per week` } : {}),
    ...baseSalary(position.training_pay),
    occupationalCategory: occupation?.name,
    jobStartDate: dateColumnDay(position.starts_on),
    totalJobOpenings: position.places,
    hiringOrganization: { '@type': 'Organization', name: options.organisationName },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        ...(position.address ? { streetAddress: position.address } : {}),
        postalCode: position.postcode,
        addressLocality: getRuhrCity(position.city).name,
        addressRegion: 'Nordrhein-Westfalen',
        addressCountry: 'DE',
      },
    },
    ...(position.languages.length > 0
      ? { skills: position.languages.map((l) => `${l.code} ${l.level}`).join(', ') }
      : {}),
    educationRequirements:
      position.required_certificate === 'none'
        ? undefined
        : { '@type': 'EducationalOccupationalCredential', credentialCategory: position.required_certificate },
  };
}
