import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * A rendered search page with its compressed bodies, made once per encoding and kept with the page in the
 * result cache: a popular search served from the cache no longer compresses the same HTML again on every
 * request (decision 037). Compressed as the platform's compression would (Brotli quality 4, gzip), and only
 * above the same threshold.
 */
export type PageEncoding = 'br' | 'gzip';

export interface EncodedPage {
  readonly html: string;
  readonly bodies: Map<PageEncoding, Buffer>;
}

/** Pages shorter than this go out as they are (the platform's compression threshold, core/http/static-assets). */
export const COMPRESSION_THRESHOLD = 1024;

export function encodedPage(html: string): EncodedPage {
  return { html, bodies: new Map() };
}

/** The encoding a client accepts, Brotli before gzip; null for neither (or `q=0` for both). */
export function preferredEncoding(acceptEncoding: string | string[] | undefined): PageEncoding | null {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '');
  const accepted = new Set<string>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q && Number(q.slice(2)) === 0) continue;
    accepted.add(name.trim());
  }
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip';
  return null;
}

/** The page's body in this encoding, compressed on first use. */
export function encodedBody(page: EncodedPage, encoding: PageEncoding): Buffer {
  let body = page.bodies.get(encoding);
  if (!body) {
    body =
      encoding === 'br'
        ? brotliCompressSync(page.html, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 4,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(page.html),
            },
          })
        : gzipSync(page.html);
    page.bodies.set(encoding, body);
  }
  return body;
}
