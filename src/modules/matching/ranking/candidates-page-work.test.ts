import { describe, expect, it } from 'vitest';
import type pg from 'pg';
import { createUser } from '../../../seed/factories.js';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { useTestPlatform } from '../../../../tests/setup/test-platform.js';
import { createApplicant, insertPosition } from '../applications/test-helpers.js';
import { CANDIDATES_PER_PAGE } from './talent-schemas.js';

const test = useTestPlatform();

/** Every statement the platform sends while `run` runs (both engines go through the pool's clients). */
async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  const pool = test.platform.database.pool;
  const seen: string[] = [];
  const counted = new WeakSet<pg.PoolClient>();
  const count = (client: pg.PoolClient) => {
    if (counted.has(client)) return;
    counted.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const first = args[0];
      seen.push(typeof first === 'string' ? first : String((first as { text?: string }).text ?? ''));
      return query(...args);
    };
  };
  const listener = (client: pg.PoolClient) => count(client);
  pool.on('acquire', listener);
  try {
    await run();
  } finally {
    pool.off('acquire', listener);
  }
  return seen;
}

const cardIds = (body: string) =>
  [...body.matchAll(/<li class="[^"]*vr-talent-card[^"]*" id="(talent-[^"]+)"/g)].map((m) => m[1]);
const cards = (body: string) => cardIds(body).length;
const parameters = (statement: string) => (statement.match(/\$\d+/g) ?? []).length;

describe('the candidate page reads one page of profiles (decision 037)', () => {
  it('ranks all candidates but reads and presents only the shown page, and the position once', async () => {
    const company = await createUser(test.db, {
      organisation: { type: 'company', verified_at: new Date(), city: 'essen' },
    });
    const position = await insertPosition(test.db, { organisationId: company.organisation!.id });
    const total = CANDIDATES_PER_PAGE + 5;
    for (let n = 0; n < total; n++) await createApplicant(test.db);
    const client = await signedInClient(test, company.email);
    const base = `/de/stellen/${position.id}/kandidaten`;

    let first = '';
    const firstStatements = await statementsOf(async () => {
      const response = await client.get(base);
      expect(response.statusCode).toBe(200);
      first = response.body;
    });
    expect(cards(first)).toBe(CANDIDATES_PER_PAGE);
    expect(first).toContain(`Hier stehen die Talente 1 bis ${CANDIDATES_PER_PAGE} von ${total}.`);
    expect(first).toContain('Seite 1 von 2');
    const profileReads = firstStatements.filter((s) => /from "applicant_profiles" where "id" in/.test(s));
    expect(profileReads.map(parameters)).toEqual([CANDIDATES_PER_PAGE]);
    expect(firstStatements.filter((s) => /from "positions" where "id" = \$1/.test(s))).toHaveLength(1);

    let second = '';
    const secondStatements = await statementsOf(async () => {
      second = (await client.get(`${base}?page=2`)).body;
    });
    expect(cards(second)).toBe(5);
    expect(second).toContain(`Hier stehen die Talente ${CANDIDATES_PER_PAGE + 1} bis ${total} von ${total}.`);
    expect(secondStatements.filter((s) => /from "applicant_profiles" where "id" in/.test(s)).map(parameters)).toEqual([
      5,
    ]);
    // No talent appears on both pages.
    const overlap = cardIds(second).filter((id) => cardIds(first).includes(id));
    expect(overlap).toEqual([]);

    // A page beyond the end (the list got shorter since the link was made) shows the last one.
    const beyond = (await client.get(`${base}?page=5`)).body;
    expect(beyond).toContain('Seite 2 von 2');
    expect(cards(beyond)).toBe(5);
  }, 60_000);
});
