import { sql, type Kysely } from 'kysely';

/**
 * The catalogue search combines its sets in the application process (decision 040): the words'
 * sets stay here, everything else the search needs (filter values, times, title order) is read
 * from the entries once per version of the catalogue and kept in memory.
 *
 * - catalogue_search_version holds a fresh random token, written in the same transaction as every
 *   change a search can show (keys, a live entry's title or times) and by every rebuild. A process
 *   keeps what it read under the token it read with it, so two snapshots with one token hold the
 *   same entries; random tokens never repeat, even after the table was emptied or a dump restored.
 *   Writers take the sets' lock before the token's row, in the trigger and in the rebuild alike,
 *   so they cannot wait for each other in a circle; the token is written once per transaction.
 * - The bit-sliced orders ('fresh', 'published', 'alpha') and the SQL functions that read them go:
 *   the process orders from the times and titles it holds.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table catalogue_search_version (
      only_row boolean primary key default true check (only_row),
      token uuid not null
    )`.execute(db);

  await sql`
    create or replace function catalogue_search_keys(e catalogue_entries) returns table (dim text, value text) language sql stable as $$
      select distinct k.dim, k.value from (
        select 'live' as dim, '' as value
        union all select 'term', unnest(tsvector_to_array(e.search_vector))
        union all select 'rank', unnest(tsvector_to_array(e.rank_vector))
        union all select 'title', unnest(tsvector_to_array(ts_filter(e.rank_vector, '{a}')))
        union all select 'kind', e.kind
        union all select 'field', unnest(e.fields_of_action)
        union all select 'group', unnest(e.target_groups)
        union all select 'city', unnest(e.cities)
        union all select 'lang', unnest(e.languages)
        union all select 'cost', e.cost where e.cost is not null
        union all select 'format', e.format where e.format is not null
      ) k
      where e.status = 'published' and e.hidden_at is null
    $$`.execute(db);

  // Called with the sets' lock held.
  await sql`
    create function catalogue_search_new_version() returns void language plpgsql as $$
    begin
      if current_setting('vr.catalogue_search_versioned', true) is distinct from 'on' then
        insert into catalogue_search_version as v (only_row, token) values (true, gen_random_uuid())
          on conflict (only_row) do update set token = excluded.token;
        perform set_config('vr.catalogue_search_versioned', 'on', true);
      end if;
    end $$`.execute(db);

  await sql`
    create or replace function catalogue_search_index_trigger() returns trigger language plpgsql as $$
    declare
      slot integer := coalesce(new.search_slot, old.search_slot);
      empty bit varying;
      dims text[];
      vals text[];
      bits integer[];
    begin
      select array_agg(c.dim order by c.dim, c.value), array_agg(c.value order by c.dim, c.value), array_agg(c.bit order by c.dim, c.value)
        into dims, vals, bits
        from (
          select o.dim, o.value, 0 as bit from (
            select * from catalogue_search_keys(old) where tg_op <> 'INSERT'
            except select * from catalogue_search_keys(new) where tg_op <> 'DELETE') o
          union all
          select n.dim, n.value, 1 from (
            select * from catalogue_search_keys(new) where tg_op <> 'DELETE'
            except select * from catalogue_search_keys(old) where tg_op <> 'INSERT') n
        ) c;
      -- Nothing a search shows changed: the same keys, and not a live entry's title or times.
      if dims is null and (tg_op <> 'UPDATE' or not (old.status = 'published' and old.hidden_at is null)
          or (old.title, old.published_at, old.updated_at) is not distinct from (new.title, new.published_at, new.updated_at)) then
        return null;
      end if;
      lock table catalogue_search_sets in share row exclusive mode;
      perform catalogue_search_new_version();
      if dims is null then return null; end if;
      empty := catalogue_search_reserve(slot);
      insert into catalogue_search_sets as s (dim, value, members)
        select c.dim, c.value, set_bit(empty, slot, c.bit) from unnest(dims, vals, bits) as c(dim, value, bit) order by c.dim, c.value
        on conflict (dim, value) do update set members = set_bit(s.members, slot, get_bit(excluded.members, slot));
      -- A property no public entry has any more is forgotten (so 'term' stays the live vocabulary).
      delete from catalogue_search_sets s using unnest(dims, vals, bits) as c(dim, value, bit)
        where c.bit = 0 and s.dim = c.dim and s.value = c.value and bit_count(s.members) = 0;
      return null;
    end $$`.execute(db);

  await sql`
    create or replace function catalogue_search_rebuild() returns void language plpgsql as $$
    declare
      capacity integer := 1024;
      top integer;
    begin
      lock table catalogue_search_sets in exclusive mode;
      perform catalogue_search_new_version();
      select max(search_slot) into top from catalogue_entries;
      while capacity <= coalesce(top, 0) loop capacity := capacity * 2; end loop;
      delete from catalogue_search_sets;
      insert into catalogue_search_sets (dim, value, members) values ('', '', repeat('0', capacity)::bit varying);
      insert into catalogue_search_sets (dim, value, members)
        select x.dim, x.value, (string_agg(repeat('0', x.gap) || '1', '' order by x.slot) || repeat('0', capacity - 1 - max(x.slot)))::bit varying
        from (
          select k.dim, k.value, e.search_slot as slot,
            e.search_slot - 1 - coalesce(lag(e.search_slot) over (partition by k.dim, k.value order by e.search_slot), -1) as gap
          from catalogue_entries e cross join lateral catalogue_search_keys(e) k
        ) x
        group by x.dim, x.value;
    end $$`.execute(db);

  await sql`delete from catalogue_search_sets where dim in ('fresh', 'published', 'alpha')`.execute(db);
  await sql`drop function catalogue_search_top(bit varying, bit varying[], integer, boolean)`.execute(db);
  await sql`drop function catalogue_search_at_least(bit varying, bit varying[], bigint)`.execute(db);
  await sql`drop function catalogue_search_slots(bit varying)`.execute(db);
  await sql`drop function catalogue_search_word(text, jsonb)`.execute(db);
  await sql`drop function catalogue_search_second(timestamptz)`.execute(db);
  await sql`select catalogue_search_new_version()`.execute(db);
}
