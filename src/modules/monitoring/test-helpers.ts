import { createUser } from '../../seed/factories.js';
import { signedInClient } from '../../../tests/setup/sign-in.js';
import type { TestClient, TestPlatform } from '../../../tests/setup/test-platform.js';

let counter = 0;

/** A signed-in person: of a new verified organisation of the given type (as its admin), or of none. */
export async function monitoringPerson(
  test: TestPlatform,
  organisation?: { type: 'cooperation_office' | 'municipality' | 'company'; city?: 'essen' | 'bochum' },
): Promise<TestClient> {
  counter += 1;
  const email = `person${counter}-${process.pid}@monitoring.example`;
  await createUser(test.db, {
    email,
    ...(organisation
      ? {
          organisation: {
            type: organisation.type,
            name: `Organisation ${counter}`,
            city: organisation.city ?? null,
            verified_at: new Date(),
          },
          role: 'admin' as const,
        }
      : {}),
  });
  return signedInClient(test, email);
}

/** Posts a form whose checkbox groups send a field once per ticked box, as a browser does. */
export async function postRepeated(
  client: TestClient,
  url: string,
  fields: Record<string, string | readonly string[]>,
): Promise<Awaited<ReturnType<TestClient['raw']>>> {
  if (!client.csrfToken) await client.get('/de/anmelden');
  const pairs = Object.entries(fields).flatMap(([name, value]) =>
    typeof value === 'string' ? [[name, value]] : value.map((item) => [name, item]),
  );
  return client.raw({
    method: 'POST',
    url,
    payload: new URLSearchParams([['_csrf', client.csrfToken ?? ''], ...pairs]).toString(),
    contentType: 'application/x-www-form-urlencoded',
  });
}
