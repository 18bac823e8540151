import { describe, expect, it } from 'vitest';
import { postedFormValues } from './forms.js';

describe('postedFormValues', () => {
  it('keeps text fields and checkbox groups as the form posted them', () => {
    const values = postedFormValues({ title: 'Sprachcafé', cities: ['essen', 'bochum'], kinds: 'internship' });
    expect(values).toEqual({ title: 'Sprachcafé', cities: ['essen', 'bochum'], kinds: 'internship' });
  });

  it('never echoes the CSRF token or a password', () => {
    const values = postedFormValues({ _csrf: 'token', password: 'secret-secret', new_password: 'other-secret', email: 'a@example.org' });
    expect(values).toEqual({ email: 'a@example.org' });
  });

  it('drops what a form cannot have posted', () => {
    const values = postedFormValues({ nested: { a: '1' }, count: 3, mixed: ['ok', 4, { b: 2 }, 'also'] });
    expect(values).toEqual({ mixed: ['ok', 'also'] });
  });

  it('keeps the longest text a field accepts whole, and cuts what goes far beyond', () => {
    const body = 'ä'.repeat(20_000);
    expect(postedFormValues({ body }).body).toBe(body);
    expect(postedFormValues({ body: 'x'.repeat(100_000) }).body).toHaveLength(25_000);
  });

  it('cuts long lists and long list items', () => {
    const values = postedFormValues({ occupations: Array.from({ length: 80 }, (_, i) => `o${i}`), deadlines: ['y'.repeat(1000)] });
    expect(values.occupations).toHaveLength(50);
    expect(values.occupations?.[49]).toBe('o49');
    expect(values.deadlines).toEqual(['y'.repeat(200)]);
  });

  it('gives no values for a missing or non-object body', () => {
    expect(postedFormValues(undefined)).toEqual({});
    expect(postedFormValues(null)).toEqual({});
    expect(postedFormValues('title=x')).toEqual({});
  });
});
