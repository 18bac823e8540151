import type { S3Config } from '../config.js';
import { amzDateOf, authorizationHeader, sha256Hex, type SigningKey } from './sigv4.js';
import { assertStorageKey, assertStoragePrefix, type FileStorage, type StoredFile } from './file-storage.js';

/**
 * Files in a bucket of an S3-compatible service, addressed by path (endpoint/bucket/key), which
 * AWS, MinIO, Ceph and the German cloud providers all accept. Requests are signed with SigV4.
 */
export function s3Storage(settings: S3Config, fetcher: typeof fetch = fetch): FileStorage {
  const signing: SigningKey = {
    accessKeyId: settings.accessKeyId,
    secretAccessKey: settings.secretAccessKey,
    region: settings.region,
    service: 's3',
  };
  const base = settings.endpoint.replace(/\/+$/, '');
  const urlOf = (key: string, query: Record<string, string> = {}): URL => {
    const url = new URL(`${base}/${encodeURIComponent(settings.bucket)}/${key}`);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    return url;
  };
  async function send(method: string, url: URL, body?: Uint8Array, contentType?: string): Promise<Response> {
    const payloadHash = sha256Hex(body ?? '');
    const amzDate = amzDateOf(new Date());
    const headers: Record<string, string> = {
      'x-amz-content-sha256': payloadHash,
      'x-amz-date': amzDate,
      ...(contentType ? { 'content-type': contentType } : {}),
    };
    const authorization = authorizationHeader(signing, { method, url, headers, payloadHash, amzDate });
    return fetcher(url, {
      method,
      headers: { ...headers, authorization },
      ...(body ? { body: Buffer.from(body) } : {}),
    });
  }
  async function expectOk(response: Response, what: string): Promise<void> {
    if (response.ok) return;
    throw new Error(`File storage: ${what} answered ${response.status} ${await response.text()}`);
  }
  const storage: FileStorage = {
    async put(key, bytes, contentType) {
      assertStorageKey(key);
      await expectOk(await send('PUT', urlOf(key), bytes, contentType), `storing ${key}`);
    },
    async get(key): Promise<StoredFile | null> {
      assertStorageKey(key);
      const response = await send('GET', urlOf(key));
      if (response.status === 404) return null;
      await expectOk(response, `reading ${key}`);
      return {
        bytes: new Uint8Array(await response.arrayBuffer()),
        contentType: response.headers.get('content-type') ?? 'application/octet-stream',
      };
    },
    async delete(key) {
      assertStorageKey(key);
      const response = await send('DELETE', urlOf(key));
      if (response.status !== 404) await expectOk(response, `deleting ${key}`);
    },
    async deletePrefix(prefix) {
      assertStoragePrefix(prefix);
      // List a page of keys (ListObjectsV2) and delete them, until nothing under the prefix is left.
      for (;;) {
        const response = await send(
          'GET',
          new URL(`${base}/${encodeURIComponent(settings.bucket)}?list-type=2&prefix=${encodeURIComponent(prefix)}`),
        );
        await expectOk(response, `listing ${prefix}`);
        const keys = [...(await response.text()).matchAll(/<Key>([^<]*)<\/Key>/g)].map((match) =>
          decodeXml(match[1] ?? ''),
        );
        if (keys.length === 0) return;
        for (const key of keys) await storage.delete(key);
      }
    },
  };
  return storage;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
