import { createServer, type Server, type Socket } from 'node:net';

/**
 * A small SMTP server for tests: it speaks enough of the protocol for nodemailer, counts the
 * connections opened to it and keeps each message's raw text. It can be started later on a port
 * chosen before (a mail server that was down and comes back).
 */
export interface TestSmtpServer {
  port: number;
  connections: number;
  messages: string[];
  /** Subjects of the messages received, in order. */
  subjects(): string[];
  listen(): Promise<void>;
  close(): Promise<void>;
}

function handle(socket: Socket, messages: string[]): void {
  let buffer = '';
  let inData = false;
  let data = '';
  const reply = (line: string) => socket.write(`${line}\r\n`);
  socket.setEncoding('utf8');
  reply('220 smtp.test.example ESMTP');
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    for (;;) {
      if (inData) {
        const end = buffer.indexOf('\r\n.\r\n');
        if (end === -1) return;
        data += buffer.slice(0, end);
        buffer = buffer.slice(end + 5);
        inData = false;
        messages.push(data);
        data = '';
        reply('250 2.0.0 queued');
        continue;
      }
      const lineEnd = buffer.indexOf('\r\n');
      if (lineEnd === -1) return;
      const line = buffer.slice(0, lineEnd);
      buffer = buffer.slice(lineEnd + 2);
      const command = line.slice(0, 4).toUpperCase();
      if (command === 'EHLO') reply('250-smtp.test.example\r\n250 8BITMIME');
      else if (command === 'DATA') {
        inData = true;
        reply('354 go ahead');
      } else if (command === 'QUIT') {
        reply('221 bye');
        socket.end();
        return;
      } else reply('250 OK');
    }
  });
  socket.on('error', () => undefined);
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

export function createTestSmtpServer(port: number): TestSmtpServer {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  const state: TestSmtpServer = {
    port,
    connections: 0,
    messages: [],
    subjects: () => state.messages.map((message) => /^Subject: (.*)$/m.exec(message)?.[1] ?? ''),
    listen: async () => {
      server = createServer((socket) => {
        state.connections += 1;
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        handle(socket, state.messages);
      });
      await new Promise<void>((resolve) => server?.listen(port, '127.0.0.1', resolve));
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    },
  };
  return state;
}
