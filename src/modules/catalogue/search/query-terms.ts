import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../core/db/database.js';
import type { QueryTerm } from '../../../core/search/understand.js';
import { SEARCH_LIMITS } from './schemas.js';

/**
 * From understood query terms (core/search: words, synonyms, places taken out) to the lexemes the
 * search index knows, safely: every term and synonym goes to PostgreSQL as a parameter of
 * to_tsvector, so quotes, operators (& | ! : * ( )) and emoji are plain text and can never make the
 * query fail.
 *
 * Each term matches where one of its spellings has all its lexemes: the German stems (vr_german:
 * "Ausbildungsplätze" → "ausbildungsplatz", accents removed) or the unstemmed form (vr_simple, for
 * translations) of the term itself or of one of its synonyms ("Kfz" → "Kraftfahrzeug"). Terms are
 * combined with AND. A term that appears nowhere in the published catalogue (the index's 'term'
 * set) is widened to the closest known words by trigram similarity, so "Ausbildng" still finds
 * "Ausbildung".
 */
export interface QueryWord {
  word: string;
  /** Known catalogue words tried instead of (and besides) a word the catalogue does not contain. */
  alternatives: string[];
  /**
   * The ways the word can occur in an entry, each a list of lexemes that must all be there: the
   * German stems, the unstemmed form, those of each synonym, each alternative.
   */
  spellings: string[][];
}

export interface AnalysedQuery {
  words: QueryWord[];
  /**
   * The catalogue's version, read in the same statement: the analysis holds for that version
   * (search-state.ts); absent without words.
   */
  seen?: { token: string | null };
}

interface AnalysisRow {
  ord: number;
  spellings: string[][] | null;
  is_known: boolean;
  alternatives: string[] | null;
  token: string | null;
}

/**
 * One round trip for all terms: their lexemes (a term without German lexemes is a stop word and
 * left out), whether the catalogue knows them, the closest known words for the first few unknown
 * ones, and the catalogue's version.
 */
export async function analyseQuery(db: Kysely<Database>, terms: readonly QueryTerm[]): Promise<AnalysedQuery> {
  if (terms.length === 0) return { words: [] };
  const phrases = terms.flatMap((term, i) =>
    [term.text, ...term.synonyms].map((phrase, j) => ({ ord: i + 1, phrase, synonym: j > 0 })),
  );
  const result = await sql<AnalysisRow>`
    with p as (
      select x.ord, x.phrase, x.synonym,
        tsvector_to_array(to_tsvector('vr_german', x.phrase)) as stems,
        tsvector_to_array(to_tsvector('vr_simple', x.phrase)) as plain
      from jsonb_to_recordset(${JSON.stringify(phrases)}::jsonb) as x(ord int, phrase text, synonym boolean)
    ),
    w as (
      select o.ord, o.stems as own_stems,
        (select jsonb_agg(to_jsonb(q.stems)) || jsonb_agg(to_jsonb(q.plain)) from p q
          where q.ord = o.ord and cardinality(q.stems) > 0) as spellings,
        exists (select 1 from p q cross join unnest(q.stems || q.plain) as l(lexeme)
          join catalogue_search_sets s on s.dim = 'term' and s.value = l.lexeme where q.ord = o.ord) as is_known
      from p o where not o.synonym and cardinality(o.stems) > 0
    )
    select w.ord, w.spellings, w.is_known, (select token::text from catalogue_search_version) as token,
      case when not w.is_known and cardinality(w.own_stems) = 1 and w.ord <= ${SEARCH_LIMITS.typoWords} and char_length(w.own_stems[1]) >= 4 then array(
        select s.value from catalogue_search_sets s
        where s.dim = 'term' and s.value % w.own_stems[1]
        order by similarity(s.value, w.own_stems[1]) desc, s.value
        limit ${SEARCH_LIMITS.typoAlternatives}
      ) end as alternatives
    from w order by w.ord`.execute(db);
  const analysed: QueryWord[] = [];
  for (const row of result.rows) {
    const term = terms[row.ord - 1];
    if (!term || !row.spellings) continue;
    const alternatives = row.alternatives ?? [];
    analysed.push({
      word: term.text,
      alternatives,
      spellings: distinctSpellings([...row.spellings, ...alternatives.map((a) => [a])]),
    });
  }
  const first = result.rows[0];
  return { words: analysed, ...(first ? { seen: { token: first.token } } : {}) };
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
