import type { UserActor } from '../../../../core/auth/actor.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { canCreateEntries } from '../../policy.js';
import { entryColumns, recordChange } from '../entry-records.js';
import type { EntryInput } from '../schemas.js';
import { findSimilarEntries, type SimilarEntry } from './find-similar-entries.js';

export type CreateEntryResult = { kind: 'created'; id: string } | { kind: 'similar_found'; similar: SimilarEntry[] };

/** Kinds for which the form first shows similar published entries (against Projektitis). */
const CHECKED_FOR_SIMILAR = new Set(['offer', 'project']);

/**
 * A member of a verified publishing organisation drafts an entry for it. Offers and projects
 * are compared with what is already published first; the draft is saved once the author has
 * seen the similar ones and still wants it.
 */
export async function createEntry(options: {
  services: AppServices;
  actor: UserActor;
  input: EntryInput;
  ip: string;
}): Promise<CreateEntryResult> {
  const { services, actor, input } = options;
  const organisation = actor.organisation;
  if (!organisation || !canCreateEntries(actor)) throw new AppError('forbidden');
  if (CHECKED_FOR_SIMILAR.has(input.kind) && !input.confirmedSimilar) {
    const similar = await findSimilarEntries(services.db, {
      kind: input.kind,
      title: input.title,
      summary: input.summary,
      fieldsOfAction: input.fieldsOfAction,
    });
    if (similar.length > 0) return { kind: 'similar_found', similar };
  }
  const id = await services.db.transaction().execute(async (trx) => {
    if (input.kind === 'actor') {
      const existing = await trx
        .selectFrom('catalogue_entries')
        .select('id')
        .where('organisation_id', '=', organisation.id)
        .where('kind', '=', 'actor')
        .where('status', '!=', 'archived')
        .executeTakeFirst();
      if (existing)
        throw new AppError('conflict', {
          fields: { _form: { key: 'catalogue_entries.validation.one_actor_profile' } },
        });
    }
    const row = await trx
      .insertInto('catalogue_entries')
      .values({
        kind: input.kind,
        organisation_id: organisation.id,
        status: 'draft',
        created_by: actor.userId,
        ...entryColumns(input),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordChange(trx, {
      entryId: row.id,
      organisationId: organisation.id,
      actorUserId: actor.userId,
      action: 'created',
      ip: options.ip,
    });
    return row.id;
  });
  return { kind: 'created', id };
}
