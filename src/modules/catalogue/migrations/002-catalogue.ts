import { sql, type Kysely } from 'kysely';

/**
 * The transparency hub: one table for every kind of catalogue entry (actor profiles, offers,
 * projects, funding programmes, knowledge, events), so one search, one publishing workflow and
 * one change history serve them all. Kind-specific fields live in `details` (jsonb).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // German full-text search that ignores accents: "Mulheim" finds "Mülheim".
  await sql`create text search configuration vr_german (copy = german)`.execute(db);
  await sql`alter text search configuration vr_german alter mapping for hword, hword_part, word with unaccent, german_stem`.execute(
    db,
  );
  await sql`create text search configuration vr_simple (copy = simple)`.execute(db);
  await sql`alter text search configuration vr_simple alter mapping for hword, hword_part, word with unaccent, simple`.execute(
    db,
  );

  await sql`
    create table catalogue_entries (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('actor', 'offer', 'project', 'funding', 'knowledge', 'event')),
      organisation_id uuid not null references organisations(id) on delete cascade,
      status text not null default 'draft' check (status in ('draft', 'in_review', 'published', 'archived')),
      title text not null,
      summary text not null,
      body text not null default '',
      fields_of_action text[] not null default '{}',
      target_groups text[] not null default '{}',
      cities text[] not null default '{}',
      languages text[] not null default '{}',
      cost text check (cost in ('free', 'fee')),
      format text check (format in ('in_person', 'online', 'hybrid')),
      contact_email text,
      contact_phone text,
      website text,
      accessibility_notes text,
      valid_from date,
      valid_until date,
      starts_at timestamptz,
      ends_at timestamptz,
      details jsonb not null default '{}'::jsonb,
      review_note text,
      published_at timestamptz,
      last_confirmed_at timestamptz not null default now(),
      stale_notified_at timestamptz,
      hidden_at timestamptz,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      search_vector tsvector not null default ''::tsvector
    )`.execute(db);
  await sql`create index catalogue_entries_search on catalogue_entries using gin (search_vector)`.execute(db);
  await sql`create index catalogue_entries_title_trgm on catalogue_entries using gin (title gin_trgm_ops)`.execute(db);
  await sql`create index catalogue_entries_fields on catalogue_entries using gin (fields_of_action)`.execute(db);
  await sql`create index catalogue_entries_cities on catalogue_entries using gin (cities)`.execute(db);
  await sql`create index catalogue_entries_public on catalogue_entries (kind, published_at desc) where status = 'published' and hidden_at is null`.execute(
    db,
  );
  await sql`create index catalogue_entries_owner on catalogue_entries (organisation_id, status)`.execute(db);

  await sql`
    create table catalogue_translations (
      entry_id uuid not null references catalogue_entries(id) on delete cascade,
      locale text not null check (locale in ('en', 'tr', 'ar', 'pl', 'ru', 'uk')),
      title text not null,
      summary text not null,
      body text not null default '',
      updated_at timestamptz not null default now(),
      primary key (entry_id, locale)
    )`.execute(db);

  await sql`
    create table catalogue_revisions (
      id bigserial primary key,
      entry_id uuid not null references catalogue_entries(id) on delete cascade,
      at timestamptz not null default now(),
      actor_user_id uuid references users(id) on delete set null,
      action text not null,
      status text not null,
      note text,
      snapshot jsonb not null
    )`.execute(db);
  await sql`create index catalogue_revisions_entry on catalogue_revisions (entry_id, id desc)`.execute(db);

  await sql`
    create table event_registrations (
      id uuid primary key default gen_random_uuid(),
      entry_id uuid not null references catalogue_entries(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      status text not null check (status in ('registered', 'waitlisted', 'cancelled')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create unique index event_registrations_active on event_registrations (entry_id, user_id) where status <> 'cancelled'`.execute(
    db,
  );

  await sql`
    create table saved_searches (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id) on delete cascade,
      query jsonb not null,
      label text not null,
      locale text not null,
      created_at timestamptz not null default now(),
      last_notified_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index saved_searches_user on saved_searches (user_id)`.execute(db);

  // The search document: German title (A), summary (B), body (C), plus translations (same weights,
  // without stemming, since they are in other languages) and the cities (D). Kept by triggers so
  // every writer — use-cases, demo data, imports — gets the same index.
  await sql`
    create function catalogue_search_document(e catalogue_entries) returns tsvector language sql stable as $$
      select
        setweight(to_tsvector('vr_german', e.title), 'A') ||
        setweight(to_tsvector('vr_german', e.summary), 'B') ||
        setweight(to_tsvector('vr_german', e.body), 'C') ||
        setweight(to_tsvector('vr_simple', array_to_string(e.cities, ' ')), 'D') ||
        coalesce((
          select setweight(to_tsvector('vr_simple', string_agg(t.title, ' ')), 'A') ||
                 setweight(to_tsvector('vr_simple', string_agg(t.summary, ' ')), 'B') ||
                 setweight(to_tsvector('vr_simple', string_agg(t.body, ' ')), 'C')
          from catalogue_translations t where t.entry_id = e.id
        ), ''::tsvector)
    $$`.execute(db);
  await sql`
    create function catalogue_entries_search_trigger() returns trigger language plpgsql as $$
    begin
      new.search_vector := catalogue_search_document(new);
      return new;
    end $$`.execute(db);
  await sql`
    create trigger catalogue_entries_search before insert or update of title, summary, body, cities, search_vector
    on catalogue_entries for each row execute function catalogue_entries_search_trigger()`.execute(db);
  await sql`
    create function catalogue_translations_search_trigger() returns trigger language plpgsql as $$
    begin
      update catalogue_entries set search_vector = ''::tsvector where id = coalesce(new.entry_id, old.entry_id);
      return null;
    end $$`.execute(db);
  await sql`
    create trigger catalogue_translations_search after insert or update or delete
    on catalogue_translations for each row execute function catalogue_translations_search_trigger()`.execute(db);

  // Distinct words of published entries, for typo-tolerant search ("Ausbildng" → "ausbildung").
  await sql`create table catalogue_words (word text primary key)`.execute(db);
  await sql`create index catalogue_words_trgm on catalogue_words using gin (word gin_trgm_ops)`.execute(db);
}
