import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../shared/index.js';
import { LANGUAGE_CODES_AT_016 } from './016-matching-candidate-interests.js';

describe('migration 016 (candidate_interests)', () => {
  it('fixes every language of the forms at the place the ranking reads it from', () => {
    // A language added to LANGUAGE_CODES needs a migration that gives it a place in language_levels and a mask bit.
    expect([...LANGUAGE_CODES_AT_016]).toEqual([...LANGUAGE_CODES]);
  });
});
