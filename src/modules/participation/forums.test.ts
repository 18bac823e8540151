import { describe, expect, it } from 'vitest';
import { createUser } from '../../seed/factories.js';
import { TestClient, useTestPlatform } from '../../../tests/setup/test-platform.js';
import { signedInClient } from '../../../tests/setup/sign-in.js';
import { hours } from '../../core/time/durations.js';

const test = useTestPlatform();

async function coordinator(email = 'moderation@koordinierung.example', name = 'Koordinierungsstelle') {
  await createUser(test.db, {
    email,
    organisation: { type: 'cooperation_office', name, verified_at: new Date() },
    role: 'admin',
  });
  return signedInClient(test, email);
}

/** A forum running now (the form takes German wall-clock times; the test moves it around the current instant). */
async function runningForum(office: TestClient, registration: 'invitation' | 'open' = 'invitation') {
  const created = await office.postForm('/de/beteiligung/foren/neu', {
    title: 'Forum Vielfalt Ruhr',
    day: '2026-05-12',
    starts: '17:00',
    ends: '20:00',
    place: 'Stadtteilzentrum Emscherbogen',
    online_url: '',
    registration,
    agenda: '- Begrüßung\n- Abstimmung über Schwerpunkte',
  });
  expect(created.statusCode, created.body.slice(0, 300)).toBe(303);
  const forumPath = new URL(String(created.headers.location), 'http://x').pathname.replace(/^\/de/, '');
  const id = forumPath.split('/').pop() ?? '';
  await test.db
    .updateTable('participation_forums')
    .set({ starts_at: new Date(Date.now() - hours(1)), ends_at: new Date(Date.now() + hours(2)) })
    .where('id', '=', id)
    .execute();
  return { id, path: forumPath };
}

async function openRound(office: TestClient, forum: { id: string; path: string }, fields: Record<string, string> = {}) {
  const added = await office.postForm(`/de${forum.path}/runden`, {
    question: 'Welche Schwerpunkte sollen wir setzen?',
    mode: 'dots',
    points_per_participant: '5',
    max_per_option: '3',
    options: 'Kampagnen: Potenziale statt Defizite\nTransparenz über Angebote\nPotenziale in der Region halten',
    ...fields,
  });
  expect(added.statusCode, added.body.slice(0, 500)).toBe(303);
  const round = await test.db
    .selectFrom('participation_rounds')
    .select('id')
    .where('forum_id', '=', forum.id)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  const options = await test.db
    .selectFrom('participation_options')
    .select(['id', 'label'])
    .where('round_id', '=', round.id)
    .orderBy('position')
    .execute();
  expect((await office.postForm(`/de${forum.path}/runden/${round.id}/oeffnen`, {})).statusCode).toBe(303);
  return { id: round.id, options };
}

async function codesFor(office: TestClient, forum: { path: string }, count: number): Promise<string[]> {
  const page = await office.postForm(`/de${forum.path}/codes`, { count: String(count) });
  expect(page.statusCode).toBe(200);
  return [...page.body.matchAll(/<code class="vr-participation-code" dir="ltr">([A-Z0-9-]+)<\/code>/g)].map(
    (match) => match[1] ?? '',
  );
}

async function signedIn(email: string, overrides: Parameters<typeof createUser>[1]): Promise<TestClient> {
  await createUser(test.db, { email, ...overrides });
  return signedInClient(test, email);
}

async function participant(code: string) {
  const phone = new TestClient(test.app);
  const joined = await phone.postForm('/de/beteiligung/mitmachen', { code });
  expect(joined.statusCode, joined.body.slice(0, 300)).toBe(303);
  return phone;
}

