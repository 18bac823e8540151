import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad, type Scenario } from '../../scripts/load-client.js';

/**
 * The load generator of `npm run load` (decision 042) against a server that takes a fixed time per request and
 * answers one request per connection at a time. Only lower bounds on times are asserted (a slow machine makes
 * them larger, never smaller) and upper bounds on counts.
 */
const ANSWER_MS = 100;
let server: Server;
let origin: string;
const sources = new Set<string>();

beforeAll(async () => {
  server = createServer((req, res) => {
    sources.add(req.socket.remoteAddress ?? '');
    setTimeout(() => res.end('ok'), ANSWER_MS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const page: Scenario = async (connection) => {
  await connection.send('page', '/');
};

describe('the load generator', () => {
  it('in an open loop times a request from its arrival, so the queue before a busy server shows', async () => {
    // 50 arrivals a second on one connection that serves 10 a second: most arrivals wait for the connection.
    const figures = await runLoad({ origin, connections: 1, seconds: 1, rate: 50, pick: () => page });

    expect(figures.rate).toBe(50);
    // Every arrival is served, also those still waiting when the second is over (Poisson(50) < 20: p < 1e-7).
    expect(figures.requests).toBeGreaterThanOrEqual(20);
    expect(figures.errors).toBe(0);
    // Timed from when a connection became free, every request would take about 100 ms; from its arrival, the
    // later ones waited for all before them (the last about 4 s).
    expect(figures.p50).toBeGreaterThan(3 * ANSWER_MS);
    expect(figures.max).toBeGreaterThan(10 * ANSWER_MS);
  });

  it('in an open loop starts scenarios at the rate, not as fast as the server answers', async () => {
    // A closed loop on 4 connections would send about 40 requests in a second; 5 a second arrive here.
    const figures = await runLoad({ origin, connections: 4, seconds: 1, rate: 5, pick: () => page });

    expect(figures.requests).toBeGreaterThan(0);
    expect(figures.requests).toBeLessThan(25);
    expect(figures.p50).toBeGreaterThanOrEqual(ANSWER_MS - 1);
  });

  it('in a closed loop keeps every connection busy, each from its own address', async () => {
    sources.clear();
    const figures = await runLoad({ origin, connections: 3, seconds: 0.5, pick: () => page });

    expect(figures.rate).toBeNull();
    expect(sources.size).toBe(3);
    // At most 0.5 s ÷ 100 ms + 1 requests per connection.
    expect(figures.requests).toBeLessThanOrEqual(18);
    expect(figures.requests).toBeGreaterThanOrEqual(3);
    expect(figures.p50).toBeGreaterThanOrEqual(ANSWER_MS - 1);
  });
});
