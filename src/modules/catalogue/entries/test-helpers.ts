import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { OrganisationType } from '../../../core/db/database.js';
import { createUser } from '../../../seed/factories.js';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import type { TestClient, TestPlatform } from '../../../../tests/setup/test-platform.js';

/** A signed-in member of a new organisation of the given type (verified unless said otherwise). */
export async function memberOf(
  test: TestPlatform,
  email: string,
  options: { type?: OrganisationType; verified?: boolean; name?: string; locale?: string } = {},
) {
  const user = await createUser(test.db, {
    email,
    ...(options.locale ? { locale: options.locale } : {}),
    organisation: {
      type: options.type ?? 'provider',
      verified_at: options.verified === false ? null : new Date(),
      ...(options.name ? { name: options.name } : {}),
    },
    role: 'admin',
  });
  return { user, organisationId: user.organisation?.id ?? '', client: await signedInClient(test, email) };
}

export const office = (test: TestPlatform) =>
  memberOf(test, 'pruefung@koordinierung.example', {
    type: 'cooperation_office',
    name: 'Koordinierungsstelle Integration.Interkommunal',
  });

export const OFFER_FORM = {
  title: 'Interkulturelles Bewerbungstraining für Auszubildende',
  summary:
    'Zwei Tage Training für Betriebe, die Bewerbungen junger Menschen mit Zuwanderungsgeschichte fair bewerten wollen.',
  body: 'Wir zeigen, wie **kultursensible** Auswahlgespräche gelingen.',
  fields_of_action: 'qualification',
  cities: 'essen',
};

/** The id of the entry a create form redirected to. */
export function createdId(response: LightMyRequestResponse): string {
  expect(response.statusCode, response.body.slice(0, 800)).toBe(303);
  const match = /\/eintraege\/([0-9a-f-]{36})\/bearbeiten$/.exec(String(response.headers.location));
  if (!match?.[1]) throw new Error(`No entry id in ${String(response.headers.location)}`);
  return match[1];
}

export async function createOffer(client: TestClient, fields: Record<string, string> = {}): Promise<string> {
  return createdId(
    await client.postForm('/de/eintraege/neu/angebot', { ...OFFER_FORM, confirmed_similar: '1', ...fields }),
  );
}

/** Creates, submits and publishes an entry through the real forms. */
export async function publishedOffer(
  test: TestPlatform,
  owner: TestClient,
  reviewer: TestClient,
  fields: Record<string, string> = {},
): Promise<string> {
  const id = await createOffer(owner, fields);
  expect((await owner.postForm(`/de/eintraege/${id}/einreichen`, {})).statusCode).toBe(303);
  expect((await reviewer.postForm(`/de/verwaltung/eintraege/${id}/veroeffentlichen`, {})).statusCode).toBe(303);
  return id;
}

export async function countRows(test: TestPlatform) {
  const entries = await test.db
    .selectFrom('catalogue_entries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const revisions = await test.db
    .selectFrom('catalogue_revisions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const translations = await test.db
    .selectFrom('catalogue_translations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { entries: Number(entries.n), revisions: Number(revisions.n), translations: Number(translations.n) };
}

/** Posts a form in which a field may repeat (ticked checkboxes), as a browser does. */
export async function postFields(
  client: TestClient,
  url: string,
  fields: Record<string, string | string[]>,
): Promise<LightMyRequestResponse> {
  if (!client.csrfToken) await client.get('/de/anmelden');
  const body = new URLSearchParams();
  body.set('_csrf', client.csrfToken ?? '');
  for (const [key, value] of Object.entries(fields))
    for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
  return client.raw({
    method: 'POST',
    url,
    payload: body.toString(),
    contentType: 'application/x-www-form-urlencoded',
  });
}
