import type { UserActor } from '../../../../core/auth/actor.js';
import { AppError } from '../../../../core/errors.js';
import type { AppServices } from '../../../../core/http/types.js';
import { parseSearch, savedQueryOf, SEARCH_LIMITS, searchQueryString } from '../schemas.js';

export interface SavedSearchView {
  id: string;
  label: string;
  /** The search as a query string, for the link back to the results. */
  queryString: string;
  createdAt: Date;
  lastNotifiedAt: Date;
}

/** Saves the search for the signed-in user; the digest starts from now, so only later entries are mailed. */
export async function saveSearch(options: {
  services: AppServices;
  actor: UserActor;
  label: string;
  query: string;
  locale: string;
}): Promise<void> {
  const { criteria } = parseSearch(Object.fromEntries(groupParams(new URLSearchParams(options.query))));
  const query = savedQueryOf(criteria);
  if (Object.keys(query).length === 0)
    throw new AppError('invalid_input', { fields: { query: { key: 'catalogue_search.saved.empty_search' } } });
  await options.services.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('saved_searches')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', options.actor.userId)
      .executeTakeFirstOrThrow();
    if (Number(existing.n) >= SEARCH_LIMITS.savedSearchesPerUser) {
      throw new AppError('invalid_input', {
        fields: {
          label: { key: 'catalogue_search.saved.too_many', values: { max: SEARCH_LIMITS.savedSearchesPerUser } },
        },
      });
    }
    await trx
      .insertInto('saved_searches')
      .values({
        user_id: options.actor.userId,
        label: options.label,
        query: JSON.stringify(query),
        locale: options.locale,
        last_notified_at: new Date(),
      })
      .execute();
  });
}

export async function listSavedSearches(options: {
  services: AppServices;
  actor: UserActor;
}): Promise<SavedSearchView[]> {
  const rows = await options.services.db
    .selectFrom('saved_searches')
    .select(['id', 'label', 'query', 'created_at', 'last_notified_at'])
    .where('user_id', '=', options.actor.userId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    label: row.label,
    queryString: searchQueryString(parseSearch(row.query).criteria),
    createdAt: row.created_at,
    lastNotifiedAt: row.last_notified_at,
  }));
}

/** Deletes one of the user's own saved searches; anyone else's is "not found", never deleted. */
export async function deleteSavedSearch(options: {
  services: AppServices;
  actor: UserActor;
  id: string;
}): Promise<void> {
  const result = await options.services.db
    .deleteFrom('saved_searches')
    .where('id', '=', options.id)
    .where('user_id', '=', options.actor.userId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new AppError('not_found');
}

/** URLSearchParams → { name: value | values } as the query-string parser would give. */
export function groupParams(params: URLSearchParams): Map<string, string | string[]> {
  const grouped = new Map<string, string | string[]>();
  for (const [key, value] of params) {
    const existing = grouped.get(key);
    grouped.set(
      key,
      existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value],
    );
  }
  return grouped;
}
