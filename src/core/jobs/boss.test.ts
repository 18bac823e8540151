import pg from 'pg';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createJobQueue } from './boss.js';

describe('createJobQueue', () => {
  it("writes the queue's own errors to the logger with name, message and stack only", () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    // Never connects: the pool opens a connection only for a query.
    const queue = createJobQueue(new pg.Pool(), { logger });
    const error = Object.assign(new Error('insert failed'), { detail: 'Key (data)=({"to": "someone@mail.example"})' });
    queue.emit('error', error);
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? '{}') as { msg: string; err: { message: string; stack: string } };
    expect(line.msg).toBe('job queue error');
    expect(line.err.message).toBe('insert failed');
    expect(line.err.stack).toContain('boss.test.ts');
    expect(lines[0]).not.toContain('someone@mail.example');
  });
});
