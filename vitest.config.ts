import { configDefaults, defineConfig } from 'vitest/config';

// Integration tests run twice: against PGlite and against a real PostgreSQL server that
// tests/setup/global-postgres.ts starts. Tests of concurrent connections (*.postgres.test.ts)
// run against the server only: PGlite has one connection. Browser tests run once, against PGlite.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    pool: 'forks',
    maxWorkers: 2,
    isolate: false,
    testTimeout: 30000,
    hookTimeout: 120000,
    projects: [
      {
        extends: true,
        test: {
          name: 'pglite',
          include: ['src/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, '**/*.postgres.test.{ts,tsx}'],
          env: { VR_TEST_DB: 'pglite' },
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: ['src/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
          env: { VR_TEST_DB: 'postgres' },
          globalSetup: ['tests/setup/global-postgres.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.{ts,tsx}'],
          globalSetup: ['tests/setup/global-chromium.ts'],
        },
      },
    ],
  },
});
