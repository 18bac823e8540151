/**
 * The load generator of `npm run load`, on Node's own HTTP client (no dependency): N connections, each a
 * keep-alive socket from its own loopback source address (127.0.0.2, 127.0.0.3, …) so that nginx sees N
 * clients, as it would in production, and the per-IP rate limits apply per simulated client. Every request is
 * timed and counted by route kind. Two ways to drive them (decision 042):
 *
 * - closed loop (no `rate`): each connection runs one scenario after another until the time is up, so the
 *   server is always saturated and the mean time per request is connections ÷ throughput (Little's law);
 * - open loop (`rate`): scenarios arrive at random (a Poisson process) at `rate` per second, whatever the
 *   server answers, each on a free connection; an arrival that finds all connections busy waits for one, and
 *   its first request is timed from its arrival, not from when a connection became free, so a slow server
 *   cannot hide its queue from the figures.
 */
import { request as httpRequest, Agent as HttpAgent, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest, Agent as HttpsAgent } from 'node:https';
import { percentile, round } from './bench-support.js';

export interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Connection {
  /** The loopback address this connection's requests come from. */
  address: string;
  /** One request; `kind` names the route kind it is counted under; statuses other than `expect` are failures. */
  send(
    kind: string,
    path: string,
    options?: {
      method?: 'GET' | 'POST';
      headers?: Record<string, string>;
      body?: string;
      expect?: number[];
      /** When the request was due (performance.now()), if earlier than its sending: an open-loop arrival. */
      since?: number;
    },
  ): Promise<Response>;
}

/** A scenario: one or more requests a visitor makes in a row (a form is fetched, then posted). */
export type Scenario = (connection: Connection) => Promise<void>;

export interface KindFigures {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  failed: number;
}

export interface LoadFigures {
  /** Scenarios started per second in an open loop; null for a closed loop. */
  rate: number | null;
  seconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Requests answered with another status than expected (non-2xx for pages). */
  unexpectedStatus: number;
  /** Requests without an answer: socket errors, timeouts. */
  errors: number;
  statuses: Record<string, number>;
  /** Answers by the proxy's X-Cache-Status (HIT: from its page cache; none: the header was missing). */
  proxyCache: Record<string, number>;
  kinds: Record<string, KindFigures>;
  /** The first few failures, for the person reading the figures. */
  samples: string[];
}

const REQUEST_TIMEOUT_MS = 60_000;

/** The source address of connection `index`: 127.0.0.2 … 127.0.255.254, never 127.0.0.1 (the setup's own). */
export function loopbackAddress(index: number): string {
  const n = index + 2;
  return `127.0.${Math.floor(n / 254)}.${(n % 254) + 1}`;
}

export async function runLoad(options: {
  /** https://… (with `ca`) or http://… */
  origin: string;
  ca?: Buffer;
  connections: number;
  seconds: number;
  /** Scenarios started per second (an open loop); without it a closed loop. */
  rate?: number;
  /** Picks the next scenario; called once per scenario run. */
  pick: () => Scenario;
  /**
   * The first connection's address index (0 by default): a run that follows another on the same server starts
   * with visitors of its own, so no simulated visitor sends more forms than the per-address limits allow a person.
   */
  firstAddress?: number;
}): Promise<LoadFigures> {
  const origin = new URL(options.origin);
  const secure = origin.protocol === 'https:';
  const latencies: number[] = [];
  const byKind = new Map<string, { latencies: number[]; failed: number }>();
  const statuses: Record<string, number> = {};
  const proxyCache: Record<string, number> = {};
  const samples: string[] = [];
  let unexpectedStatus = 0;
  let errors = 0;
  const startedAt = performance.now();
  const endsAt = startedAt + options.seconds * 1000;

  const connection = (index: number): { connection: Connection; agent: HttpAgent } => {
    const address = loopbackAddress((options.firstAddress ?? 0) + index);
    const agent = secure
      ? new HttpsAgent({ keepAlive: true, maxSockets: 1, ca: options.ca, localAddress: address })
      : new HttpAgent({ keepAlive: true, maxSockets: 1, localAddress: address });
    const send: Connection['send'] = (kind, path, requestOptions = {}) =>
      new Promise((resolve, reject) => {
        const began = Math.min(requestOptions.since ?? Infinity, performance.now());
        const record = (status: string, failed: boolean, detail?: string): void => {
          const ms = performance.now() - began;
          latencies.push(ms);
          const entry = byKind.get(kind) ?? { latencies: [], failed: 0 };
          entry.latencies.push(ms);
          if (failed) entry.failed++;
          byKind.set(kind, entry);
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (failed && samples.length < 10) samples.push(`${kind} ${path}: ${detail ?? status}`);
        };
        const body = requestOptions.body;
        const req = (secure ? httpsRequest : httpRequest)(
          {
            host: origin.hostname,
            port: origin.port,
            path,
            method: requestOptions.method ?? 'GET',
            agent,
            headers: {
              host: 'vielfalt-ruhr.example',
              'user-agent': 'vielfalt-ruhr-load',
              'accept-language': 'de',
              ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }),
              ...requestOptions.headers,
            },
            timeout: REQUEST_TIMEOUT_MS,
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => {
              const status = res.statusCode ?? 0;
              const expected = requestOptions.expect ?? [200];
              const failed = !expected.includes(status);
              if (failed) unexpectedStatus++;
              record(String(status), failed);
              const cache = String(res.headers['x-cache-status'] ?? 'none');
              proxyCache[cache] = (proxyCache[cache] ?? 0) + 1;
              resolve({ status, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
            });
            res.on('error', reject);
          },
        );
        req.on('timeout', () => req.destroy(new Error('timeout')));
        req.on('error', (error) => {
          errors++;
          record('error', true, error.message);
          reject(error);
        });
        req.end(body);
      });
    return { connection: { address, send }, agent };
  };

  const connections = Array.from({ length: options.connections }, (_, index) => connection(index));
  try {
    if (options.rate === undefined) await closedLoop(connections, endsAt, options.pick);
    else await openLoop(connections, options.rate, endsAt, options.pick);
  } finally {
    for (const { agent } of connections) agent.destroy();
  }

  const seconds = (performance.now() - startedAt) / 1000;
  const kinds: Record<string, KindFigures> = {};
  for (const [kind, entry] of [...byKind].sort(([a], [b]) => a.localeCompare(b)))
    kinds[kind] = {
      requests: entry.latencies.length,
      p50: round(percentile(entry.latencies, 50), 1),
      p95: round(percentile(entry.latencies, 95), 1),
      p99: round(percentile(entry.latencies, 99), 1),
      failed: entry.failed,
    };
  return {
    rate: options.rate ?? null,
    seconds: round(seconds, 1),
    connections: options.connections,
    requests: latencies.length,
    requestsPerSecond: round(latencies.length / seconds, 1),
    p50: round(percentile(latencies, 50), 1),
    p95: round(percentile(latencies, 95), 1),
    p99: round(percentile(latencies, 99), 1),
    max: round(Math.max(...latencies), 1),
    unexpectedStatus,
    errors,
    statuses,
    proxyCache,
    kinds,
    samples,
  };
}

