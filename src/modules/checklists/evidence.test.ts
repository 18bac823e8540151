import { describe, expect, it } from 'vitest';
import { useTestPlatform, type TestClient } from '../../../tests/setup/test-platform.js';
import { evidenceKey } from './records.js';
import { staffOf } from './test-helpers.js';

const test = useTestPlatform();

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
const PROGRAM = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);

/** Posts step 1 (strategy, with its evidence question) as a browser posts a multipart form. */
async function postStep(client: TestClient, id: string, file: { name: string; bytes: Uint8Array; type: string }) {
  if (!client.csrfToken) await client.get('/de/anmelden');
  const form = new FormData();
  form.append('_csrf', client.csrfToken ?? '');
  form.append('q_s_commitment', 'yes');
  form.append('q_s_evidence', new Blob([Buffer.from(file.bytes)], { type: file.type }), file.name);
  form.append('then', 'next');
  const encoded = new Response(form);
  return client.raw({
    method: 'POST',
    url: `/de/qualitaet/selbstcheck/${id}?schritt=1`,
    payload: Buffer.from(await encoded.arrayBuffer()),
    contentType: encoded.headers.get('content-type') ?? '',
  });
}

describe('checklists: evidence uploads', () => {
  it('checks evidence by content, keeps it private to the organisation and deletes it with the assessment', async () => {
    const owner = await staffOf(test, 'leitung@kita-sonnenblume.example', { type: 'provider' });
    const start = await owner.client.postForm('/de/qualitaet/selbstcheck/neu', {
      audience: 'kita',
      size_band: 'up_to_49',
      sector: 'education',
    });
    const id = /selbstcheck\/([0-9a-f-]{36})/.exec(String(start.headers.location))?.[1] ?? '';

    // A program renamed to .pdf is refused by its content; nothing of the step is saved.
    const renamed = await postStep(owner.client, id, { name: 'leitbild.pdf', bytes: PROGRAM, type: 'application/pdf' });
    expect(renamed.statusCode).toBe(400);
    expect(renamed.body).toContain('Maßgeblich ist der Inhalt der Datei');
    expect(await test.db.selectFrom('checklist_answers').selectAll().execute()).toEqual([]);

    const saved = await postStep(owner.client, id, { name: 'Leitbild 2026.pdf', bytes: PDF, type: 'application/pdf' });
    expect(saved.statusCode, saved.body.slice(0, 300)).toBe(303);
    const step = await owner.client.get(`/de/qualitaet/selbstcheck/${id}?schritt=1`);
    expect(step.body).toContain('Leitbild 2026.pdf');
    const download = await owner.client.get(`/de/qualitaet/selbstcheck/${id}/nachweise/s_evidence`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(Buffer.from(PDF))).toBe(true);

    const stranger = await staffOf(test, 'chef@fremdfirma.example', { type: 'company' });
    expect((await stranger.client.get(`/de/qualitaet/selbstcheck/${id}/nachweise/s_evidence`)).statusCode).toBe(404);

    const storage = test.platform.app.services.storage;
    expect(await storage.get(evidenceKey(id, 's_evidence'))).not.toBeNull();
    expect((await owner.client.postForm(`/de/qualitaet/selbstcheck/${id}/loeschen`, {})).statusCode).toBe(303);
    expect(await storage.get(evidenceKey(id, 's_evidence'))).toBeNull();
    expect(await test.db.selectFrom('checklist_evidence').selectAll().execute()).toEqual([]);
  });
});
