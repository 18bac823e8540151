import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../../core/db/schema.js';
import { SEARCH_LIMITS } from './schemas.js';

/**
 * From search text to a tsquery, safely: the text is split into words here, and every word goes
 * to PostgreSQL as a parameter of plainto_tsquery, so quotes, operators (& | ! : * ( )) and emoji
 * are plain text and can never make the query fail.
 *
 * Each word matches its German stem (vr_german: "Ausbildungsplätze" → "ausbildungsplatz", accents
 * removed) or its unstemmed form (vr_simple, for translations); the words are combined with AND.
 * A word that appears nowhere in the published catalogue (table catalogue_words) is widened to the
 * closest known words by trigram similarity, so "Ausbildng" still finds "Ausbildung".
 */
export interface QueryWord {
  word: string;
  /** Known catalogue words tried instead of (and besides) a word the catalogue does not contain. */
  alternatives: string[];
}

export interface AnalysedQuery {
  words: QueryWord[];
  isShortened: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function splitWords(text: string): { words: string[]; isShortened: boolean } {
  const all = text.match(WORD) ?? [];
  const words = all.map((word) => word.slice(0, 60));
  return { words: words.slice(0, SEARCH_LIMITS.queryWords), isShortened: words.length > SEARCH_LIMITS.queryWords };
}

interface AnalysisRow {
  ord: number;
  is_stop_word: boolean;
  is_known: boolean;
  alternatives: string[] | null;
}

/**
 * One round trip for all words: which are stop words (they are left out), which are known, and
 * the closest known words for the first few unknown ones.
 */
export async function analyseQuery(db: Kysely<Database>, text: string): Promise<AnalysedQuery> {
  const { words, isShortened } = splitWords(text);
  if (words.length === 0) return { words: [], isShortened };
  const result = await sql<AnalysisRow>`
    with w as (
      select u.ord::int as ord, u.word,
        tsvector_to_array(to_tsvector('vr_german', u.word)) as stems,
        tsvector_to_array(to_tsvector('vr_simple', u.word)) as plain
      from unnest(${words}::text[]) with ordinality as u(word, ord)
    ),
    k as (
      select w.*, cardinality(w.stems) = 0 as is_stop_word,
        exists (select 1 from catalogue_words c where c.word = any(w.stems || w.plain)) as is_known
      from w
    )
    select k.ord, k.is_stop_word, k.is_known,
      case when not k.is_known and not k.is_stop_word and k.ord <= ${SEARCH_LIMITS.typoWords} and char_length(k.stems[1]) >= 4 then array(
        select c.word from catalogue_words c
        where c.word % k.stems[1]
        order by similarity(c.word, k.stems[1]) desc, c.word
        limit ${SEARCH_LIMITS.typoAlternatives}
      ) end as alternatives
    from k order by k.ord`.execute(db);
  const analysed: QueryWord[] = [];
  for (const row of result.rows) {
    if (row.is_stop_word) continue;
    const word = words[row.ord - 1];
    if (word !== undefined) analysed.push({ word, alternatives: row.alternatives ?? [] });
  }
  return { words: analysed, isShortened };
}

/** The tsquery of the analysed words: per word (stem | plain | alternatives…), all words AND-ed. */
export function tsqueryOf(words: readonly QueryWord[]): RawBuilder<string> {
  const parts = words.map((w) => {
    const options = [sql`plainto_tsquery('vr_german', ${w.word})`, sql`plainto_tsquery('vr_simple', ${w.word})`];
    for (const alternative of w.alternatives) options.push(sql`plainto_tsquery('simple', ${alternative})`);
    return sql`(${sql.join(options, sql` || `)})`;
  });
  return sql<string>`(${sql.join(parts, sql` && `)})`;
}
