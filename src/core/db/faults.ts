import { sql, type Kysely } from 'kysely';
import type { Database } from './database.js';

/**
 * SQLSTATE classes and codes that mean "the database is not there right now", not "the request is wrong":
 * connection exceptions (08…), the server shutting down or starting (57P01–57P03), a statement cancelled by its
 * timeout (57014), a full disk (53100), too many connections (53300).
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '57014', '53100', '53300']);
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOSPC',
]);
/** Messages node-postgres, pg-pool and PGlite give the same situations (they carry no code). */
const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /query read timeout/i,
  /client has encountered a connection error/i,
  /connection is closed|client was closed|cannot use a pool after calling end/i,
  /pglite is closed/i,
  /no space left on device/i,
];

/**
 * Whether an error means the database is away (stopped, restarting, unreachable, stalled past its timeout,
 * out of disk space) — a 503 with Retry-After for the client and a log line, never a 500 that reads like a bug.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string' && (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code))) return true;
    if (typeof code === 'string' && UNAVAILABLE_SOCKET_CODES.has(code)) return true;
    if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(current instanceof Error ? current.message : '')))
      return true;
    current = current.cause;
  }
  return false;
}

/** Seconds a client is asked to wait (Retry-After) before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 30;

/** How long /health waits for the database's answer before it reports the database as away. */
export const HEALTH_CHECK_TIMEOUT_MS = 2000;

/**
 * Whether the database answers a trivial query within the time: false when it refuses, has gone or stalls
 * (the query may still be waiting for a connection or an answer; it ends by itself, with the connect timeout).
 */
export async function databaseAnswers(db: Kysely<Database>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const answer = sql`select 1`.execute(db).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([answer, late]);
  } finally {
    clearTimeout(timer);
  }
}

export interface WaitForDatabaseOptions {
  /** How long to keep trying before giving up, in seconds (0: one try). */
  seconds: number;
  /** Called before each pause with the attempt's number and the reason, so an operator sees the waiting. */
  onRetry?: (attempt: number, error: unknown) => void;
  /** The first pause; each next one doubles, up to 5 seconds. */
  firstDelayMs?: number;
}

/**
 * Waits until the database answers, with growing pauses: an app started together with its database (a host
 * booting, a container set) waits for it instead of exiting, and one started against a database that never
 * comes gives up with the last error after the given time.
 */
export async function waitForDatabase(db: Kysely<Database>, options: WaitForDatabaseOptions): Promise<void> {
  const deadline = Date.now() + options.seconds * 1000;
  let delay = options.firstDelayMs ?? 250;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await sql`select 1`.execute(db);
      return;
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() + delay > deadline) throw error;
      options.onRetry?.(attempt, error);
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 5000);
    }
  }
}
