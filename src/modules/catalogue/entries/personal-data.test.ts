import { describe, expect, it } from 'vitest';
import { useTestPlatform } from '../../../../tests/setup/test-platform.js';
import { personalDataSources } from '../../../core/privacy/registry.js';
import { createOffer, memberOf } from './test-helpers.js';

const test = useTestPlatform();

describe('catalogue entries: personal data', () => {
  it('exports who created and changed entries, and on erasure keeps the entries without the person', async () => {
    const author = await memberOf(test, 'autorin@traeger.example');
    const id = await createOffer(author.client);
    await author.client.postForm(`/de/eintraege/${id}/einreichen`, {});
    const source = personalDataSources().find((s) => s.id === 'catalogue_entries');
    if (!source) throw new Error('catalogue_entries is not registered as personal data');

    const exported = (await source.export(test.db, author.user.id)) as {
      created: { id: string }[];
      changes: { action: string }[];
    };
    expect(exported.created.map((e) => e.id)).toEqual([id]);
    expect(exported.changes.map((c) => c.action)).toEqual(['created', 'submitted']);

    await test.db.transaction().execute((trx) => source.erase(trx, author.user.id));
    const entry = await test.db
      .selectFrom('catalogue_entries')
      .select(['created_by', 'status'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({ created_by: null, status: 'in_review' });
    const actors = await test.db
      .selectFrom('catalogue_revisions')
      .select('actor_user_id')
      .where('entry_id', '=', id)
      .execute();
    expect(actors.every((r) => r.actor_user_id === null)).toBe(true);
    expect(await source.export(test.db, author.user.id)).toEqual({ created: [], changes: [] });
  });
});
