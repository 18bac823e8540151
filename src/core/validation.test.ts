import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkboxGroup, safeParseInput } from './validation.js';

const CITIES = ['bochum', 'essen', 'dortmund'] as const;
const form = (options: Parameters<typeof checkboxGroup>[1] = {}) =>
  z.object({ cities: checkboxGroup(CITIES, options) }).strict();

describe('a checkbox group as a form posts it', () => {
  it('reads nothing ticked, one box and several boxes, each value once', () => {
    expect(safeParseInput(form(), {})).toEqual({ ok: true, data: { cities: [] } });
    expect(safeParseInput(form(), { cities: '' })).toEqual({ ok: true, data: { cities: [] } });
    expect(safeParseInput(form(), { cities: 'essen' })).toEqual({ ok: true, data: { cities: ['essen'] } });
    expect(safeParseInput(form(), { cities: ['essen', 'bochum', 'essen'] })).toEqual({
      ok: true,
      data: { cities: ['essen', 'bochum'] },
    });
  });

  it('names a value it does not offer at the group, never at one of its items', () => {
    const result = safeParseInput(form({ messages: { unknown: 'catalogue.validation.unknown_choice' } }), {
      cities: ['essen', 'bottrop'],
    });
    expect(result).toEqual({ ok: false, fields: { cities: { key: 'catalogue.validation.unknown_choice' } } });
  });

  it('asks for at least `min` and at most `max` boxes, with the messages given or the general one', () => {
    expect(safeParseInput(form({ min: 1, messages: { tooFew: 'm.validation.choose_at_least_one' } }), {})).toEqual({
      ok: false,
      fields: { cities: { key: 'm.validation.choose_at_least_one' } },
    });
    expect(safeParseInput(form({ max: 2 }), { cities: ['essen', 'bochum', 'dortmund'] })).toEqual({
      ok: false,
      fields: { cities: { key: 'validation.choose_option' } },
    });
  });
});
