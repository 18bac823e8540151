import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodedBody, encodedPage, preferredEncoding } from './encoded-page.js';

describe('encoded search pages', () => {
  it('prefers Brotli, then gzip, and honours q=0', () => {
    expect(preferredEncoding('gzip, deflate, br')).toBe('br');
    expect(preferredEncoding('br;q=0, gzip')).toBe('gzip');
    expect(preferredEncoding(['gzip;q=0.5', 'identity'])).toBe('gzip');
    expect(preferredEncoding('*')).toBe('gzip');
    expect(preferredEncoding('identity')).toBeNull();
    expect(preferredEncoding('br;q=0, gzip;q=0')).toBeNull();
    expect(preferredEncoding(undefined)).toBeNull();
  });

  it('compresses a page once per encoding and keeps the body with the page', () => {
    const page = encodedPage(`<!doctype html><p>${'Sprachkurs in Essen. '.repeat(200)}</p>`);
    const br = encodedBody(page, 'br');
    expect(encodedBody(page, 'br')).toBe(br);
    expect(brotliDecompressSync(br).toString('utf8')).toBe(page.html);
    expect(gunzipSync(encodedBody(page, 'gzip')).toString('utf8')).toBe(page.html);
    expect([...page.bodies.keys()]).toEqual(['br', 'gzip']);
  });
});
