import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import { ASSET_DIR, ASSET_URL_PREFIX, assets } from '../../ui/assets.js';
import { days } from '../time/durations.js';

/** A hashed name never changes its content: browsers and proxies may keep it for a year without asking again. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * How pages and files reach a phone quickly:
 * - the built files (styles, scripts, fonts, icons; scripts/assets/build-assets.ts) from their
 *   hashed names, as the Brotli or gzip copy made at build time when the browser accepts one,
 *   cached for a year as immutable;
 * - every other response (the HTML pages, JSON) compressed on the fly with Brotli or gzip, and
 *   cached as before (pages are never immutable: they change with every request's data);
 * - /favicon.ico for clients that ask for it without reading a page.
 */
export async function installStaticAssets(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    global: true,
    // Brotli first (smaller), gzip for the rest; quality 4 for Brotli, cheap enough per request.
    encodings: ['br', 'gzip'],
    threshold: 1024,
    // Request bodies are forms: nobody sends them compressed, and a compressed body only risks a zip bomb.
    globalDecompression: false,
  });
  await app.register(async (scope) => {
    // The same URL answers with a Brotli, gzip or plain body: caches must keep them apart.
    scope.addHook('onRequest', async (_request, reply) => {
      reply.header('vary', 'Accept-Encoding');
    });
    await scope.register(fastifyStatic, {
      root: ASSET_DIR,
      prefix: ASSET_URL_PREFIX,
      preCompressed: true,
      cacheControl: true,
      maxAge: days(365),
      immutable: true,
      index: false,
    });
  });
  let favicon: Buffer | undefined;
  app.get('/favicon.ico', { schema: { hide: true } }, async (_request, reply) => {
    favicon ??= readFileSync(join(ASSET_DIR, assets().faviconIcoFile));
    return reply
      .header('content-type', 'image/x-icon')
      .header('cache-control', `public, max-age=${days(1) / 1000}`)
      .send(favicon);
  });
}

/** Static files are served without reading the session, and so without touching the CSRF cookie either. */
export function isStaticFile(url: string): boolean {
  return url.startsWith('/assets/') || url === '/favicon.ico';
}
