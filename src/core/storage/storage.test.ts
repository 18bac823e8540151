import { createServer, type IncomingMessage, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directoryStorage, memoryStorage } from './directory-storage.js';
import type { FileStorage } from './file-storage.js';
import { s3Storage } from './s3-storage.js';
import { authorizationHeader } from './sigv4.js';

const CREDENTIALS = { accessKeyId: 'VRTESTKEY', secretAccessKey: 'vr-test-secret', region: 'eu-central-1' };

/**
 * A small S3-compatible server: path-style buckets, PUT/GET/DELETE of objects and ListObjectsV2, and it
 * refuses every request whose SigV4 signature does not match what it computes from the request it got.
 */
function startFakeS3(): Promise<{
  server: Server;
  endpoint: string;
  objects: Map<string, { body: Buffer; type: string }>;
}> {
  const objects = new Map<string, { body: Buffer; type: string }>();
  const read = async (request: IncomingMessage): Promise<Buffer> => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  };
  const server = createServer((request, response) => {
    void (async () => {
      const body = await read(request);
      const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
      const signed = /SignedHeaders=([^,]+)/.exec(request.headers.authorization ?? '')?.[1]?.split(';') ?? [];
      const headers = Object.fromEntries(
        signed.filter((name) => name !== 'host').map((name) => [name, String(request.headers[name] ?? '')]),
      );
      const expected = authorizationHeader(
        { ...CREDENTIALS, service: 's3' },
        {
          method: request.method ?? 'GET',
          url,
          headers,
          payloadHash: String(request.headers['x-amz-content-sha256']),
          amzDate: String(request.headers['x-amz-date']),
        },
      );
      if (expected !== request.headers.authorization || !signed.includes('x-amz-content-sha256')) {
        response.writeHead(403).end('<Error><Code>SignatureDoesNotMatch</Code></Error>');
        return;
      }
      const [, bucket, ...rest] = decodeURIComponent(url.pathname).split('/');
      const key = rest.join('/');
      if (bucket !== 'vielfalt-files') return void response.writeHead(404).end();
      if (request.method === 'GET' && key === '' && url.searchParams.get('list-type') === '2') {
        const prefix = url.searchParams.get('prefix') ?? '';
        const keys = [...objects.keys()].filter((name) => name.startsWith(prefix)).slice(0, 2);
        response.writeHead(200, { 'content-type': 'application/xml' });
        return void response.end(
          `<ListBucketResult>${keys.map((k) => `<Contents><Key>${k}</Key></Contents>`).join('')}</ListBucketResult>`,
        );
      }
      if (request.method === 'PUT') {
        objects.set(key, { body, type: String(request.headers['content-type']) });
        return void response.writeHead(200).end();
      }
      const object = objects.get(key);
      if (request.method === 'DELETE') {
        objects.delete(key);
        return void response.writeHead(204).end();
      }
      if (!object) return void response.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>');
      response.writeHead(200, { 'content-type': object.type }).end(object.body);
    })();
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, endpoint: `http://127.0.0.1:${port}`, objects });
    }),
  );
}

const folder = mkdtempSync(join(tmpdir(), 'vr-storage-'));
let fakeS3: Awaited<ReturnType<typeof startFakeS3>>;

beforeAll(async () => {
  fakeS3 = await startFakeS3();
});

afterAll(() => {
  fakeS3.server.close();
  rmSync(folder, { recursive: true, force: true });
});

const backends: [string, () => FileStorage][] = [
  ['the data directory', () => directoryStorage(folder)],
  ['memory', () => memoryStorage()],
  ['an S3-compatible bucket', () => s3Storage({ ...CREDENTIALS, endpoint: fakeS3.endpoint, bucket: 'vielfalt-files' })],
];

describe.each(backends)('file storage in %s', (_name, create) => {
  const pdf = new TextEncoder().encode('%PDF-1.7 Nachweis');

  it('gives back what was stored, with its type, and null for a key without a file', async () => {
    const storage = create();
    await storage.put('checklists/a1/nachweis.pdf', pdf, 'application/pdf');
    expect(await storage.get('checklists/a1/nachweis.pdf')).toEqual({ bytes: pdf, contentType: 'application/pdf' });
    expect(await storage.get('checklists/a1/fehlt.pdf')).toBeNull();
  });

  it('deletes one file, and every file under a prefix but nothing beside it', async () => {
    const storage = create();
    for (const name of ['x/1.pdf', 'x/2.pdf', 'x/3.pdf', 'x/sub/4.pdf', 'xy/5.pdf'])
      await storage.put(`prefix-test/${name}`, pdf, 'application/pdf');
    await storage.delete('prefix-test/x/1.pdf');
    await storage.delete('prefix-test/x/never-there.pdf');
    expect(await storage.get('prefix-test/x/1.pdf')).toBeNull();
    await storage.deletePrefix('prefix-test/x/');
    for (const name of ['x/2.pdf', 'x/3.pdf', 'x/sub/4.pdf'])
      expect(await storage.get(`prefix-test/${name}`)).toBeNull();
    expect(await storage.get('prefix-test/xy/5.pdf')).not.toBeNull();
  });

  it('refuses keys that could leave the storage or surprise a backend', async () => {
    const storage = create();
    for (const key of ['../etc/passwd', '/absolute', 'a/../b', 'Upper/case', 'a//b', 'a/', 'with space'])
      await expect(storage.put(key, pdf, 'application/pdf')).rejects.toThrow(/Invalid storage key/);
    await expect(storage.deletePrefix('no-slash')).rejects.toThrow(/ends with/);
  });
});

describe('the S3 backend', () => {
  it('fails loudly when the service refuses, instead of pretending the file was stored', async () => {
    const storage = s3Storage({
      ...CREDENTIALS,
      secretAccessKey: 'wrong',
      endpoint: fakeS3.endpoint,
      bucket: 'vielfalt-files',
    });
    await expect(storage.put('a/b.pdf', new Uint8Array([1]), 'application/pdf')).rejects.toThrow(/answered 403/);
  });
});

describe('SigV4 signing', () => {
  it('matches the GET Object example of the Amazon S3 documentation', () => {
    const header = authorizationHeader(
      {
        accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
        secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        region: 'us-east-1',
        service: 's3',
      },
      {
        method: 'GET',
        url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
        headers: {
          Range: 'bytes=0-9',
          'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
          'x-amz-date': '20130524T000000Z',
        },
        payloadHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        amzDate: '20130524T000000Z',
      },
    );
    expect(header).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, ' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, ' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });
});
