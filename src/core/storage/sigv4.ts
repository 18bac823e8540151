import { createHash, createHmac } from 'node:crypto';

/** What signs a request for an S3-compatible service (AWS Signature Version 4). */
export interface SigningKey {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  service: string;
}

export interface RequestToSign {
  method: string;
  url: URL;
  /** Every header to sign, names in any case; `host` is taken from the URL when missing. */
  headers: Record<string, string>;
  /** The hex SHA-256 of the body ("UNSIGNED-PAYLOAD" is allowed by S3 but not used here). */
  payloadHash: string;
  /** The moment of signing, as YYYYMMDDTHHMMSSZ. */
  amzDate: string;
}

export const sha256Hex = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: Uint8Array | string, data: string): Buffer => createHmac('sha256', key).update(data).digest();

/** RFC 3986 encoding as SigV4 wants it: everything but unreserved characters, "/" kept in paths. */
function encode(value: string, keepSlash: boolean): string {
  return [...new TextEncoder().encode(value)]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      if (/[A-Za-z0-9\-._~]/.test(char) || (keepSlash && char === '/')) return char;
      return `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
}

export const amzDateOf = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * The Authorization header for a request: canonical request → string to sign → signature with the
 * key derived for day, region and service. S3 paths are not normalised, only encoded.
 */
export function authorizationHeader(key: SigningKey, request: RequestToSign): string {
  const headers = Object.fromEntries(
    Object.entries({ host: request.url.host, ...request.headers }).map(([name, value]) => [
      name.toLowerCase(),
      value.trim().replace(/\s+/g, ' '),
    ]),
  );
  const names = Object.keys(headers).sort();
  const query = [...request.url.searchParams.entries()]
    .map(([name, value]) => [encode(name, false), encode(value, false)] as const)
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : 1) : a < b ? -1 : 1))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const canonical = [
    request.method,
    encode(decodeURIComponent(request.url.pathname), true),
    query,
    names.map((name) => `${name}:${headers[name]}\n`).join(''),
    names.join(';'),
    request.payloadHash,
  ].join('\n');
  const day = request.amzDate.slice(0, 8);
  const scope = `${day}/${key.region}/${key.service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', request.amzDate, scope, sha256Hex(canonical)].join('\n');
  const signingKey = hmac(hmac(hmac(hmac(`AWS4${key.secretAccessKey}`, day), key.region), key.service), 'aws4_request');
  const signature = createHmac('sha256', signingKey).update(toSign).digest('hex');
  return `AWS4-HMAC-SHA256 Credential=${key.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`;
}