describe('participation: forums, codes and dot-voting', () => {
  it('runs a round: codes, ballots within the budget, live view, results, CSV and minutes', async () => {
    const office = await coordinator();
    const forum = await runningForum(office);
    const round = await openRound(office, forum);
    const codes = await codesFor(office, forum, 3);
    expect(codes).toHaveLength(3);
    expect(new Set(codes).size).toBe(3);
    const [a, b, c] = round.options.map((option) => `o_${option.id}`) as [string, string, string];

    const phones = await Promise.all(codes.map((code) => participant(code)));
    // A code is used up once it opened a session.
    const again = await new TestClient(test.app).postForm('/de/beteiligung/mitmachen', { code: codes[0] ?? '' });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('Dieser Code gilt nicht');

    const votePage = await phones[0]!.get(`/de${forum.path}/abstimmen`);
    expect(votePage.body).toContain('Jede Person hat 5 Punkte, höchstens 3 auf eine Möglichkeit.');
    // Over the maximum on one option, over the budget: a message at the field, nothing stored.
    const tooMany = await phones[0]!.postForm(`/de${forum.path}/abstimmen`, {
      round: round.id,
      [a]: '4',
      [b]: '0',
      [c]: '',
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.body).toContain('Höchstens 3 Punkte auf eine Möglichkeit.');
    const overBudget = await phones[0]!.postForm(`/de${forum.path}/abstimmen`, {
      round: round.id,
      [a]: '3',
      [b]: '3',
      [c]: '',
    });
    expect(overBudget.statusCode).toBe(400);
    expect(overBudget.body).toContain('Sie haben höchstens 5 Punkte.');

    expect(
      (await phones[0]!.postForm(`/de${forum.path}/abstimmen`, { round: round.id, [a]: '3', [b]: '2', [c]: '' }))
        .statusCode,
    ).toBe(303);
    expect(
      (await phones[1]!.postForm(`/de${forum.path}/abstimmen`, { round: round.id, [a]: '2', [b]: '', [c]: '3' }))
        .statusCode,
    ).toBe(303);
    const live = await office.get(`/de${forum.path}/runden/${round.id}/live`);
    expect(live.headers.refresh).toBe('5');
    expect(live.body).toContain('2 Stimmen, 10 Punkte vergeben.');
    expect(
      (await phones[2]!.postForm(`/de${forum.path}/abstimmen`, { round: round.id, [a]: '', [b]: '1', [c]: '1' }))
        .statusCode,
    ).toBe(303);
    // The participants' phones follow the live view too.
    expect((await phones[2]!.get(`/de${forum.path}/runden/${round.id}/live`)).body).toContain(
      '3 Stimmen, 12 Punkte vergeben.',
    );
    // The rules are frozen from the first vote on: no new option.
    await expect(
      test.db
        .insertInto('participation_options')
        .values({ round_id: round.id, label: 'Nachzügler', position: 9 })
        .execute(),
    ).rejects.toThrow(/frozen/);

    expect((await office.postForm(`/de${forum.path}/runden/${round.id}/schliessen`, {})).statusCode).toBe(303);
    const late = await phones[0]!.postForm(`/de${forum.path}/abstimmen`, { round: round.id, [a]: '1' });
    expect(late.statusCode).toBe(409);

    const results = await new TestClient(test.app).get(`/de${forum.path}/runden/${round.id}/ergebnis`);
    expect(results.statusCode).toBe(200);
    const ranking = [
      ...results.body.matchAll(/<span class="vr-participation-results__label">(\d+)\. <bdi>([^<]+)<\/bdi>/g),
    ].map((match) => `${match[1]} ${match[2]}`);
    expect(ranking).toEqual([
      '1 Kampagnen: Potenziale statt Defizite',
      '2 Potenziale in der Region halten',
      '3 Transparenz über Angebote',
    ]);
    const csv = await office.get(`/de${forum.path}/runden/${round.id}/ergebnis.csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('"Rang";"Möglichkeit";"Punkte";"Anteil";"Personen";"Verteilung (1 bis 3 Punkte)"');
    expect(lines[1]).toBe('1;"Kampagnen: Potenziale statt Defizite";5;41,7;2;"0 / 1 / 1"');

    expect((await office.postForm(`/de${forum.path}/runden/${round.id}/protokoll`, {})).statusCode).toBe(303);
    const forumPage = await new TestClient(test.app).get(`/de${forum.path}`);
    expect(forumPage.body).toContain('<li>Platz 1: Kampagnen: Potenziale statt Defizite (5 Punkte)</li>');
  });

  it("turns a closed round's chosen options into proposed entries of monitoring's work programme, once", async () => {
    const office = await coordinator('programm@koordinierung.example', 'Koordinierungsstelle Programm');
    const forum = await runningForum(office);
    const round = await openRound(office, forum);
    const [a, b, c] = round.options.map((option) => `o_${option.id}`) as [string, string, string];
    const [code] = await codesFor(office, forum, 1);
    const phone = await participant(code ?? '');
    await phone.postForm(`/de${forum.path}/abstimmen`, { round: round.id, [a]: '3', [b]: '2', [c]: '' });
    expect((await office.postForm(`/de${forum.path}/runden/${round.id}/schliessen`, {})).statusCode).toBe(303);
    const resultsPath = `/de${forum.path}/runden/${round.id}/ergebnis`;
    expect((await office.get(resultsPath)).body).toContain(`runden/${round.id}/arbeitsprogramm`);

    const chosen = round.options.slice(0, 2).map((option) => option.id);
    const post = (client: TestClient) =>
      client.raw({
        method: 'POST',
        url: `/de${forum.path}/runden/${round.id}/arbeitsprogramm`,
        payload: new URLSearchParams([
          ['_csrf', client.csrfToken ?? ''],
          ...chosen.map((id) => ['option', id]),
        ]).toString(),
        contentType: 'application/x-www-form-urlencoded',
      });
    const company = await signedIn('firma@programm.example', {
      organisation: { type: 'company', verified_at: new Date() },
    });
    await company.get('/de/');
    // Another organisation's forum does not exist for it.
    expect((await post(company)).statusCode).toBe(404);

    expect((await post(office)).statusCode).toBe(303);
    const proposed = await test.db
      .selectFrom('monitoring_initiatives')
      .select(['title', 'status', 'source_path'])
      .where('status', '=', 'proposed')
      .orderBy('title')
      .execute();
    expect(proposed.map((row) => row.title).sort()).toEqual(
      round.options
        .slice(0, 2)
        .map((option) => option.label)
        .sort(),
    );
    for (const row of proposed) expect(row.source_path).toContain(round.id);
    // Done once per round: a second post changes nothing.
    expect((await post(office)).statusCode).toBe(409);
    expect(
      await test.db.selectFrom('monitoring_initiatives').select('id').where('status', '=', 'proposed').execute(),
    ).toHaveLength(2);
  });

  it('refuses a second ballot from a replayed request and from two tabs at the same instant', async () => {
    const office = await coordinator();
    const forum = await runningForum(office);
    const round = await openRound(office, forum);
    const [code] = await codesFor(office, forum, 1);
    const phone = await participant(code ?? '');
    const [a, b] = round.options.map((option) => `o_${option.id}`) as [string, string];
    const ballot = { round: round.id, [a]: '3', [b]: '2' };
    // Eight tabs post the full budget at once; the database lets exactly one ballot in.
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => phone.postForm(`/de${forum.path}/abstimmen`, ballot)),
    );
    expect(answers.filter((answer) => answer.statusCode === 303)).toHaveLength(1);
    expect(answers.filter((answer) => answer.statusCode === 409)).toHaveLength(7);
    const replay = await phone.postForm(`/de${forum.path}/abstimmen`, ballot);
    expect(replay.statusCode).toBe(409);
    expect(replay.body).toContain('Sie haben in dieser Runde schon abgestimmt.');
    const spent = await test.db
      .selectFrom('participation_votes')
      .select((eb) => eb.fn.sum<number>('points').as('points'))
      .where('round_id', '=', round.id)
      .executeTakeFirstOrThrow();
    expect(Number(spent.points)).toBe(5);
  });

  it('keeps the budget in the database even when a writer skips the use-case', async () => {
    const office = await coordinator();
    const forum = await runningForum(office);
    const round = await openRound(office, forum);
    await codesFor(office, forum, 1);
    const person = await test.db.selectFrom('participation_participants').select('id').executeTakeFirstOrThrow();
    const [first] = round.options;
    await expect(
      test.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('participation_ballots')
          .values({ round_id: round.id, participant_id: person.id, points_used: 3 })
          .execute();
        await trx
          .insertInto('participation_votes')
          .values({ round_id: round.id, participant_id: person.id, option_id: first?.id ?? '', points: 3 })
          .execute();
        await trx
          .updateTable('participation_ballots')
          .set({ points_used: 2 })
          .where('round_id', '=', round.id)
          .execute();
      }),
    ).rejects.toThrow(/final/);
    await expect(
      test.db
        .insertInto('participation_ballots')
        .values({ round_id: round.id, participant_id: person.id, points_used: 9 })
        .execute(),
    ).rejects.toThrow(/budget/);
    await expect(
      test.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('participation_ballots')
          .values({ round_id: round.id, participant_id: person.id, points_used: 5 })
          .execute();
        await trx
          .insertInto('participation_votes')
          .values({ round_id: round.id, participant_id: person.id, option_id: first?.id ?? '', points: 2 })
          .execute();
      }),
    ).rejects.toThrow(/disagree/);
  });

  it('lets only the office that runs a forum manage it; codes work only during the forum', async () => {
    const office = await coordinator();
    const forum = await runningForum(office);
    const round = await openRound(office, forum);
    const [code] = await codesFor(office, forum, 1);

    const anonymous = new TestClient(test.app);
    expect((await anonymous.get('/de/beteiligung/foren/neu')).statusCode).toBe(303);
    expect((await anonymous.postForm(`/de${forum.path}/codes`, { count: '5' })).statusCode).toBe(401);
    expect((await anonymous.get(`/de${forum.path}/runden/${round.id}/live`)).statusCode).toBe(404);
    expect((await anonymous.postForm(`/de${forum.path}/abstimmen`, { round: round.id })).statusCode).toBe(403);

    await createUser(test.db, { email: 'chefin@zechenring.example', organisationType: 'company' });
    const company = await signedInClient(test, 'chefin@zechenring.example');
    expect((await company.get('/de/beteiligung/foren/neu')).statusCode).toBe(403);
    expect((await company.postForm(`/de${forum.path}/runden/${round.id}/schliessen`, {})).statusCode).toBe(404);

    const otherOffice = await coordinator('team@andere-koordinierung.example', 'Andere Koordinierung');
    expect((await otherOffice.postForm(`/de${forum.path}/codes`, { count: '5' })).statusCode).toBe(404);
    expect((await otherOffice.postForm(`/de${forum.path}/runden/${round.id}/schliessen`, {})).statusCode).toBe(404);
    expect((await otherOffice.get(`/de${forum.path}`)).body).not.toContain('Codes erzeugen');

    // A participant of another forum cannot vote here.
    const other = await runningForum(otherOffice);
    const [otherCode] = await codesFor(otherOffice, other, 1);
    const stranger = await participant(otherCode ?? '');
    expect((await stranger.postForm(`/de${forum.path}/abstimmen`, { round: round.id })).statusCode).toBe(403);

    // Once the forum is over, an unused code opens nothing.
    await test.db
      .updateTable('participation_forums')
      .set({ starts_at: new Date(Date.now() - hours(5)), ends_at: new Date(Date.now() - hours(2)) })
      .where('id', '=', forum.id)
      .execute();
    const expired = await new TestClient(test.app).postForm('/de/beteiligung/mitmachen', { code: code ?? '' });
    expect(expired.statusCode).toBe(400);
  });

  it('shows the form again with a message per field for bad forum and round input', async () => {
    const office = await coordinator();
    const bad = await office.postForm('/de/beteiligung/foren/neu', {
      title: '',
      day: 'morgen',
      starts: '18:00',
      ends: '17:00',
      place: '',
      online_url: '',
      registration: 'invitation',
    });
    expect(bad.statusCode, bad.body.slice(0, 3000)).toBe(400);
    expect(bad.body).toContain('Bitte geben Sie ein Datum ein.');
    expect(bad.body).toContain('Bitte geben Sie einen Ort oder eine Internetadresse an.');
    const forum = await runningForum(office);
    const round = await office.postForm(`/de${forum.path}/runden`, {
      question: 'Was zuerst?',
      mode: 'dots',
      points_per_participant: '3',
      max_per_option: '5',
      options: 'Nur eine',
    });
    expect(round.statusCode).toBe(400);
    expect(round.body).toContain('Bitte geben Sie 2 bis 30 Möglichkeiten an');
    expect(await test.db.selectFrom('participation_rounds').select('id').execute()).toHaveLength(0);
  });
});
