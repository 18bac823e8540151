/**
 * The live heap of an app process under `npm run load`. Resident memory alone cannot tell a leak from a heap
 * that V8 has grown and keeps; the heap still in use after a full garbage collection can (decision 041).
 *
 * The process starts with an inspector port set but the inspector off (an active inspector costs a fifth of the
 * throughput). To read the heap, the script switches the inspector on with SIGUSR1 (Node's documented way),
 * asks through the DevTools protocol for a full collection and the heap in use, and switches it off again, so
 * the rounds themselves run without it.
 */

interface ProtocolAnswer {
  id?: number;
  result?: { usedSize?: number };
  error?: { message: string };
}

/** The flag that sets the loopback port the inspector will listen on once switched on (it starts off). */
export const inspectorPortFlag = (port: number): string => `--inspect-port=127.0.0.1:${port}`;

async function debuggerUrl(port: number): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
        webSocketDebuggerUrl?: string;
      }[];
      const url = targets[0]?.webSocketDebuggerUrl;
      if (url) return url;
    } catch {
      // Not listening yet: the inspector starts a moment after the signal.
    }
    if (Date.now() > deadline) throw new Error(`the inspector did not start on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Collects garbage fully in process `pid` (inspector port `port`); the heap still in use, in MB. */
export async function heapAfterGcMb(pid: number, port: number): Promise<number> {
  process.kill(pid, 'SIGUSR1');
  const socket = new WebSocket(await debuggerUrl(port));
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error(`the inspector on ${port} refused the connection`)), {
      once: true,
    });
  });
  let nextId = 0;
  const call = (method: string, params?: object): Promise<ProtocolAnswer['result']> =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      const onMessage = (event: MessageEvent): void => {
        const answer = JSON.parse(String(event.data)) as ProtocolAnswer;
        if (answer.id !== id) return;
        socket.removeEventListener('message', onMessage);
        if (answer.error) reject(new Error(`${method}: ${answer.error.message}`));
        else resolve(answer.result);
      };
      socket.addEventListener('message', onMessage);
      socket.send(JSON.stringify({ id, method, params }));
    });
  const closed = new Promise<void>((resolve) => socket.addEventListener('close', () => resolve(), { once: true }));
  try {
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    return Math.round(((usage?.usedSize ?? 0) / 1024 / 1024) * 10) / 10;
  } finally {
    // Switches the inspector off again (the counterpart of SIGUSR1); it closes this connection.
    socket.send(JSON.stringify({ id: 0, method: 'Runtime.evaluate', params: { expression: 'process._debugEnd()' } }));
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2_000))]);
    socket.close();
  }
}
