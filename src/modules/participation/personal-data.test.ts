import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createUser, DEMO_PASSWORD } from '../../seed/factories.js';
import { TestClient, useTestPlatform } from '../../../tests/setup/test-platform.js';
import { signedInClient } from '../../../tests/setup/sign-in.js';
import { purgeExpiredPersonalData } from '../../core/privacy/retention.js';
import { personalDataSources } from '../../core/privacy/registry.js';
import { CRITERIA } from './tables.js';

const test = useTestPlatform();

const NOMINATION = {
  kind: 'nomination',
  business_name: 'Ruhrperle Maßschneiderei',
  city: 'duisburg',
  founded_year: '2016',
  founder_path: 'Gelernte Schneiderin aus Aleppo, seit 2015 in Duisburg-Marxloh, erst Änderungsschneiderei.',
  jobs_created: '5',
  apprenticeships_created: '2',
  staff_commitment: 'Ausbildung in Teilzeit für junge Mütter.',
  business_development: 'Eigene Kollektion für Hochzeitsmode, Versand in ganz Deutschland.',
  civic_engagement: 'Nähkurse im Stadtteilzentrum.',
  submitter_name: 'Petra Nachbarin',
  submitter_email: 'petra.nachbarin@beispiel.example',
  consent: 'on',
};

const PARTICIPATION_SOURCES = [
  'participation_forums',
  'participation_stories',
  'participation_nominations',
  'participation_jury',
];

async function openCall(closesOn = '2099-12-31') {
  const admin = await createUser(test.db, {
    email: 'preis@koordinierung.example',
    organisation: { type: 'cooperation_office', name: 'Koordinierungsstelle', verified_at: new Date() },
    role: 'admin',
  });
  const round = await test.db
    .insertInto('participation_award_rounds')
    .values({ year: new Date().getFullYear(), closes_on: closesOn, created_by: admin.id })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { admin, roundId: round.id };
}

