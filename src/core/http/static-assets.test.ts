import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ASSET_DIR, ASSET_URL_PREFIX, assets } from '../../ui/assets.js';
import { useTestPlatform } from '../../../tests/setup/test-platform.js';
import { IMMUTABLE_CACHE_CONTROL } from './static-assets.js';

const test = useTestPlatform();

const fileOf = (url: string): string => join(ASSET_DIR, url.slice(ASSET_URL_PREFIX.length));

describe('built assets', () => {
  it('links the hashed stylesheet, script, preloaded font, icons and manifest in every page head', async () => {
    const built = assets();
    const response = await test.app.inject({ url: '/ar/' });
    expect(response.statusCode).toBe(200);
    const head = response.body.slice(0, response.body.indexOf('</head>'));
    expect(head).toContain(`<link rel="stylesheet" href="${built.css}"/>`);
    expect(head).toContain(`<script type="module" src="${built.islands}"></script>`);
    expect(head).toContain(
      `<link rel="preload" href="${built.fontPreload}" as="font" type="font/woff2" crossorigin="anonymous"/>`,
    );
    expect(head).toContain(`<link rel="manifest" href="${built.webManifest}"/>`);
    expect(head).toContain(`<link rel="icon" href="${built.faviconSvg}" type="image/svg+xml"/>`);
    expect(head).toMatch(/<meta name="theme-color" content="#[0-9a-f]{6}"\/>/);
    for (const url of [built.css, built.islands, built.fontPreload, built.webManifest])
      expect(url).toMatch(/^\/assets\/build\/[\w-]+\.[A-Za-z0-9]{12}\.\w+$/);
  });

  it('sends the Brotli copy made at build time, with a year-long immutable cache', async () => {
    const { css } = assets();
    const response = await test.app.inject({ url: css, headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^text\/css/);
    expect(response.headers['cache-control']).toBe(IMMUTABLE_CACHE_CONTROL);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.rawPayload).toEqual(readFileSync(`${fileOf(css)}.br`));
    expect(brotliDecompressSync(response.rawPayload)).toEqual(readFileSync(fileOf(css)));
  });

  it('sends the gzip copy to a browser without Brotli and the plain file to one that accepts neither', async () => {
    const { islands } = assets();
    const gzip = await test.app.inject({ url: islands, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload)).toEqual(readFileSync(fileOf(islands)));
    const plain = await test.app.inject({ url: islands });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload).toEqual(readFileSync(fileOf(islands)));
    expect(plain.headers['cache-control']).toBe(IMMUTABLE_CACHE_CONTROL);
  });

  it('keeps only the KERN rules the pages use, and the font faces with swap', async () => {
    const css = readFileSync(fileOf(assets().css), 'utf8');
    expect(css.length).toBeLessThan(160_000);
    expect(css).toContain('.kern-btn--primary');
    expect(css).toContain('.kern-alert--success');
    expect(css).not.toContain('.kern-kopfzeile');
    expect(css).toContain('font-display:swap');
    expect(css).toContain(assets().fontPreload);
  });

  it('compresses pages on the fly but never marks them immutable', async () => {
    const response = await test.app.inject({ url: '/de/', headers: { 'accept-encoding': 'br' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(response.rawPayload).toString()).toContain('<html lang="de"');
    expect(String(response.headers['cache-control'] ?? '')).not.toContain('immutable');
  });

  it('answers /favicon.ico with the icon, and an unknown asset with 404', async () => {
    const icon = await test.app.inject({ url: '/favicon.ico' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toBe('image/x-icon');
    expect(icon.rawPayload.readUInt16LE(2)).toBe(1);
    const missing = await test.app.inject({ url: `${ASSET_URL_PREFIX}app.000000000000.css` });
    expect(missing.statusCode).toBe(404);
  });

  it('describes the web app in German with the platform icons', async () => {
    const response = await test.app.inject({ url: assets().webManifest });
    const manifest = JSON.parse(response.body) as { name: string; lang: string; icons: { src: string }[] };
    expect(manifest.name).toBe('Vielfalt Ruhr');
    expect(manifest.lang).toBe('de');
    for (const icon of manifest.icons) expect((await test.app.inject({ url: icon.src })).statusCode).toBe(200);
  });
});