/** Each connection runs one scenario after another until the time is up. */
async function closedLoop(
  connections: readonly { connection: Connection }[],
  endsAt: number,
  pick: () => Scenario,
): Promise<void> {
  await Promise.all(
    connections.map(async ({ connection }) => {
      while (performance.now() < endsAt) {
        // A failed request is counted where it happened; the connection goes on with the next scenario.
        await pick()(connection).catch(() => undefined);
      }
    }),
  );
}

/**
 * Scenarios arrive at random at `rate` per second until the time is up; each runs on a free connection or, when
 * none is free, waits in arrival order for the next one. Every arrival is served, also those still waiting when
 * the time is up, so an overloaded server shows its queue in the figures rather than losing it.
 */
async function openLoop(
  connections: readonly { connection: Connection }[],
  rate: number,
  endsAt: number,
  pick: () => Scenario,
): Promise<void> {
  if (!(rate > 0)) throw new Error('the rate must be above 0');
  const idle = connections.map(({ connection }) => connection);
  const waiting: number[] = [];
  const running = new Set<Promise<void>>();
  const serve = (connection: Connection, arrival: number): void => {
    const run = (async () => {
      for (let due: number | undefined = arrival; due !== undefined; due = waiting.shift())
        await pick()(arrivedAt(connection, due)).catch(() => undefined);
      idle.push(connection);
    })();
    running.add(run);
    void run.finally(() => running.delete(run));
  };
  for (let arrival = performance.now(); arrival < endsAt; arrival += (-Math.log(1 - Math.random()) * 1000) / rate) {
    const wait = arrival - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const free = idle.pop();
    if (free) serve(free, arrival);
    else waiting.push(arrival);
  }
  while (running.size > 0) await Promise.all(running);
}

/** The connection as a scenario that arrived at `due` sees it: its first request is timed from then. */
function arrivedAt(connection: Connection, due: number): Connection {
  let first = true;
  return {
    address: connection.address,
    send: (kind, path, options = {}) => {
      const since = first ? due : undefined;
      first = false;
      return connection.send(kind, path, since === undefined ? options : { ...options, since });
    },
  };
}

/** The cookies a response sets, as `name=value` pairs (attributes dropped). */
export function setCookies(headers: IncomingHttpHeaders): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const line of headers['set-cookie'] ?? []) {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    if (at > 0) cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  return cookies;
}

export const cookieHeader = (cookies: Map<string, string>): string =>
  [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');

/** The hidden fields of the first form in `html` whose action ends with `action`. */
export function hiddenFields(html: string, action: string): URLSearchParams {
  const fields = new URLSearchParams();
  const start = html.search(new RegExp(`<form[^>]*action="[^"]*${action.replace(/[/?]/g, '\\$&')}(?:[?#"][^>]*)?>`));
  if (start < 0) throw new Error(`no form posting to ${action}`);
  const form = html.slice(start, html.indexOf('</form>', start));
  for (const match of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(match[0])?.[1];
    const value = /value="([^"]*)"/.exec(match[0])?.[1] ?? '';
    if (name) fields.set(name, value.replaceAll('&amp;', '&').replaceAll('&quot;', '"'));
  }
  return fields;
}
