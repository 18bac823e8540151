import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/seed/factories.js';
import { TestClient, type TestPlatform } from './test-platform.js';

/** A client signed in as the given address through the real login form. */
export async function signedInClient(test: TestPlatform, email: string, password = DEMO_PASSWORD): Promise<TestClient> {
  const client = new TestClient(test.app);
  const response = await client.postForm('/de/anmelden', { email, password });
  expect(response.statusCode, response.body.slice(0, 500)).toBe(303);
  return client;
}

/** Registers through the real registration form (the privacy notice accepted). */
export async function registerThroughForm(
  client: TestClient,
  account: { email: string; name: string; password: string },
): Promise<LightMyRequestResponse> {
  return client.postForm('/de/registrieren', {
    display_name: account.name,
    email: account.email,
    password: account.password,
    password_confirmation: account.password,
    accept_privacy: 'on',
  });
}
