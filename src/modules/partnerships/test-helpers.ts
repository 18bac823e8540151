import type { LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import type { TestClient } from '../../../tests/setup/test-platform.js';
import type { Database } from '../../core/db/database.js';
import { createUser, type CreatedUser } from '../../seed/factories.js';

/** The cast of a partnerships test: two schools, two companies, an applicant and a provider. */
export interface PartnershipsCast {
  school: CreatedUser;
  company: CreatedUser;
  otherSchool: CreatedUser;
  otherCompany: CreatedUser;
  applicant: CreatedUser;
  provider: CreatedUser;
}

export async function createCast(db: Kysely<Database>): Promise<PartnershipsCast> {
  const verified = new Date();
  return {
    school: await createUser(db, {
      organisation: { type: 'school', name: 'Realschule am Kortumpark', city: 'bochum', verified_at: verified },
      role: 'member',
    }),
    company: await createUser(db, {
      organisation: { type: 'company', name: 'Bäckerei Kemnade GmbH', city: 'bochum', verified_at: verified },
      role: 'admin',
    }),
    otherSchool: await createUser(db, {
      organisation: { type: 'school', name: 'Gesamtschule Fremdkamp', city: 'essen', verified_at: verified },
      role: 'admin',
    }),
    otherCompany: await createUser(db, {
      organisation: { type: 'company', name: 'Hafenlogistik Ruhrort GmbH', city: 'duisburg', verified_at: verified },
      role: 'admin',
    }),
    applicant: await createUser(db, {}),
    provider: await createUser(db, {
      organisation: { type: 'provider', name: 'Bildungswerk Hellweg e. V.', city: 'dortmund', verified_at: verified },
    }),
  };
}

/** Posts a form with repeated fields (ticked checkboxes), as a browser sends them. */
export async function postPairs(
  client: TestClient,
  url: string,
  pairs: [string, string][],
): Promise<LightMyRequestResponse> {
  if (!client.csrfToken) await client.get('/de/anmelden');
  const body = new URLSearchParams([['_csrf', client.csrfToken ?? ''], ...pairs]).toString();
  return client.raw({ method: 'POST', url, payload: body, contentType: 'application/x-www-form-urlencoded' });
}

/** A school's Gesuch for Klasse 9 in Bochum: workplace visits and internships in January and February. */
export const SCHOOL_LISTING: [string, string][] = [
  ['activities', 'workplace_visit'],
  ['activities', 'internship'],
  ['grades', '9'],
  ['pupils', '24'],
  ['months', '1'],
  ['months', '2'],
  ['postcode', '44787'],
];

/** A bakery's Angebot in Bochum: workplace visits for groups of up to 12, all winter. */
export const COMPANY_LISTING: [string, string][] = [
  ['activities', 'workplace_visit'],
  ['pupils', '12'],
  ['months', '1'],
  ['months', '2'],
  ['months', '3'],
  ['postcode', '44793'],
  ['occupations', 'Bäcker/-in, Fachverkäufer/-in im Lebensmittelhandwerk'],
];
