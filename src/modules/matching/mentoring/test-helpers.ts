import type { LightMyRequestResponse } from 'fastify';
import type { TestClient } from '../../../../tests/setup/test-platform.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import { createUser, type CreatedUser } from '../../../seed/factories.js';

/** The cast of a mentoring test: a coordinator, a volunteer, two applicants and two companies. */
export interface MentoringCast {
  coordinator: CreatedUser;
  volunteer: CreatedUser;
  applicant: CreatedUser;
  otherApplicant: CreatedUser;
  company: CreatedUser;
  otherCompany: CreatedUser;
}

export async function createCast(db: Kysely<Database>): Promise<MentoringCast> {
  return {
    coordinator: await createUser(db, {
      organisationType: 'cooperation_office',
      email: 'koordination@koordinierung.example',
      display_name: 'Kim Koordination',
    }),
    volunteer: await createUser(db, { email: 'pate@mail.example', display_name: 'Paul Pate' }),
    applicant: await createUser(db, { email: 'ayse@mail.example', display_name: 'Ayşe Yılmaz' }),
    otherApplicant: await createUser(db, { email: 'olek@mail.example', display_name: 'Olek Nowak' }),
    company: await createUser(db, {
      organisationType: 'company',
      email: 'ausbildung@gross.example',
      display_name: 'Gina Groß',
    }),
    otherCompany: await createUser(db, {
      organisationType: 'company',
      email: 'chef@klein.example',
      display_name: 'Karl Klein',
    }),
  };
}

/** Mails that reached the development outbox for an address. */
export async function mailsTo(db: Kysely<Database>, to: string): Promise<{ subject: string; text_body: string }[]> {
  return db
    .selectFrom('dev_outbox')
    .select(['subject', 'text_body'])
    .where('to_address', '=', to)
    .orderBy('id')
    .execute();
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
