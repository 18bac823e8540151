import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP relay between the app and a database server that can stall: while stalled it accepts connections
 * and bytes but passes nothing on, as a frozen server or a broken network does (the app's sockets stay open,
 * answers never come). Resuming passes on whatever waited.
 */
export interface StallingProxy {
  /** postgres://… through the relay, for the given database URL's user and database. */
  url: string;
  stall(): void;
  resume(): void;
  close(): Promise<void>;
}

export async function startStallingProxy(targetUrl: string): Promise<StallingProxy> {
  const target = new URL(targetUrl);
  const sockets = new Set<Socket>();
  const pairs: { client: Socket; upstream: Socket }[] = [];
  let stalled = false;

  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    sockets.add(client).add(upstream);
    for (const socket of [client, upstream]) {
      socket.on('error', () => undefined);
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream);
    upstream.pipe(client);
    if (stalled) {
      client.pause();
      upstream.pause();
    }
    pairs.push({ client, upstream });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the stalling proxy has no TCP port');
  const url = new URL(targetUrl);
  url.port = String(address.port);

  return {
    url: url.toString(),
    stall: () => {
      stalled = true;
      for (const { client, upstream } of pairs) {
        client.pause();
        upstream.pause();
      }
    },
    resume: () => {
      stalled = false;
      for (const { client, upstream } of pairs) {
        client.resume();
        upstream.resume();
      }
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
