import { isIP } from 'node:net';
import { z } from 'zod';
import { isLoopbackHostname } from './loopback.js';

/**
 * The one place that reads process.env. Development has defaults; production
 * fails loudly when something it needs is missing.
 */
const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z.string().url().optional(),
    DATA_DIR: z.string().default('./data'),
    SMTP_URL: z.string().url().optional(),
    BASE_URL: z.string().url().optional(),
    SESSION_SECRET: z.string().min(32).optional(),
    MAIL_FROM: z.string().default('Vielfalt Ruhr <no-reply@vielfalt-ruhr.example>'),
    /** Where vulnerabilities are reported (/.well-known/security.txt): a mailto: or https: address. */
    SECURITY_CONTACT: z
      .string()
      .regex(/^(mailto:[^\s@]+@[^\s@]+|https:\/\/\S+)$/, { message: 'is a mailto: or https: address' })
      .default('mailto:security@vielfalt-ruhr.example'),
    DEMO_DATA: z.enum(['auto', 'off']).default('auto'),
    /** Minutes without a request after which a session ends (besides its absolute 30 days). */
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 30)
      .default(120),
    DEMO_DATA_ON_PUBLIC_URL: z.enum(['refuse', 'allow']).default('refuse'),
    TRUST_PROXY: z
      .string()
      .trim()
      .refine((value) => value === '' || /^\d{1,2}$/.test(value) || value.split(',').every(isProxyAddress), {
        message: 'is a number of proxy hops (e.g. 1) or a comma-separated list of proxy addresses or networks',
      })
      .optional(),
    DATABASE_WAIT_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(15_000),
    DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
    REQUEST_DEADLINE_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
    ADMISSION_CONCURRENCY: z.coerce.number().int().min(1).max(10_000).default(8),
    ADMISSION_QUEUE: z.coerce.number().int().min(0).max(1_000_000).default(2_000),
    ADMISSION_WAIT_MS: z.coerce.number().int().min(100).max(3_600_000).default(10_000),
    /** How long a shared cache (the reference nginx) may keep a page that is the same for everyone; 0: never. */
    SHARED_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(10),
    DATA_DIR_MIN_FREE_MB: z.coerce.number().int().min(1).max(10_000_000).default(100),
    S3_ENDPOINT: z.string().url().optional(),
    S3_BUCKET: z.string().min(3).max(63).optional(),
    S3_REGION: z.string().default('eu-central-1'),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.S3_BUCKET)
      for (const name of ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const)
        if (!env[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'is required when S3_BUCKET is set' });
    // Demo accounts share a published password: on an address others can reach they are open doors.
    if (
      env.DEMO_DATA !== 'off' &&
      env.BASE_URL &&
      env.DEMO_DATA_ON_PUBLIC_URL !== 'allow' &&
      !isLoopbackHostname(new URL(env.BASE_URL).hostname)
    )
      ctx.addIssue({
        code: 'custom',
        path: ['DEMO_DATA'],
        message:
          'is "auto" (demo accounts with a published password) while BASE_URL is not a loopback address: ' +
          'set DEMO_DATA=off, or DEMO_DATA_ON_PUBLIC_URL=allow for a demonstration meant to be reachable',
      });
    if (env.NODE_ENV !== 'production') return;
    if (!env.SESSION_SECRET)
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'is required in production (at least 32 characters)',
      });
    if (!env.BASE_URL) ctx.addIssue({ code: 'custom', path: ['BASE_URL'], message: 'is required in production' });
    if (env.DEMO_DATA !== 'off')
      ctx.addIssue({
        code: 'custom',
        path: ['DEMO_DATA'],
        message: 'must be "off" in production: demo data never goes live',
      });
  });