/** Every text column of the participation tables, as one string: where a trace of a person would show. */
async function participationDump(): Promise<string> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
     where table_schema = current_schema() and table_name like 'participation_%'`.execute(test.db);
  const rows: string[] = [];
  for (const { name } of tables.rows) {
    const result = await sql<{ row: string }>`select t::text as row from ${sql.table(name)} t`.execute(test.db);
    rows.push(...result.rows.map((row) => row.row));
  }
  return rows.join('\n');
}

describe('participation: personal data', () => {
  it('names every participation source with purpose and retention in the privacy notice, and the form says so', async () => {
    const ids = personalDataSources().map((source) => source.id);
    for (const id of PARTICIPATION_SOURCES) expect(ids).toContain(id);
    await openCall();
    const visitor = new TestClient(test.app);
    const privacy = await visitor.get('/ar/datenschutz');
    for (const id of PARTICIPATION_SOURCES) expect(privacy.body).toContain(`data-source="${id}"`);
    expect(privacy.body).toContain('حتى اثني عشر شهراً بعد الموعد النهائي');
    const form = await visitor.get('/de/beteiligung/wirtschaftspreis/vorschlagen');
    expect(form.body).toContain('Wir löschen Ihre Einsendung zwölf Monate nach dem Einsendeschluss');
    expect(form.body).toContain('href="/de/datenschutz#personal-data-sources"');
  });

  it('records consent, exports what a person sent and erases it with the account', async () => {
    await openCall();
    await createUser(test.db, { email: NOMINATION.submitter_email, email_verified_at: new Date() });
    const sender = await signedInClient(test, NOMINATION.submitter_email);
    // One nomination signed in; one self-application sent earlier without an account, from the same address.
    expect((await sender.postForm('/de/beteiligung/wirtschaftspreis/vorschlagen', NOMINATION)).statusCode).toBe(200);
    const visitor = new TestClient(test.app);
    const anonymous = await visitor.postForm('/de/beteiligung/wirtschaftspreis/vorschlagen', {
      ...NOMINATION,
      kind: 'self',
      business_name: 'Nachbarin Änderungsatelier',
      submitter_email: 'Petra.Nachbarin@Beispiel.example',
    });
    expect(anonymous.statusCode).toBe(200);
    // A stranger's nomination is neither exported nor erased with her account.
    await visitor.postForm('/de/beteiligung/wirtschaftspreis/vorschlagen', {
      ...NOMINATION,
      business_name: 'Kowalski Haustechnik',
      submitter_name: 'Tomasz Fremd',
      submitter_email: 'tomasz.fremd@beispiel.example',
    });
    const stored = await test.db
      .selectFrom('participation_award_entries')
      .select(['business_name', 'consented_at', 'submitter_user_id'])
      .orderBy('created_at')
      .execute();
    expect(stored.every((entry) => entry.consented_at instanceof Date)).toBe(true);
    expect(stored.map((entry) => entry.submitter_user_id === null)).toEqual([false, true, true]);

    const exported = JSON.parse((await sender.get('/de/konto/export')).body) as {
      participation_nominations: { business_name: string; kind: string; submitter_name: string }[];
    };
    expect(exported.participation_nominations.map((entry) => [entry.business_name, entry.kind])).toEqual([
      ['Ruhrperle Maßschneiderei', 'nomination'],
      ['Nachbarin Änderungsatelier', 'self'],
    ]);
    expect(JSON.stringify(exported)).not.toContain('Tomasz');

    const deleted = await sender.postForm('/de/konto/loeschen', { current_password: DEMO_PASSWORD, confirm: 'on' });
    expect(deleted.statusCode).toBe(303);
    // The nomination stays (it is about a business) without its sender; her own application is gone.
    const after = await test.db
      .selectFrom('participation_award_entries')
      .select(['business_name', 'submitter_name', 'submitter_email'])
      .orderBy('created_at')
      .execute();
    expect(after).toEqual([
      { business_name: 'Ruhrperle Maßschneiderei', submitter_name: null, submitter_email: null },
      {
        business_name: 'Kowalski Haustechnik',
        submitter_name: 'Tomasz Fremd',
        submitter_email: 'tomasz.fremd@beispiel.example',
      },
    ]);
    const dump = (await participationDump()).toLowerCase();
    expect(dump).not.toContain('petra');
    expect(dump).not.toContain('nachbarin änderungsatelier');
  });

  it('exports a juror’s seat, conflicts and scores, and erases them without touching other jurors', async () => {
    const { admin, roundId } = await openCall();
    const juror = await createUser(test.db, { email: 'jurorin@kammer.example', email_verified_at: new Date() });
    const other = await createUser(test.db, { email: 'juror@kammer.example', email_verified_at: new Date() });
    const entries = await test.db
      .insertInto('participation_award_entries')
      .values(
        ['Salon Nour', 'Atlas Umzüge'].map((business_name) => ({
          round_id: roundId,
          kind: 'nomination' as const,
          business_name,
          city: 'essen' as const,
          founded_year: 2014,
          founder_path: 'Weg der Gründerin',
          jobs_created: 4,
          apprenticeships_created: 1,
          staff_commitment: 'Sprachkurse',
          business_development: 'Zweite Filiale',
          civic_engagement: 'Stadtteilfest',
          submitter_name: 'Ayşe Vorschlag',
          submitter_email: 'ayse@beispiel.example',
          eligibility: 'eligible' as const,
          checked_by: juror.id,
        })),
      )
      .returning(['id', 'business_name'])
      .execute();
    const [salon, atlas] = entries;
    if (!salon || !atlas) throw new Error('entries missing');
    await test.db
      .insertInto('participation_jurors')
      .values([
        { round_id: roundId, user_id: juror.id, invited_by: admin.id },
        { round_id: roundId, user_id: other.id, invited_by: juror.id },
      ])
      .execute();
    await test.db.insertInto('participation_conflicts').values({ entry_id: atlas.id, user_id: juror.id }).execute();
    for (const user of [juror, other]) {
      await test.db
        .insertInto('participation_score_submissions')
        .values({ entry_id: salon.id, user_id: user.id })
        .execute();
      await test.db
        .insertInto('participation_scores')
        .values(CRITERIA.map((criterion) => ({ entry_id: salon.id, user_id: user.id, criterion, score: 7 })))
        .execute();
    }
    const source = personalDataSources().find((candidate) => candidate.id === 'participation_jury');
    if (!source) throw new Error('participation_jury is not registered');
    const exported = (await source.export(test.db, juror.id)) as {
      seats: { year: number }[];
      conflicts: { business_name: string }[];
      scores: { business_name: string; criterion: string; score: number }[];
    };
    expect(exported.seats.map((seat) => seat.year)).toEqual([new Date().getFullYear()]);
    expect(exported.conflicts.map((conflict) => conflict.business_name)).toEqual(['Atlas Umzüge']);
    expect(exported.scores).toHaveLength(CRITERIA.length);
    expect(exported.scores.every((score) => score.business_name === 'Salon Nour' && score.score === 7)).toBe(true);

    await test.db.transaction().execute((trx) => source.erase(trx, juror.id));
    expect(await source.export(test.db, juror.id)).toEqual({ seats: [], conflicts: [], scores: [] });
    const others = (await source.export(test.db, other.id)) as { seats: unknown[]; scores: unknown[] };
    expect(others.seats).toHaveLength(1);
    expect(others.scores).toHaveLength(CRITERIA.length);
    const traces = await test.db
      .selectFrom('participation_award_entries')
      .select('id')
      .where('checked_by', '=', juror.id)
      .execute();
    expect(traces).toHaveLength(0);
    const invited = await test.db
      .selectFrom('participation_jurors')
      .select('invited_by')
      .where('user_id', '=', other.id)
      .executeTakeFirstOrThrow();
    expect(invited.invited_by).toBeNull();
  });

  it('exports and forgets who organised forums and wrote or reviewed stories', async () => {
    const { admin } = await openCall();
    const organisationId = admin.organisation?.id ?? '';
    await test.db
      .insertInto('participation_forums')
      .values({
        organisation_id: organisationId,
        title: 'Forum Ausbildung im Revier',
        starts_at: new Date('2026-03-03T16:00:00Z'),
        ends_at: new Date('2026-03-03T19:00:00Z'),
        place: 'Stadtteilzentrum, Gelsenkirchen',
        registration: 'invitation',
        created_by: admin.id,
      })
      .execute();
    await test.db
      .insertInto('participation_stories')
      .values({
        organisation_id: organisationId,
        title: 'Ein Catering, das Brücken baut',
        summary: 'Zwei Schwestern in Essen.',
        field_of_action: 'potentials',
        created_by: admin.id,
        reviewed_by: null,
      })
      .execute();
    await test.db
      .insertInto('participation_campaigns')
      .values({
        organisation_id: organisationId,
        title: 'Ruhr kann Vielfalt',
        summary: 'Gesichter.',
        reviewed_by: admin.id,
      })
      .execute();
    const byId = (id: string) => {
      const source = personalDataSources().find((candidate) => candidate.id === id);
      if (!source) throw new Error(`${id} is not registered`);
      return source;
    };
    const forums = (await byId('participation_forums').export(test.db, admin.id)) as { title: string }[];
    expect(forums.map((forum) => forum.title)).toEqual(['Forum Ausbildung im Revier']);
    const texts = (await byId('participation_stories').export(test.db, admin.id)) as {
      stories: { title: string; wrote: boolean; reviewed: boolean }[];
      campaigns: { title: string; wrote: boolean; reviewed: boolean }[];
    };
    expect(texts.stories).toMatchObject([{ title: 'Ein Catering, das Brücken baut', wrote: true }]);
    expect(texts.campaigns).toMatchObject([{ title: 'Ruhr kann Vielfalt', reviewed: true }]);

    await test.db.transaction().execute(async (trx) => {
      await byId('participation_stories').erase(trx, admin.id);
      await byId('participation_forums').erase(trx, admin.id);
    });
    expect(await byId('participation_forums').export(test.db, admin.id)).toEqual([]);
    expect(await byId('participation_stories').export(test.db, admin.id)).toEqual({ stories: [], campaigns: [] });
    expect(await test.db.selectFrom('participation_stories').select('title').execute()).toHaveLength(1);
  });

  it('purges by retention: decided rounds a year after closing (winners keep no contact), forum names after six months', async () => {
    const { admin, roundId } = await openCall('2024-03-31');
    const entry = (business_name: string, winner: boolean) => ({
      round_id: roundId,
      kind: 'nomination' as const,
      business_name,
      city: 'bochum' as const,
      founded_year: 2010,
      founder_path: 'Weg',
      jobs_created: 3,
      apprenticeships_created: 1,
      staff_commitment: 'Kurse',
      business_development: 'Wachstum',
      civic_engagement: 'Verein',
      submitter_name: `Sender ${business_name}`,
      submitter_email: `${business_name.toLowerCase().replace(/\W/g, '')}@beispiel.example`,
      winner,
    });
    await test.db
      .insertInto('participation_award_entries')
      .values([entry('Kowalski Haustechnik', true), entry('Cedar Software', false)])
      .execute();
    const forum = await test.db
      .insertInto('participation_forums')
      .values({
        organisation_id: admin.organisation?.id ?? '',
        title: 'Forum Ausbildung im Revier',
        starts_at: new Date('2025-01-20T16:00:00Z'),
        ends_at: new Date('2025-01-20T19:00:00Z'),
        place: 'Bochum',
        registration: 'open',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await test.db
      .insertInto('participation_participants')
      .values([
        { forum_id: forum.id, label: 'Selin Yıldız', code_hash: 'hash-one', session_hash: 'session-one' },
        { forum_id: forum.id, label: 'Marek Nowak', code_hash: 'hash-two' },
      ])
      .execute();

    // The round still in jury is kept whatever its age.
    const whileJury = await purgeExpiredPersonalData(test.db, new Date('2026-01-01T00:00:00Z'));
    expect(whileJury.participation_nominations).toBe(0);
    expect(whileJury.participation_forums).toBe(2);
    await test.db.updateTable('participation_award_rounds').set({ status: 'decided' }).execute();
    // Eleven months after closing nothing goes; thirteen months after, it does.
    expect((await purgeExpiredPersonalData(test.db, new Date('2025-03-01T00:00:00Z'))).participation_nominations).toBe(
      0,
    );
    const removed = await purgeExpiredPersonalData(test.db, new Date('2025-05-01T00:00:00Z'));
    expect(removed.participation_nominations).toBe(2);
    expect(removed.participation_forums).toBe(0);
    expect(
      await test.db
        .selectFrom('participation_award_entries')
        .select(['business_name', 'submitter_name', 'submitter_email', 'winner'])
        .execute(),
    ).toEqual([{ business_name: 'Kowalski Haustechnik', submitter_name: null, submitter_email: null, winner: true }]);
    const participants = await test.db
      .selectFrom('participation_participants')
      .select(['label', 'session_hash'])
      .orderBy('label')
      .execute();
    expect(participants).toEqual([
      { label: '#1', session_hash: null },
      { label: '#2', session_hash: null },
    ]);
  });
});
