import { sql } from 'kysely';
import { describe, expect, it, vi } from 'vitest';
import { CITIES } from '../../region/index.js';
import { ENTRY_KINDS, TRANSLATION_LOCALES } from '../../modules/catalogue/tables.js';
import { useTestPlatform } from '../../../tests/setup/test-platform.js';
import { FIXED_ORGANISATIONS } from '../demo-accounts.js';
import { generateDemoData } from '../demo.js';
import { OVERLAP_GROUPS } from './build-catalogue.js';
import { PROJECT_THEMES } from './pools/projects.js';
import { days } from '../../core/time/durations.js';

// The checks at scale 1 only read: they share one demo, seeded by the first that needs it.
const test = useTestPlatform({ resetBeforeEach: false });
let seeded: ReturnType<typeof generateDemoData> | undefined;
const demo = () => (seeded ??= generateDemoData(test.db, { scale: 1 }));
const NOW = new Date('2026-06-15T10:00:00Z');
const DAY_MS = days(1);

/** Curly braces, template slots, filler text and stringified non-values must never reach a page. */
const PLACEHOLDER =
  /lorem|ipsum|[{}]|\[object|platzhalter|placeholder|(?<!\p{L})(?:undefined|null|NaN|TODO|TBD|xxx)(?!\p{L})/iu;

async function countBy(column: 'kind' | 'status'): Promise<Record<string, number>> {
  const rows = await test.db
    .selectFrom('catalogue_entries')
    .select([column, (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(column)
    .execute();
  return Object.fromEntries(rows.map((row) => [row[column], Number(row.n)]));
}

describe('catalogue demo data at scale 1', () => {
  it('meets the minimums of the issue, across all seven cities, with drafts, reviews and archived entries', async () => {
    const summary = await demo();
    const kinds = await countBy('kind');
    expect(kinds.actor).toBeGreaterThanOrEqual(60);
    expect(kinds.offer).toBeGreaterThanOrEqual(150);
    expect(kinds.project).toBeGreaterThanOrEqual(80);
    expect(kinds.funding).toBeGreaterThanOrEqual(20);
    expect(kinds.knowledge).toBeGreaterThanOrEqual(30);
    expect(kinds.event).toBeGreaterThanOrEqual(30);
    expect(summary.catalogue.entries).toEqual(Object.fromEntries(ENTRY_KINDS.map((kind) => [kind, kinds[kind]])));

    // One actor profile per verified publishing organisation: one with people who can publish (the
    // checklists demo adds schools and Kita providers without accounts, which take part only as peers).
    const publishers = await test.db
      .selectFrom('organisations')
      .select('id')
      .where('type', '!=', 'company')
      .where('verified_at', 'is not', null)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('memberships')
            .select('user_id')
            .whereRef('memberships.organisation_id', '=', 'organisations.id'),
        ),
      )
      .execute();
    const actors = await test.db
      .selectFrom('catalogue_entries')
      .select('organisation_id')
      .where('kind', '=', 'actor')
      .execute();
    expect(new Set(actors.map((row) => row.organisation_id))).toEqual(new Set(publishers.map((row) => row.id)));

    const statuses = await countBy('status');
    expect(statuses.published).toBeGreaterThan(0.8 * Object.values(kinds).reduce((sum, n) => sum + n, 0));
    expect(statuses.draft).toBeGreaterThan(0);
    expect(statuses.in_review).toBeGreaterThan(0);
    expect(statuses.archived).toBeGreaterThan(0);

    const cities = await sql<{
      city: string;
    }>`select distinct unnest(cities) as city from catalogue_entries where status = 'published'`.execute(test.db);
    expect(cities.rows.map((row) => row.city).sort()).toEqual([...CITIES].sort());
    for (const kind of ['offer', 'project', 'event'] as const) {
      const perKind = await sql<{
        city: string;
      }>`select distinct unnest(cities) as city from catalogue_entries where kind = ${kind}`.execute(test.db);
      expect(perKind.rows.length, kind).toBe(CITIES.length);
    }
    const words = await test.db
      .selectFrom('catalogue_search_sets')
      .where('dim', '=', 'term')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(words.n)).toBeGreaterThan(500);
  });

  it('dates published entries over two years, none of them stale, and holds past, upcoming and full events', async () => {
    await demo();
    const now = Date.now();
    const published = await test.db
      .selectFrom('catalogue_entries')
      .select(['published_at', 'last_confirmed_at', 'updated_at', 'valid_until', 'kind'])
      .where('status', '=', 'published')
      .execute();
    const ages = published.map((row) => (now - (row.published_at?.getTime() ?? now)) / DAY_MS);
    expect(Math.max(...ages)).toBeGreaterThan(365);
    expect(Math.max(...ages)).toBeLessThanOrEqual(745);
    for (const row of published) {
      expect(now - row.last_confirmed_at.getTime()).toBeLessThan(330 * DAY_MS);
      expect(row.updated_at.getTime()).toBeGreaterThanOrEqual(row.published_at?.getTime() ?? 0);
      if (row.valid_until) expect(new Date(row.valid_until).getTime()).toBeGreaterThan(now);
    }

    const events = await test.db
      .selectFrom('catalogue_entries')
      .select(['id', 'starts_at', 'ends_at', 'details', 'published_at'])
      .where('kind', '=', 'event')
      .execute();
    expect(events.some((event) => (event.starts_at?.getTime() ?? 0) < now)).toBe(true);
    expect(events.some((event) => (event.starts_at?.getTime() ?? 0) > now)).toBe(true);
    for (const event of events) {
      expect(event.ends_at?.getTime()).toBeGreaterThan(event.starts_at?.getTime() ?? Infinity);
      expect(event.published_at?.getTime()).toBeLessThan(event.starts_at?.getTime() ?? 0);
      expect(Number(event.details.capacity)).toBeGreaterThan(0);
      expect(Boolean(event.details.place_address) || Boolean(event.details.online_url)).toBe(true);
    }

    // The fixed provider's small upcoming event is full and has a waiting list.
    const provider = FIXED_ORGANISATIONS.find((organisation) => organisation.key === 'provider');
    const full = await sql<{ capacity: number; registered: number; waitlisted: number; starts_at: Date }>`
      select (e.details->>'capacity')::int as capacity, e.starts_at,
        count(*) filter (where r.status = 'registered')::int as registered,
        count(*) filter (where r.status = 'waitlisted')::int as waitlisted
      from catalogue_entries e join organisations o on o.id = e.organisation_id join event_registrations r on r.entry_id = e.id
      where o.name = ${provider?.name ?? ''} and e.kind = 'event'
      group by e.id`.execute(test.db);
    expect(full.rows).toHaveLength(1);
    const [event] = full.rows;
    expect(event?.registered).toBe(event?.capacity);
    expect(event?.capacity).toBeLessThanOrEqual(5);
    expect(event?.waitlisted).toBe(1);
    expect(event?.starts_at.getTime()).toBeGreaterThan(now);
  });

  it('lets the fixed provider find its own draft, entry in review and archived entry', async () => {
    await demo();
    const provider = FIXED_ORGANISATIONS.find((organisation) => organisation.key === 'provider');
    const rows = await test.db
      .selectFrom('catalogue_entries')
      .innerJoin('organisations', 'organisations.id', 'catalogue_entries.organisation_id')
      .innerJoin('users', 'users.id', 'catalogue_entries.created_by')
      .select(['catalogue_entries.status', 'catalogue_entries.kind', 'users.email'])
      .where('organisations.name', '=', provider?.name ?? '')
      .execute();
    const statuses = new Set(rows.filter((row) => row.kind === 'offer').map((row) => row.status));
    expect(statuses).toEqual(new Set(['draft', 'in_review', 'archived', 'published']));
    expect(rows.some((row) => row.kind === 'actor')).toBe(true);
    expect(rows.some((row) => row.kind === 'project' && row.status === 'in_review')).toBe(true);
    expect(new Set(rows.map((row) => row.email))).toEqual(new Set(['anbieter@anbieter.vielfalt-ruhr.example']));
  });

  it('runs the same project idea in several cities, similar enough for pg_trgm', async () => {
    await demo();
    const pairs = await sql<{ a: string; b: string; score: number }>`
      select a.title as a, b.title as b, similarity(a.title || ' ' || a.summary, b.title || ' ' || b.summary) as score
      from catalogue_entries a join catalogue_entries b on a.id < b.id
      where a.kind = 'project' and b.kind = 'project' and a.status = 'published' and b.status = 'published'
        and a.cities[1] <> b.cities[1] and similarity(a.title, b.title) > 0.4`.execute(test.db);
    expect(pairs.rows.length).toBeGreaterThanOrEqual(OVERLAP_GROUPS.length);
    for (const group of OVERLAP_GROUPS) {
      const probe = PROJECT_THEMES.find((theme) => theme.key === group.theme)?.titles[0]?.replace(/\{city\}/, '') ?? '';
      const similar = await sql<{ city: string }>`
        select distinct cities[1] as city from catalogue_entries
        where kind = 'project' and status = 'published' and similarity(title, ${probe}) > 0.4`.execute(test.db);
      const cities = new Set(similar.rows.map((row) => row.city));
      for (const city of group.cities) expect(cities.has(city), `${probe} in ${city}`).toBe(true);
    }
    const refugees = await sql<{ n: number }>`
      select count(distinct cities[1])::int as n from catalogue_entries
      where kind = 'project' and similarity(title, 'Bewerbungstraining für junge Geflüchtete') > 0.4`.execute(test.db);
    expect(refugees.rows[0]?.n).toBeGreaterThanOrEqual(3);
    const transferred = await sql<{ n: number }>`
      select count(*)::int as n from catalogue_entries where kind = 'project' and details->>'project_status' = 'transferred'
      and jsonb_array_length(details->'adopted_cities') > 0`.execute(test.db);
    expect(transferred.rows[0]?.n).toBeGreaterThan(0);
    const statuses = await sql<{
      status: string;
    }>`select distinct details->>'project_status' as status from catalogue_entries where kind = 'project'`.execute(
      test.db,
    );
    expect(statuses.rows.map((row) => row.status).sort()).toEqual(['ended', 'idea', 'pilot', 'running', 'transferred']);
  });

  it('translates entries into all six other languages and keeps German for every entry', async () => {
    await demo();
    const locales = await test.db.selectFrom('catalogue_translations').select('locale').distinct().execute();
    expect(locales.map((row) => row.locale).sort()).toEqual([...TRANSLATION_LOCALES].sort());
    const translations = await test.db
      .selectFrom('catalogue_translations')
      .innerJoin('catalogue_entries', 'catalogue_entries.id', 'catalogue_translations.entry_id')
      .select([
        'catalogue_translations.locale',
        'catalogue_translations.title',
        'catalogue_translations.summary',
        'catalogue_entries.title as german',
        'catalogue_entries.status',
      ])
      .execute();
    for (const row of translations) {
      expect(row.status).toBe('published');
      expect(row.title).not.toBe(row.german);
      expect(row.summary.length).toBeGreaterThan(20);
    }
    // Translations are searchable: an Arabic word finds its entry.
    const arabic = await sql<{
      n: number;
    }>`select count(*)::int as n from catalogue_entries where search_vector @@ plainto_tsquery('vr_simple', 'تنسيق')`.execute(
      test.db,
    );
    expect(arabic.rows[0]?.n).toBeGreaterThan(0);
  });

  it('uses only .example addresses and contains no filler or template text', async () => {
    await demo();
    const entries = await test.db.selectFrom('catalogue_entries').selectAll().execute();
    for (const entry of entries) {
      if (entry.contact_email) expect(entry.contact_email).toMatch(/^[a-z0-9.-]+@([a-z0-9-]+\.)+example$/);
      if (entry.website) expect(new URL(entry.website).hostname).toMatch(/\.example$/);
      const link = entry.details.online_url;
      if (typeof link === 'string') expect(new URL(link).hostname).toMatch(/\.example$/);
      for (const text of [
        entry.title,
        entry.summary,
        entry.body,
        entry.accessibility_notes ?? '',
        JSON.stringify(entry.details).replace(/[{}]/g, ''),
      ]) {
        expect(text, entry.title).not.toMatch(PLACEHOLDER);
      }
      expect(entry.body.split(/\n\n/).length, entry.title).toBeGreaterThanOrEqual(3);
    }
    const translations = await test.db.selectFrom('catalogue_translations').selectAll().execute();
    for (const row of translations) expect(`${row.title} ${row.summary}`).not.toMatch(PLACEHOLDER);
    // 150 offers should not read the same: most summaries and bodies differ.
    const offers = entries.filter((entry) => entry.kind === 'offer');
    expect(new Set(offers.map((entry) => entry.body)).size).toBe(offers.length);
    expect(new Set(offers.map((entry) => entry.title)).size).toBeGreaterThan(offers.length * 0.5);
  });
});

describe('catalogue demo determinism', () => {
  async function snapshot(seed: string): Promise<string[]> {
    // Demos of their own: the shared one is seeded again by a check that needs it.
    await test.reset();
    seeded = undefined;
    await generateDemoData(test.db, { scale: 1, seed });
    const rows = await test.db
      .selectFrom('catalogue_entries')
      .innerJoin('organisations', 'organisations.id', 'catalogue_entries.organisation_id')
      .select(['kind', 'status', 'title', 'summary', 'body', 'cities', 'languages', 'organisations.name'])
      .execute();
    return rows
      .map((row) =>
        JSON.stringify([row.kind, row.status, row.title, row.summary, row.body, row.cities, row.languages, row.name]),
      )
      .sort();
  }

  it('gives the same catalogue for the same seed and another for another seed', async () => {
    // Texts name dates relative to the generation day, so the clock stands still for this test.
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    try {
      const first = await snapshot('same-seed');
      const again = await snapshot('same-seed');
      const other = await snapshot('other-seed');
      expect(again).toEqual(first);
      expect(other).not.toEqual(first);
    } finally {
      vi.useRealTimers();
    }
    // Three whole demos take longer than the default timeout on a busy machine.
  }, 180_000);
});