/** An S3-compatible bucket for uploaded files (core/storage); without it files live in the data directory. */
export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** An IPv4/IPv6 address, optionally with a prefix length (10.0.0.0/8, fd00::/8). */
function isProxyAddress(value: string): boolean {
  const [address, prefix, ...rest] = value.trim().split('/');
  if (rest.length > 0 || !address) return false;
  const version = isIP(address);
  if (version === 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
}

/**
 * Which proxies may tell the client's address (X-Forwarded-For): none (the default; the socket's
 * address counts), the given number of hops in front of the app, or the listed addresses and networks.
 * Believing every proxy would let anyone forge an address and slip past rate limits.
 */
export type TrustProxy = false | number | string[];

function parseTrustProxy(value: string | undefined): TrustProxy {
  if (!value) return false;
  if (/^\d+$/.test(value)) return Number(value) === 0 ? false : Number(value);
  return value.split(',').map((address) => address.trim());
}

export interface Config {
  env: 'development' | 'test' | 'production';
  isProduction: boolean;
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  smtpUrl: string | undefined;
  baseUrl: string;
  sessionSecret: string;
  /** How long a session may go unused before it ends (SESSION_IDLE_MINUTES, default two hours). */
  sessionIdleMs: number;
  mailFrom: string;
  /** The disclosure address of /.well-known/security.txt (SECURITY_CONTACT). */
  securityContact: string;
  loadDemoData: boolean;
  s3: S3Config | null;
  trustProxy: TrustProxy;
  /** How the app meets a database that is away (core/db/faults.ts): all PostgreSQL only, but the deadline. */
  database: {
    /** At start, how long to wait for the database before giving up. */
    waitSeconds: number;
    statementTimeoutMs: number;
    connectTimeoutMs: number;
    /** PGlite on disk: below this much free space in DATA_DIR, writes answer 503 (core/db/disk-space.ts). */
    minFreeBytes: number;
  };
  /** A request still unanswered after this long gets a 503 with Retry-After (Fastify's handlerTimeout). */
  requestDeadlineMs: number;
  /** How many requests one process works on at once, and how long the others may wait (core/http/admission.ts). */
  admission: {
    /** Requests worked on at once (ADMISSION_CONCURRENCY). */
    concurrency: number;
    /** Requests that may wait for a turn (ADMISSION_QUEUE); more are answered 503. */
    maxWaiting: number;
    /** The longest a request waits for its turn before it is answered 503 (ADMISSION_WAIT_MS). */
    maxWaitMs: number;
  };
  /** How long a shared cache may keep a page that is the same for everyone (core/http/shared-cache.ts); 0: never. */
  sharedCacheSeconds: number;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    env: c.NODE_ENV,
    isProduction: c.NODE_ENV === 'production',
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: c.DATA_DIR,
    smtpUrl: c.SMTP_URL,
    baseUrl: c.BASE_URL ?? `http://localhost:${c.PORT}`,
    // Development only: a fixed secret so sessions survive restarts. Production refuses to start without one.
    sessionSecret: c.SESSION_SECRET ?? 'development-only-secret-never-used-in-production',
    sessionIdleMs: c.SESSION_IDLE_MINUTES * 60_000,
    mailFrom: c.MAIL_FROM,
    securityContact: c.SECURITY_CONTACT,
    loadDemoData: c.DEMO_DATA === 'auto',
    trustProxy: parseTrustProxy(c.TRUST_PROXY),
    database: {
      waitSeconds: c.DATABASE_WAIT_SECONDS,
      statementTimeoutMs: c.DATABASE_STATEMENT_TIMEOUT_MS,
      connectTimeoutMs: c.DATABASE_CONNECT_TIMEOUT_MS,
      minFreeBytes: c.DATA_DIR_MIN_FREE_MB * 1024 * 1024,
    },
    requestDeadlineMs: c.REQUEST_DEADLINE_MS,
    admission: {
      concurrency: c.ADMISSION_CONCURRENCY,
      maxWaiting: c.ADMISSION_QUEUE,
      maxWaitMs: c.ADMISSION_WAIT_MS,
    },
    sharedCacheSeconds: c.SHARED_CACHE_SECONDS,
    s3:
      c.S3_BUCKET && c.S3_ENDPOINT && c.S3_ACCESS_KEY_ID && c.S3_SECRET_ACCESS_KEY
        ? {
            endpoint: c.S3_ENDPOINT,
            bucket: c.S3_BUCKET,
            region: c.S3_REGION,
            accessKeyId: c.S3_ACCESS_KEY_ID,
            secretAccessKey: c.S3_SECRET_ACCESS_KEY,
          }
        : null,
  };
}
