import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { isStaticFile } from './static-assets.js';

/**
 * How many requests one app process works on at once (decision 041). Without a bound, every request that
 * arrives starts at once and all of them share the database pool and the event loop: a page that asks the
 * database ten times queues ten times behind everything else, and under load the pages with the most
 * statements take seconds while the others are quick. With a bound, the requests beyond it wait their turn
 * (first come, first served) before any work starts, and each admitted request runs to its end without
 * queueing again behind newcomers.
 *
 * A request that has waited longer than `maxWaitMs` when its turn comes, or that finds `maxWaiting` others
 * already waiting, is answered 503 with Retry-After; a client that gave up while waiting leaves the queue.
 */
type AdmissionOptions = Config['admission'];

/** Never wait: the health check must answer while the app is busy, and files read no database. */
const skipsTheQueue = (request: FastifyRequest): boolean =>
  request.routeOptions.url === '/health' || isStaticFile(request.url);

interface Waiting {
  since: number;
  admit: () => void;
  refuse: () => void;
  gone: boolean;
}

export interface Admission {
  /** Requests being worked on and waiting now (for tests and the operator). */
  readonly running: number;
  readonly waiting: number;
}

export function installAdmission(app: FastifyInstance, options: AdmissionOptions): Admission {
  let running = 0;
  let waiting = 0;
  // A queue with a moving head: shift() on a long array copies it.
  let queue: Waiting[] = [];
  let head = 0;

  const next = (): void => {
    while (head < queue.length) {
      const entry = queue[head] as Waiting;
      queue[head++] = undefined as never;
      if (head > 1024 && head * 2 > queue.length) {
        queue = queue.slice(head);
        head = 0;
      }
      if (entry.gone) continue;
      waiting--;
      if (performance.now() - entry.since > options.maxWaitMs) {
        entry.refuse();
        continue;
      }
      entry.admit();
      return;
    }
    running--;
  };

  app.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
    if (skipsTheQueue(request)) return done();
    let state: 'waiting' | 'running' | 'ended' = 'waiting';
    const end = (): void => {
      if (state === 'running') next();
      state = 'ended';
    };
    const entry: Waiting = {
      since: performance.now(),
      gone: false,
      admit: () => {
        state = 'running';
        done();
      },
      refuse: () => {
        state = 'ended';
        done(new AppError('unavailable', { messageKey: 'errors.busy', help: { reasonKey: 'errors.busy_reason' } }));
      },
    };
    // 'close' comes once the response is sent or the connection is gone, whichever is first.
    reply.raw.once('close', () => {
      if (state === 'waiting' && !entry.gone) {
        entry.gone = true;
        waiting--;
      }
      end();
    });
    if (running < options.concurrency) {
      running++;
      return entry.admit();
    }
    if (waiting >= options.maxWaiting) return entry.refuse();
    waiting++;
    queue.push(entry);
  });

  return {
    get running() {
      return running;
    },
    get waiting() {
      return waiting;
    },
  };
}
