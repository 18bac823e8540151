import { startPostgresServer } from './postgres-server.js';

/**
 * Vitest globalSetup for the "postgres" project: starts a throw-away PostgreSQL server for the
 * run. Forked test workers inherit the environment (checked with vitest 3.2), so the URL reaches
 * tests/setup/test-db.ts as VR_TEST_POSTGRES_URL.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const server = await startPostgresServer();
  process.env.VR_TEST_POSTGRES_URL = server.url;
  return async () => {
    delete process.env.VR_TEST_POSTGRES_URL;
    await server.stop();
  };
}
