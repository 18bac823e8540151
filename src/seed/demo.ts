import type { Kysely } from 'kysely';
import type { Database } from '../core/db/schema.js';

export async function loadDemoDataIfEmpty(db: Kysely<Database>, log: (line: string) => void): Promise<void> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (row.n > 0) return;
  log('demo data: empty database');
}
