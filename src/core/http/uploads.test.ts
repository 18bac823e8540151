import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TestClient, useTestPlatform } from '../../../tests/setup/test-platform.js';
import { LIMITS } from '../limits.js';
import { safeParseInput } from '../validation.js';
import { installUploads, optionalUploadField, uploadField } from './uploads.js';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\n');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

const schema = z.object({
  title: z.string(),
  evidence: uploadField({ kinds: ['pdf', 'png'], maxBytes: 1024 * 1024 }),
  photo: optionalUploadField({ kinds: ['png', 'jpeg', 'webp'] }),
});

/** A bare app with the upload path and one route that parses like handleForm does and answers what it got. */
let bare: FastifyInstance;
beforeAll(async () => {
  bare = Fastify();
  await installUploads(bare);
  bare.post('/upload', async (request) => {
    const parsed = safeParseInput(schema, request.body);
    if (!parsed.ok) return { fields: parsed.fields };
    const { evidence, photo } = parsed.data;
    return {
      title: parsed.data.title,
      evidence: {
        name: evidence.fileName,
        kind: evidence.kind,
        type: evidence.contentType,
        size: evidence.bytes.length,
      },
      photo: photo ? photo.kind : null,
    };
  });
});
afterAll(() => bare.close());

async function post(
  fields: Record<string, string>,
  files: Record<string, { name: string; bytes: Uint8Array; type: string } | null>,
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const [name, file] of Object.entries(files))
    form.append(
      name,
      new Blob([file ? Buffer.from(file.bytes) : new Uint8Array()], { type: file?.type ?? '' }),
      file?.name ?? '',
    );
  const encoded = new Response(form);
  const response = await bare.inject({
    method: 'POST',
    url: '/upload',
    payload: Buffer.from(await encoded.arrayBuffer()),
    headers: { 'content-type': encoded.headers.get('content-type') ?? '' },
  });
  return response.json<Record<string, unknown>>();
}

describe('upload fields', () => {
  it('take a file of an allowed kind with the form’s text fields, and an empty optional input as none', async () => {
    const answer = await post(
      { title: 'Nachweis Leitbild' },
      { evidence: { name: 'leitbild.pdf', bytes: PDF, type: 'application/pdf' }, photo: null },
    );
    expect(answer).toEqual({
      title: 'Nachweis Leitbild',
      evidence: { name: 'leitbild.pdf', kind: 'pdf', type: 'application/pdf', size: PDF.length },
      photo: null,
    });
  });

  it('judge a file by its content: a program named .pdf and sent as a PDF is refused with the allowed kinds', async () => {
    const program = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]);
    const answer = await post(
      { title: 'x' },
      { evidence: { name: 'nachweis.pdf', bytes: program, type: 'application/pdf' }, photo: null },
    );
    expect(answer).toEqual({ fields: { evidence: { key: 'validation.file_type', values: { types: 'PDF, PNG' } } } });
  });

  it('take a PNG that was named .pdf, because its content is a PNG', async () => {
    const answer = await post({ title: 'x' }, { evidence: { name: 'scan.pdf', bytes: PNG, type: 'application/pdf' } });
    expect(answer).toMatchObject({ evidence: { kind: 'png', type: 'image/png' } });
  });

  it('say when a file is missing or above the field’s size, naming the size', async () => {
    expect(await post({ title: 'x' }, { evidence: null })).toEqual({
      fields: { evidence: { key: 'validation.file_missing' } },
    });
    const large = new Uint8Array(1024 * 1024 + 1);
    large.set(PDF);
    expect(
      await post({ title: 'x' }, { evidence: { name: 'gross.pdf', bytes: large, type: 'application/pdf' } }),
    ).toEqual({ fields: { evidence: { key: 'validation.file_too_large', values: { max: 1 } } } });
  });

  it('cut a file above the platform’s limit while reading, and refuse it with a message instead of an error page', async () => {
    const huge = new Uint8Array(LIMITS.uploadBytes + 10);
    huge.set(PNG);
    const answer = await post(
      { title: 'x' },
      {
        evidence: { name: 'a.png', bytes: PNG, type: 'image/png' },
        photo: { name: 'b.png', bytes: huge, type: 'image/png' },
      },
    );
    expect(answer).toEqual({ fields: { photo: { key: 'validation.file_too_large', values: { max: 10 } } } });
  });

  it('refuse a text value where a file belongs', async () => {
    expect(await post({ title: 'x', evidence: 'C:\\nachweis.pdf' }, {})).toEqual({
      fields: { evidence: { key: 'validation.invalid_type' } },
    });
  });
});

describe('forms with files on the platform', () => {
  const test = useTestPlatform();

  it('pass the same CSRF check as every other form', async () => {
    const client = new TestClient(test.app);
    await client.get('/de/passwort-vergessen');
    const refused = await client.postMultipart(
      '/de/passwort-vergessen',
      { email: 'x@beispiel.example' },
      {},
      { csrf: false },
    );
    expect(refused.statusCode).toBe(403);
    const accepted = await client.postMultipart('/de/passwort-vergessen', { email: 'kein-adresse' }, {});
    expect(accepted.statusCode).toBe(400);
    expect(accepted.body).toContain('value="kein-adresse"');
  });

  it('answer more files than a form may carry with 413, not a server error', async () => {
    const client = new TestClient(test.app);
    const files = Object.fromEntries(
      Array.from({ length: LIMITS.uploadFiles + 1 }, (_, index) => [`f${index}`, { name: `${index}.pdf`, bytes: PDF }]),
    );
    const response = await client.postMultipart('/de/passwort-vergessen', { email: 'x@beispiel.example' }, files);
    expect(response.statusCode).toBe(413);
  });
});
