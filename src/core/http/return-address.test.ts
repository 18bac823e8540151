import { describe, expect, it } from 'vitest';
import { safeReturnPath, signInHref, withReturnPath } from './return-address.js';

describe('return addresses', () => {
  it('accepts pages of this site with their language prefix and query', () => {
    for (const path of ['/de/konto', '/ar/veranstaltungen?stadt=essen&seite=2', '/de/eintraege/3f1c%20x', '/en']) {
      expect(safeReturnPath(path)).toBe(path);
    }
  });

  it('refuses other hosts, schemes, encoded tricks and control characters', () => {
    const foreign = [
      '//evil.example/de/konto',
      '/\\evil.example',
      '/de/\\evil.example',
      'https://evil.example/de/konto',
      'javascript:alert(1)',
      '/%2F%2Fevil.example',
      '/%2f%2fevil.example',
      '/de/%2F%2Fevil.example',
      '/de/%5Cevil.example',
      '/%5C%5Cevil.example',
      '/%252F%252Fevil.example',
      '/de//evil.example',
      '/de/konto%0d%0aSet-Cookie:x=1',
      '/de/konto\r\nLocation: https://evil.example',
      '/de/%E0%A4%A',
      '/xx/konto',
      'de/konto',
      '',
      `/de/${'a'.repeat(1200)}`,
      42,
      ['/de/konto'],
      undefined,
    ];
    for (const value of foreign) expect(safeReturnPath(value), String(value)).toBeNull();
  });

  it('builds sign-in links that carry the return address encoded', () => {
    expect(signInHref('de', '/de/konto?a=1&b=2')).toBe('/de/anmelden?next=%2Fde%2Fkonto%3Fa%3D1%26b%3D2');
    expect(withReturnPath('/de/registrieren', null)).toBe('/de/registrieren');
  });
});
