import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startPlatform, type Platform } from '../../platform.js';
import { useTestPlatform } from '../../../tests/setup/test-platform.js';
import { loadConfig } from '../config.js';
import { AppError } from '../errors.js';
import { installAdmission } from './admission.js';

/**
 * An app with the admission bound and one route whose requests wait until the test lets them finish, so the
 * test decides which requests are running. Refusals are answered with the AppError's status, as the
 * platform's error handling does.
 */
async function appWithBound(options: { concurrency: number; maxWaiting?: number; maxWaitMs?: number }) {
  const app = Fastify();
  const started: string[] = [];
  const finish = new Map<string, () => void>();
  app.setErrorHandler((error, _request, reply) =>
    reply.status(error instanceof AppError ? error.status : 500).send({ code: (error as AppError).code }),
  );
  const admission = installAdmission(app, {
    concurrency: options.concurrency,
    maxWaiting: options.maxWaiting ?? 100,
    maxWaitMs: options.maxWaitMs ?? 60_000,
  });
  app.get<{ Params: { name: string } }>('/work/:name', async (request) => {
    started.push(request.params.name);
    await new Promise<void>((resolve) => finish.set(request.params.name, resolve));
    return { done: request.params.name };
  });
  app.get('/health', async () => ({ status: 'ok' }));
  return { app, admission, started, finish };
}

/** Lets pending I/O and timers run, so that requests sent so far have reached their hooks. */
const settle = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

let open: FastifyInstance | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

describe('requests beyond the bound wait their turn', () => {
  it('works on at most `concurrency` requests and starts the waiting ones first come, first served', async () => {
    const { app, admission, started, finish } = await appWithBound({ concurrency: 2 });
    const answers = ['a', 'b', 'c', 'd', 'e'].map((name) => app.inject({ url: `/work/${name}` }));
    await settle();
    expect(started).toEqual(['a', 'b']);
    expect(admission.running).toBe(2);
    expect(admission.waiting).toBe(3);

    finish.get('b')?.();
    await settle();
    expect(started).toEqual(['a', 'b', 'c']);
    finish.get('a')?.();
    await settle();
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    for (const name of ['c', 'd']) finish.get(name)?.();
    await settle();
    finish.get('e')?.();
    const bodies = (await Promise.all(answers)).map((answer) => answer.json<{ done: string }>().done);
    expect(bodies).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(admission.running).toBe(0);
    expect(admission.waiting).toBe(0);
  });

  it('answers the health check at once, however busy the process is', async () => {
    const { app, started, finish } = await appWithBound({ concurrency: 1 });
    const busy = app.inject({ url: '/work/long' });
    await settle();
    const health = await app.inject({ url: '/health' });
    expect(health.statusCode).toBe(200);
    expect(started).toEqual(['long']);
    finish.get('long')?.();
    await busy;
  });

  it('refuses with 503 when too many are waiting, and when a request waited too long for its turn', async () => {
    const full = await appWithBound({ concurrency: 1, maxWaiting: 1 });
    const running = full.app.inject({ url: '/work/first' });
    const waiting = full.app.inject({ url: '/work/second' });
    await settle();
    const refused = await full.app.inject({ url: '/work/third' });
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toEqual({ code: 'unavailable' });
    full.finish.get('first')?.();
    await settle();
    full.finish.get('second')?.();
    expect((await running).statusCode).toBe(200);
    expect((await waiting).statusCode).toBe(200);

    const slow = await appWithBound({ concurrency: 1, maxWaitMs: 100 });
    const long = slow.app.inject({ url: '/work/long' });
    const late = slow.app.inject({ url: '/work/late' });
    await settle(250);
    slow.finish.get('long')?.();
    expect((await late).statusCode).toBe(503);
    expect(slow.started).toEqual(['long']);
    expect((await long).statusCode).toBe(200);
    // The refusal handed the turn on: the next request starts at once.
    const next = slow.app.inject({ url: '/work/next' });
    await settle();
    expect(slow.started).toEqual(['long', 'next']);
    slow.finish.get('next')?.();
    expect((await next).statusCode).toBe(200);
  });

  it('a client that gives up while waiting leaves the queue and takes no turn', async () => {
    const { app, admission, started, finish } = await appWithBound({ concurrency: 1 });
    open = app;
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const get = (name: string) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: `/work/${name}` });
      const answer = new Promise<number>((resolve, reject) => {
        req.on('response', (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
      });
      req.end();
      return { req, answer };
    };
    const first = get('first');
    const quitter = get('quitter');
    const patient = get('patient');
    quitter.answer.catch(() => undefined);
    await settle(100);
    expect(admission.waiting).toBe(2);
    quitter.req.destroy();
    await settle(100);
    expect(admission.waiting).toBe(1);
    finish.get('first')?.();
    await settle(100);
    expect(started).toEqual(['first', 'patient']);
    finish.get('patient')?.();
    expect(await first.answer).toBe(200);
    expect(await patient.answer).toBe(200);
    expect(admission.running).toBe(0);
  });
});

describe('the platform with the bound', () => {
  const test = useTestPlatform();
  let bounded: Platform | undefined;
  afterAll(async () => {
    await bounded?.close();
  });

  it('a request refused for lack of a turn gets a page in its language saying nothing was saved, and Retry-After', async () => {
    bounded = await startPlatform({
      config: loadConfig({
        NODE_ENV: 'test',
        DATA_DIR: 'memory://',
        BASE_URL: 'http://localhost:3000',
        ADMISSION_CONCURRENCY: '1',
        ADMISSION_QUEUE: '0',
      }),
      database: test.platform.database,
      workers: false,
    });
    const [first, second] = await Promise.all([
      bounded.app.inject({ url: '/de/' }),
      bounded.app.inject({ url: '/ar/stellen' }),
    ]);
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(503);
    expect(second.headers['retry-after']).toBeDefined();
    expect(second.body).toContain('lang="ar"');
    expect(second.body).toContain('المنصة مزدحمة جدًا الآن');
    expect(second.body).toContain('لم يُحفظ أي شيء');
    // The turn was given back: the next request is worked on.
    expect((await bounded.app.inject({ url: '/de/stellen' })).statusCode).toBe(200);
  });
});
