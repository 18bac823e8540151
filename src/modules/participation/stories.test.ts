import { describe, expect, it } from 'vitest';
import { createUser } from '../../seed/factories.js';
import { TestClient, useTestPlatform } from '../../../tests/setup/test-platform.js';
import { signedInClient } from '../../../tests/setup/sign-in.js';

const test = useTestPlatform();

describe('participation: campaigns and stories with review, translations and share cards', () => {
  it('writes a story, translates it, has it reviewed by the office and shows it with a share card', async () => {
    const office = await createUser(test.db, {
      email: 'redaktion@koordinierung.example',
      organisation: { type: 'cooperation_office', name: 'Koordinierungsstelle', verified_at: new Date() },
      role: 'admin',
    });
    await createUser(test.db, {
      email: 'kollegin@koordinierung.example',
      organisation: { id: office.organisation?.id ?? '' },
      role: 'member',
    });
    await createUser(test.db, {
      email: 'team@lichtschacht.example',
      organisation: { type: 'provider', name: 'Bildungswerk', verified_at: new Date() },
    });
    await createUser(test.db, {
      email: 'team@andere.example',
      organisation: { type: 'school', name: 'Berufskolleg', verified_at: new Date() },
    });
    const editor = await signedInClient(test, 'redaktion@koordinierung.example');
    const colleague = await signedInClient(test, 'kollegin@koordinierung.example');
    const author = await signedInClient(test, 'team@lichtschacht.example');
    const other = await signedInClient(test, 'team@andere.example');
    const anonymous = new TestClient(test.app);

    const campaign = await editor.postForm('/de/beteiligung/kampagnen/neu', {
      title: 'Ruhr kann Vielfalt',
      summary: 'Gesichter aus sieben Städten.',
      body: '',
    });
    expect(campaign.statusCode).toBe(303);
    const campaignPath = new URL(String(campaign.headers.location), 'http://x').pathname;
    expect((await editor.postForm(`${campaignPath}/einreichen`, {})).statusCode).toBe(303);
    // Nobody publishes what they wrote themselves.
    expect((await editor.postForm(`${campaignPath}/freigeben`, {})).statusCode).toBe(403);
    expect((await colleague.postForm(`${campaignPath}/freigeben`, {})).statusCode).toBe(303);
    const campaignId = campaignPath.split('/').pop() ?? '';

    const bad = await author.postForm('/de/beteiligung/geschichten/neu', {
      title: '',
      summary: 'x',
      body: '',
      field_of_action: 'potentials',
      campaign_id: '',
      catalogue_entry_id: 'kein-eintrag',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Bitte geben Sie die Kennung eines Eintrags an');
    const created = await author.postForm('/de/beteiligung/geschichten/neu', {
      title: 'Vom Praktikum zur Meisterin',
      summary: 'Wie eine Ausbildung im Handwerk Türen öffnete.',
      body: '## Der Anfang\n\nErst ein **Praktikum**, dann die Lehre.<script>alert(1)</script>',
      field_of_action: 'potentials',
      campaign_id: campaignId,
      catalogue_entry_id: '',
    });
    expect(created.statusCode).toBe(303);
    const storyPath = new URL(String(created.headers.location), 'http://x').pathname;
    expect((await anonymous.get(storyPath)).statusCode).toBe(404);
    expect(
      (
        await other.postForm(`${storyPath}/bearbeiten`, {
          title: 'Übernommen',
          summary: 'x',
          body: '',
          field_of_action: 'potentials',
          campaign_id: '',
          catalogue_entry_id: '',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await author.postForm(`${storyPath}/uebersetzung`, {
          locale: 'ar',
          title: 'من التدريب إلى الماجستير',
          summary: 'كيف فتح التدريب المهني الأبواب.',
          body: 'النص',
        })
      ).statusCode,
    ).toBe(303);
    // A picture needs its alt text; the file is checked by its content.
    const upload = async (alt: string, bytes: Uint8Array) => {
      const form = new FormData();
      form.append('_csrf', author.csrfToken ?? '');
      form.append('image_alt', alt);
      form.append('image', new Blob([Buffer.from(bytes)], { type: 'image/png' }), 'bild.png');
      const encoded = new Response(form);
      return author.raw({
        method: 'POST',
        url: `${storyPath}/bild`,
        payload: Buffer.from(await encoded.arrayBuffer()),
        contentType: encoded.headers.get('content-type') ?? '',
      });
    };
    const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const withoutAlt = await upload('', PNG);
    expect(withoutAlt.statusCode).toBe(400);
    expect(withoutAlt.body).toContain('field-img-image_alt');
    expect((await upload('Alt', new TextEncoder().encode('MZ kein Bild'))).statusCode).toBe(400);
    expect((await upload('Eine Elektronikerin prüft einen Schaltschrank.', PNG)).statusCode).toBe(303);
    expect((await author.postForm(`${storyPath}/einreichen`, {})).statusCode).toBe(303);
    expect((await author.postForm(`${storyPath}/freigeben`, {})).statusCode).toBe(403);
    expect((await other.postForm(`${storyPath}/freigeben`, {})).statusCode).toBe(403);
    expect((await anonymous.postForm(`${storyPath}/freigeben`, {})).statusCode).toBe(401);
    expect((await editor.postForm(`${storyPath}/freigeben`, {})).statusCode).toBe(303);

    const page = await anonymous.get(storyPath);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<meta property="og:title" content="Vom Praktikum zur Meisterin"/>');
    expect(page.body).toContain(
      '<meta property="og:description" content="Wie eine Ausbildung im Handwerk Türen öffnete."/>',
    );
    expect(page.body).not.toContain('<script>alert');
    expect(page.body).toContain('alt="Eine Elektronikerin prüft einen Schaltschrank."');
    expect(page.body).toContain('<meta property="og:image" content="http://localhost:3000/de/beteiligung/geschichten/');
    const picture = await anonymous.get(`${storyPath}/bild`);
    expect(picture.statusCode).toBe(200);
    expect(picture.headers['content-type']).toBe('image/png');
    expect(page.body).toContain('<strong>Praktikum</strong>');
    const arabic = await anonymous.get(storyPath.replace('/de/', '/ar/'));
    expect(arabic.body).toContain('من التدريب إلى الماجستير');
    expect((await anonymous.get('/de/beteiligung/kampagnen/' + campaignId)).body).toContain(
      'Vom Praktikum zur Meisterin',
    );
    // The campaign's page in Arabic shows the story's card in Arabic, not the German original.
    const arabicCampaign = (await anonymous.get('/ar/beteiligung/kampagnen/' + campaignId)).body;
    expect(arabicCampaign).toContain('<bdi>من التدريب إلى الماجستير</bdi>');
    expect(arabicCampaign).not.toContain('Vom Praktikum zur Meisterin');
    // A published story is no longer edited in place.
    expect((await author.get(`${storyPath}/bearbeiten`)).statusCode).toBe(404);
  });
});
