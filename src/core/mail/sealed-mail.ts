import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Mail waiting in the database is sealed with AES-256-GCM under a key derived (HKDF) from the
 * platform's secret: a dump of the database shows neither a confirmation or reset link nor an
 * address or name. Recipients and bundles are found by a keyed digest (HMAC) of their address,
 * which cannot be reversed without the secret either.
 */
interface MailKeys {
  encryption: Buffer;
  digest: Buffer;
}

let keys: MailKeys | undefined;

function derive(secret: string, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'vielfalt-ruhr-mail', info, 32));
}

/** Called once at start (platform.ts) with the session secret; queued mail cannot be read without it. */
export function useMailSecret(secret: string): void {
  keys = { encryption: derive(secret, 'mail-queue-encryption'), digest: derive(secret, 'mail-queue-digest') };
}

function currentKeys(): MailKeys {
  if (!keys) throw new Error('The mail secret is not set: call useMailSecret(config.sessionSecret) at start');
  return keys;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

export function seal(value: unknown): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', currentKeys().encryption, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function unseal(sealed: string): unknown {
  const bytes = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', currentKeys().encryption, bytes.subarray(0, IV_BYTES));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  const text = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  return JSON.parse(text.toString('utf8')) as unknown;
}

/** An address as the digest sees it: trimmed and in lower case, so every spelling finds the same mails. */
export function normaliseAddress(address: string): string {
  return address.trim().toLowerCase();
}

/** The keyed digest of a recipient's address (kind 'recipient') or of a bundle of notifications ('bundle'). */
export function mailDigest(kind: 'recipient' | 'bundle', value: string): string {
  return createHmac('sha256', currentKeys().digest).update(`${kind}\n${value}`).digest('hex');
}
