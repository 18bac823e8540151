import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/core/config.js';
import { startPlatform, type Platform } from '../../src/platform.js';
import { getTestDatabase, resetTestDatabase } from './test-db.js';

export interface TestPlatform {
  readonly platform: Platform;
  readonly app: Platform['app'];
  readonly db: Platform['database']['db'];
}

/** The platform of a test file that useTestPlatform started. */
export interface ManagedTestPlatform extends TestPlatform {
  /** Empties the database (as before each test, unless the file keeps its data between tests). */
  reset(): Promise<void>;
}

/**
 * Starts the whole platform (routes, job queue, mail worker) on the worker's shared database
 * for one test file, and empties the database before each test. With `resetBeforeEach: false`
 * it is emptied once before the file's first test, and the file's tests share what they write
 * (read-only checks of one expensive data set, such as the whole demo); `reset()` empties it on demand.
 */
export function useTestPlatform(options: { resetBeforeEach?: boolean } = {}): ManagedTestPlatform {
  let platform: Platform | undefined;
  beforeAll(async () => {
    const database = await getTestDatabase();
    platform = await startPlatform({
      config: loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://', BASE_URL: 'http://localhost:3000' }),
      database,
      jobPollingSeconds: 0.5,
    });
    if (options.resetBeforeEach === false) await resetTestDatabase(platform.database);
  });
  beforeEach(async () => {
    if (platform && options.resetBeforeEach !== false) await resetTestDatabase(platform.database);
  });
  afterAll(async () => {
    await platform?.close();
  });
  const get = (): Platform => {
    if (!platform) throw new Error('useTestPlatform(): platform not started yet (use it inside tests)');
    return platform;
  };
  return {
    get platform() {
      return get();
    },
    get app() {
      return get().app;
    },
    get db() {
      return get().database.db;
    },
    reset: () => resetTestDatabase(get().database),
  };
}

/**
 * A browser-like client for app.inject: keeps cookies, and adds the CSRF token to form posts
 * and JSON writes the way a real page does.
 */
let clientCount = 0;

export class TestClient {
  private cookies = new Map<string, string>();
  /** Each client comes from its own loopback address, as separate visitors would (rate limits are per address). */
  readonly remoteAddress: string;
  constructor(private readonly app: Platform['app']) {
    clientCount += 1;
    this.remoteAddress = `127.0.${(clientCount >> 8) & 255}.${clientCount & 255 || 1}`;
  }

  get csrfToken(): string | undefined {
    return this.cookies.get('vr_csrf');
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  private remember(response: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.value === '' || c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now());
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.remember(
      await this.app.inject({
        method: 'GET',
        url,
        remoteAddress: this.remoteAddress,
        headers: { cookie: this.cookieHeader(), ...headers },
      }),
    );
  }

  /** A raw request from this client (its cookies and address), for payloads a form would never send. */
  async raw(options: {
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    url: string;
    payload: string | Buffer;
    contentType: string;
  }): Promise<LightMyRequestResponse> {
    return this.app.inject({
      method: options.method,
      url: options.url,
      payload: options.payload,
      remoteAddress: this.remoteAddress,
      headers: { cookie: this.cookieHeader(), 'content-type': options.contentType },
    });
  }

  /** Posts a form as a browser would, with the CSRF token (fetched first if needed). */
  async postForm(
    url: string,
    fields: Record<string, string>,
    options: { csrf?: boolean } = {},
  ): Promise<LightMyRequestResponse> {
    if (!this.csrfToken) await this.get('/de/anmelden');
    const body = new URLSearchParams(
      options.csrf === false ? fields : { _csrf: this.csrfToken ?? '', ...fields },
    ).toString();
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        remoteAddress: this.remoteAddress,
        payload: body,
        headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      }),
    );
  }

  /**
   * Posts a form with files (multipart/form-data) as a browser would, with the CSRF token; a file given as
   * null is an empty file input (nothing chosen).
   */
  async postMultipart(
    url: string,
    fields: Record<string, string | string[]>,
    files: Record<string, { name: string; bytes: Uint8Array; type?: string } | null>,
    options: { csrf?: boolean } = {},
  ): Promise<LightMyRequestResponse> {
    if (!this.csrfToken) await this.get('/de/anmelden');
    const form = new FormData();
    if (options.csrf !== false) form.append('_csrf', this.csrfToken ?? '');
    for (const [name, value] of Object.entries(fields))
      for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
    for (const [name, file] of Object.entries(files)) {
      const blob = new Blob([file ? Buffer.from(file.bytes) : new Uint8Array()], {
        type: file?.type ?? 'application/octet-stream',
      });
      form.append(name, blob, file?.name ?? '');
    }
    const encoded = new Response(form);
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        remoteAddress: this.remoteAddress,
        payload: Buffer.from(await encoded.arrayBuffer()),
        headers: { cookie: this.cookieHeader(), 'content-type': encoded.headers.get('content-type') ?? '' },
      }),
    );
  }

  async sendJson(
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload: unknown,
  ): Promise<LightMyRequestResponse> {
    if (!this.csrfToken) await this.get('/de/anmelden');
    return this.remember(
      await this.app.inject({
        method,
        url,
        remoteAddress: this.remoteAddress,
        payload: JSON.stringify(payload),
        headers: {
          cookie: this.cookieHeader(),
          'content-type': 'application/json',
          'x-csrf-token': this.csrfToken ?? '',
        },
      }),
    );
  }
}

/**
 * Waits until the mail worker has delivered `count` mails (default 1) to the address — or, with
 * `containing`, a mail whose text contains it — and returns the newest such mail. Use `containing`
 * when the address may already have older mails: the newest one may not be the awaited one yet.
 */
export async function waitForMail(
  test: TestPlatform,
  to: string,
  options: { count?: number; containing?: string; timeoutMs?: number } = {},
): Promise<{ subject: string; text_body: string }> {
  const deadline = Date.now() + (options.timeoutMs ?? 15000);
  for (;;) {
    const mails = await test.db
      .selectFrom('dev_outbox')
      .select(['subject', 'text_body'])
      .where('to_address', '=', to)
      .orderBy('id', 'desc')
      .execute();
    const wanted =
      options.containing === undefined
        ? mails
        : mails.filter((mail) => mail.text_body.includes(options.containing ?? ''));
    if (wanted.length >= (options.count ?? 1) && wanted[0]) return wanted[0];
    if (Date.now() > deadline)
      throw new Error(`No mail to ${to}${options.containing ? ` containing "${options.containing}"` : ''} in time`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The first link in a mail text that contains the path fragment. */
export function linkFrom(mailText: string, fragment: string): string {
  const match = mailText.match(new RegExp(`https?://[^\\s]*${fragment}[^\\s]*`));
  if (!match) throw new Error(`No link with ${fragment} in mail:\n${mailText}`);
  return new URL(match[0]).pathname + new URL(match[0]).search;
}
