import { describe, expect, it } from 'vitest';
import { getTranslator } from './translator.js';

describe('translator dates', () => {
  it('shows dates in German time whatever the server runs in, unless told otherwise', () => {
    // 23:30 UTC on 31 May is 01:30 on 1 June in Berlin (CEST).
    const lateEvening = new Date('2026-05-31T23:30:00Z');
    expect(getTranslator('de').formatDate(lateEvening)).toBe('1. Juni 2026');
    expect(getTranslator('en').formatDate(lateEvening, { dateStyle: 'long', timeStyle: 'short' })).toBe(
      '1 June 2026 at 01:30',
    );
    expect(getTranslator('de').formatDate(lateEvening, { dateStyle: 'long', timeZone: 'UTC' })).toBe('31. Mai 2026');
  });
});
