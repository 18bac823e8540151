import type { Migration } from 'kysely';
import { describe, expect, it } from 'vitest';
import { mergeMigrations } from './migrate.js';

const noop: Migration = { up: async () => undefined };

describe('mergeMigrations', () => {
  it('merges the sets into one record in name order', () => {
    const merged = mergeMigrations([{ '007-b': noop, '001-a': noop }, { '003-c': noop }, { '001-b': noop }]);
    expect(Object.keys(merged)).toEqual(['001-a', '001-b', '003-c', '007-b']);
  });

  it('refuses two migrations with the same name', () => {
    expect(() => mergeMigrations([{ '002-catalogue': noop }, { '002-catalogue': noop }])).toThrow(
      'Two migrations are named 002-catalogue',
    );
  });
});
