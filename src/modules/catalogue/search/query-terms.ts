import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import { SEARCH_LIMITS } from './schemas.js';

/**
 * From search text to the lexemes the search index knows, safely: the text is split into words
 * here, and every word goes to PostgreSQL as a parameter of to_tsvector, so quotes, operators
 * (& | ! : * ( )) and emoji are plain text and can never make the query fail.
 *
 * Each word matches its German stem (vr_german: "Ausbildungsplätze" → "ausbildungsplatz", accents
 * removed) or its unstemmed form (vr_simple, for translations); the words are combined with AND.
 * A word that appears nowhere in the published catalogue (the index's 'term' set) is widened to
 * the closest known words by trigram similarity, so "Ausbildng" still finds "Ausbildung".
 */
export interface QueryWord {
  word: string;
  /** Known catalogue words tried instead of (and besides) a word the catalogue does not contain. */
  alternatives: string[];
  /**
   * The ways the word can occur in an entry, each a list of lexemes that must all be there: the
   * German stems, the unstemmed form, each alternative. A compound like "Schule-Beruf" has several.
   */
  spellings: string[][];
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
  stems: string[];
  plain: string[];
  is_known: boolean;
  alternatives: string[] | null;
}

/**
 * One round trip for all words: their lexemes (a word without German lexemes is a stop word and
 * left out), whether the catalogue knows them, and the closest known words for the first few
 * unknown ones.
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
      select w.*, exists (select 1 from catalogue_search_sets s where s.dim = 'term' and s.value = any(w.stems || w.plain)) as is_known
      from w
    )
    select k.ord, k.stems, k.plain, k.is_known,
      case when not k.is_known and cardinality(k.stems) > 0 and k.ord <= ${SEARCH_LIMITS.typoWords} and char_length(k.stems[1]) >= 4 then array(
        select s.value from catalogue_search_sets s
        where s.dim = 'term' and s.value % k.stems[1]
        order by similarity(s.value, k.stems[1]) desc, s.value
        limit ${SEARCH_LIMITS.typoAlternatives}
      ) end as alternatives
    from k order by k.ord`.execute(db);
  const analysed: QueryWord[] = [];
  for (const row of result.rows) {
    const word = words[row.ord - 1];
    if (row.stems.length === 0 || word === undefined) continue;
    const alternatives = row.alternatives ?? [];
    analysed.push({
      word,
      alternatives,
      spellings: distinctSpellings([row.stems, row.plain, ...alternatives.map((a) => [a])]),
    });
  }
  return { words: analysed, isShortened };
}

/** Each spelling once, its lexemes sorted and distinct; empty spellings dropped. */
function distinctSpellings(spellings: readonly string[][]): string[][] {
  const seen = new Map<string, string[]>();
  for (const spelling of spellings) {
    const lexemes = [...new Set(spelling)].sort();
    if (lexemes.length > 0) seen.set(JSON.stringify(lexemes), lexemes);
  }
  return [...seen.values()];
}
