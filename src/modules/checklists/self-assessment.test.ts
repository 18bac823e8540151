import { describe, expect, it } from 'vitest';
import { TestClient, useTestPlatform } from '../../../tests/setup/test-platform.js';
import { currentQuestionnaire } from './questionnaires/index.js';
import { completedPeer, publishedEntry, staffOf, stepFields, uniformAnswers } from './test-helpers.js';

const test = useTestPlatform();

const location = (response: { headers: Record<string, unknown> }) => String(response.headers.location);

describe('checklists: self-assessment in sittings, results, recommendations, action plan', () => {
  it('an SME answers in two sittings, sees levels, a recommendation linked to an offer and its action plan', async () => {
    const offer = await publishedEntry(test.db, {
      title: 'Anonymisierte Bewerbung für kleine Betriebe',
      fieldsOfAction: ['networking', 'advice_companies'],
    });
    const sme = await staffOf(test, 'chefin@kleinbetrieb.example', { type: 'company', city: 'essen' });
    const start = await sme.client.postForm('/de/qualitaet/selbstcheck/neu', {
      audience: 'sme',
      size_band: 'up_to_49',
      sector: 'crafts',
    });
    expect(start.statusCode, start.body.slice(0, 400)).toBe(303);
    const id = /selbstcheck\/([0-9a-f-]{36})/.exec(location(start))?.[1] ?? '';

    const questionnaire = await currentQuestionnaire(test.db, 'sme');
    const { answers } = await uniformAnswers(test.db, 'sme', 'no');
    // Strategy well in place, everything else weak: recruiting becomes a weak dimension.
    answers.set('s_commitment', 'yes').set('s_responsible', 'yes');

    // First sitting: step 1, then pause.
    const first = await sme.client.postForm(`/de/qualitaet/selbstcheck/${id}?schritt=1`, {
      ...stepFields(questionnaire, 1, answers),
      then: 'pause',
    });
    expect(first.statusCode).toBe(303);
    expect(location(first)).toBe('/de/qualitaet/selbstcheck');

    // Second sitting: the page opens at the first step with open questions, showing the progress.
    const resumed = await sme.client.get(`/de/qualitaet/selbstcheck/${id}`);
    expect(resumed.body).toContain('Schritt 2 von 7');
    expect(resumed.body).toMatch(/2 von 1\d Fragen beantwortet/);
    expect(resumed.body).toContain('<progress');

    // A number out of range is a message at its field, and nothing of the step is saved.
    const wrong = await sme.client.postForm(`/de/qualitaet/selbstcheck/${id}?schritt=5`, { q_c_trained: '140' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Bitte geben Sie eine Zahl von 0 bis 100 an.');

    // Scoring before everything is answered lists what is missing.
    const early = await sme.client.postForm(`/de/qualitaet/selbstcheck/${id}/abschliessen`, {});
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain('Diese Fragen brauchen noch eine Antwort');

    for (let step = 2; step <= 7; step++) {
      const saved = await sme.client.postForm(`/de/qualitaet/selbstcheck/${id}?schritt=${step}`, {
        ...stepFields(questionnaire, step, answers),
        then: 'next',
      });
      expect(saved.statusCode, saved.body.slice(0, 400)).toBe(303);
    }
    const done = await sme.client.postForm(`/de/qualitaet/selbstcheck/${id}/abschliessen`, {});
    expect(done.statusCode, done.body.slice(0, 400)).toBe(303);

    const results = await sme.client.get(location(done));
    expect(results.statusCode).toBe(200);
    expect(results.body).toContain('role="img"');
    expect(results.body).toContain('Strategie und Führung: Stufe 4 von 4');
    expect(results.body).toContain('Stufe 1: Einstieg');
    expect(results.body).toContain(`/de/eintraege/${offer.id}`);
    expect(results.body).toContain('Anonymisierte Bewerbung für kleine Betriebe');
    expect(results.body).toContain('Version 1');
    // Fewer than five peers: no benchmark figures.
    expect(results.body).toContain('Noch haben zu wenige ähnliche Organisationen teilgenommen');

    // The completed answers stay as they are.
    const late = await sme.client.postForm(`/de/qualitaet/selbstcheck/${id}?schritt=1`, { q_s_commitment: 'no' });
    expect(late.statusCode).toBe(409);

    // Action plan: a bad date is a message at the field, a good one is stored.
    const badAction = await sme.client.postForm(`/de/qualitaet/selbstcheck/${id}/massnahmen`, {
      dimension: 'recruiting',
      measure: 'Stellen bei Migrantenorganisationen veröffentlichen',
      owner: 'Geschäftsführung',
      due_on: '2027-02-30',
    });
    expect(badAction.statusCode).toBe(400);
    expect(badAction.body).toContain('Bitte geben Sie ein Datum an');
    const action = await sme.client.postForm(`/de/qualitaet/selbstcheck/${id}/massnahmen`, {
      dimension: 'recruiting',
      measure: 'Stellen bei Migrantenorganisationen veröffentlichen',
      owner: 'Geschäftsführung',
      due_on: '2027-03-31',
    });
    expect(action.statusCode).toBe(303);
    const withPlan = await sme.client.get(`/de/qualitaet/selbstcheck/${id}/ergebnis`);
    expect(withPlan.body).toContain('Stellen bei Migrantenorganisationen veröffentlichen');
    const reassess = await sme.client.postForm(`/de/qualitaet/selbstcheck/${id}/wiedervorlage`, {
      reassess_on: '2020-01-01',
    });
    expect(reassess.statusCode).toBe(400);
    expect(reassess.body).toContain('Bitte wählen Sie ein Datum nach heute.');
  });

  it('shows the peer benchmark only from five other organisations, merging small groups', async () => {
    const sme = await staffOf(test, 'inhaber@baecker.example', { type: 'company', city: 'bochum' });
    const { questionnaire, answers } = await uniformAnswers(test.db, 'sme', 'partly');
    // Four peers in the exact group, one more of the same size in another sector.
    for (let i = 0; i < 4; i++)
      await completedPeer(test.db, { audience: 'sme', sizeBand: 'up_to_9', sector: 'crafts' }, i % 2 ? 'yes' : 'no');
    await completedPeer(test.db, { audience: 'sme', sizeBand: 'up_to_9', sector: 'trade' }, 'yes');
    const start = await sme.client.postForm('/de/qualitaet/selbstcheck/neu', {
      audience: 'sme',
      size_band: 'up_to_9',
      sector: 'crafts',
    });
    const id = /selbstcheck\/([0-9a-f-]{36})/.exec(location(start))?.[1] ?? '';
    for (let step = 1; step <= 7; step++)
      await sme.client.postForm(
        `/de/qualitaet/selbstcheck/${id}?schritt=${step}`,
        stepFields(questionnaire, step, answers),
      );
    await sme.client.postForm(`/de/qualitaet/selbstcheck/${id}/abschliessen`, {});
    const results = await sme.client.get(`/de/qualitaet/selbstcheck/${id}/ergebnis`);
    expect(results.body).toContain('verglichen wird daher mit allen Organisationen derselben Art');
    expect(results.body).toContain('5 bis 9 Organisationen tragen bei.');
    // Three of five peers answered "yes" everywhere (level 4), two "no" (level 1): 60 % and 40 %.
    expect(results.body).toContain('Anteile der anderen auf Stufe 1: 40 %, Stufe 2: 0 %, Stufe 3: 0 %, Stufe 4: 60 %');
    // No other organisation's name reaches the page.
    const peers = await test.db
      .selectFrom('organisations')
      .select('name')
      .where('id', '<>', sme.organisationId)
      .execute();
    expect(peers.length).toBeGreaterThanOrEqual(5);
    for (const peer of peers) expect(results.body).not.toContain(peer.name);
  });

  it('refuses another organisation, another role and anonymous visitors', async () => {
    const owner = await staffOf(test, 'admin@eigene.example', { type: 'company' });
    const start = await owner.client.postForm('/de/qualitaet/selbstcheck/neu', {
      audience: 'sme',
      size_band: 'up_to_49',
      sector: 'services',
    });
    const id = /selbstcheck\/([0-9a-f-]{36})/.exec(location(start))?.[1] ?? '';
    const stranger = await staffOf(test, 'admin@fremde.example', { type: 'company' });
    expect((await stranger.client.get(`/de/qualitaet/selbstcheck/${id}`)).statusCode).toBe(404);
    expect(
      (await stranger.client.postForm(`/de/qualitaet/selbstcheck/${id}?schritt=1`, { q_s_commitment: 'yes' }))
        .statusCode,
    ).toBe(404);
    expect((await stranger.client.postForm(`/de/qualitaet/selbstcheck/${id}/loeschen`, {})).statusCode).toBe(404);

    // A company may not answer the school questionnaire.
    const school = await owner.client.postForm('/de/qualitaet/selbstcheck/neu', {
      audience: 'school',
      size_band: 'up_to_49',
      sector: 'services',
    });
    expect(school.statusCode).toBe(403);

    const anonymous = new TestClient(test.app);
    expect((await anonymous.get(`/de/qualitaet/selbstcheck/${id}`)).statusCode).toBe(303);
    expect((await anonymous.get('/de/qualitaet')).statusCode).toBe(200);
    expect((await anonymous.get('/de/qualitaet/frageboegen')).statusCode).toBe(303);

    // A member of the organisation works on it too, but only admins ask for a review.
    const member = await staffOf(test, 'kollege@eigene.example', {
      type: 'company',
      organisationId: owner.organisationId,
      role: 'member',
    });
    expect((await member.client.get(`/de/qualitaet/selbstcheck/${id}`)).statusCode).toBe(200);
    expect((await member.client.get('/de/qualitaet/pruefungen')).statusCode).toBe(403);
  });
});
