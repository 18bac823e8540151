import { sql, type Kysely } from 'kysely';

/**
 * Participation: forums with prioritisation rounds, the award "Wirtschaftspreis Vielfalt", campaigns and stories.
 *
 * The rules that must hold however a request arrives live here, not only in the use-cases:
 * - one ballot per participant and round (primary key), so a replayed request or a second tab is refused;
 * - a ballot's votes stay within the round's budget and per-option maximum, on options of the same round;
 * - the rules of a round (mode, points, maximum, options) are frozen from the first ballot on;
 * - a ballot is only taken while the round is open and within the forum's time, from a participant of that forum;
 * - a juror who declared a conflict for an entry cannot score it, and scores are written once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table participation_forums (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      title text not null check (char_length(title) between 1 and 200),
      agenda text not null default '' check (char_length(agenda) <= 5000),
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      place text check (char_length(place) <= 300),
      online_url text check (char_length(online_url) <= 500),
      registration text not null check (registration in ('invitation', 'open')),
      minutes text not null default '' check (char_length(minutes) <= 40000),
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      check (ends_at > starts_at),
      check (place is not null or online_url is not null)
    )`.execute(db);

  await sql`
    create table participation_rounds (
      id uuid primary key default gen_random_uuid(),
      forum_id uuid not null references participation_forums(id) on delete cascade,
      question text not null check (char_length(question) between 1 and 300),
      mode text not null check (mode in ('dots', 'approval')),
      points_per_participant integer not null check (points_per_participant between 1 and 100),
      max_per_option integer not null check (max_per_option between 1 and 100),
      status text not null default 'draft' check (status in ('draft', 'open', 'closed')),
      rules_frozen_at timestamptz,
      opened_at timestamptz,
      closed_at timestamptz,
      proposed_at timestamptz,
      created_at timestamptz not null default now(),
      check (max_per_option <= points_per_participant),
      check (mode = 'dots' or max_per_option = 1)
    )`.execute(db);
  await sql`create index participation_rounds_forum on participation_rounds (forum_id)`.execute(db);

  await sql`
    create table participation_options (
      id uuid primary key default gen_random_uuid(),
      round_id uuid not null references participation_rounds(id) on delete cascade,
      label text not null check (char_length(label) between 1 and 200),
      position integer not null,
      unique (round_id, position),
      unique (round_id, id)
    )`.execute(db);

  await sql`
    create table participation_participants (
      id uuid primary key default gen_random_uuid(),
      forum_id uuid not null references participation_forums(id) on delete cascade,
      label text not null check (char_length(label) between 1 and 100),
      code_hash text not null unique,
      session_hash text unique,
      joined_at timestamptz,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index participation_participants_forum on participation_participants (forum_id)`.execute(db);

  await sql`
    create table participation_ballots (
      round_id uuid not null references participation_rounds(id) on delete cascade,
      participant_id uuid not null references participation_participants(id) on delete cascade,
      points_used integer not null check (points_used >= 1),
      cast_at timestamptz not null default now(),
      primary key (round_id, participant_id)
    )`.execute(db);

  await sql`
    create table participation_votes (
      round_id uuid not null,
      participant_id uuid not null,
      option_id uuid not null,
      points integer not null check (points >= 1),
      primary key (round_id, participant_id, option_id),
      foreign key (round_id, participant_id) references participation_ballots(round_id, participant_id) on delete cascade,
      foreign key (round_id, option_id) references participation_options(round_id, id) on delete cascade
    )`.execute(db);

  // A ballot: the round is open, now is within the forum's time, the participant belongs to the forum.
  // Taking the round's row lock serialises ballots of one round with the closing of the round.
  await sql`
    create function participation_ballot_check() returns trigger language plpgsql as $$
    declare
      r record;
    begin
      select ro.status, ro.points_per_participant, ro.rules_frozen_at, f.starts_at, f.ends_at, f.id as forum_id
        into r
        from participation_rounds ro join participation_forums f on f.id = ro.forum_id
        where ro.id = new.round_id
        for update of ro;
      if r.status is distinct from 'open' then
        raise exception 'participation: round not open' using errcode = 'P0001', constraint = 'participation_round_open';
      end if;
      if now() < r.starts_at or now() > r.ends_at then
        raise exception 'participation: outside the forum time' using errcode = 'P0001', constraint = 'participation_forum_time';
      end if;
      if not exists (select 1 from participation_participants p where p.id = new.participant_id and p.forum_id = r.forum_id) then
        raise exception 'participation: not a participant of this forum' using errcode = 'P0001', constraint = 'participation_forum_participant';
      end if;
      if new.points_used > r.points_per_participant then
        raise exception 'participation: over budget' using errcode = 'P0001', constraint = 'participation_vote_budget';
      end if;
      if r.rules_frozen_at is null then
        update participation_rounds set rules_frozen_at = now() where id = new.round_id;
      end if;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger participation_ballot_check before insert on participation_ballots
      for each row execute function participation_ballot_check()`.execute(db);
  await sql`
    create function participation_ballot_immutable() returns trigger language plpgsql as $$
    begin
      raise exception 'participation: a ballot is final' using errcode = 'P0001', constraint = 'participation_ballot_final';
    end $$`.execute(db);
  await sql`
    create trigger participation_ballot_immutable before update on participation_ballots
      for each row execute function participation_ballot_immutable()`.execute(db);
  await sql`
    create trigger participation_vote_immutable before update on participation_votes
      for each row execute function participation_ballot_immutable()`.execute(db);

  // Votes of a ballot: at most the round's maximum on one option, and (checked at commit) the ballot's
  // points are exactly the votes' sum. The ballot's primary key means one transaction at a time writes votes
  // for a participant and round, so the sum cannot be raced.
  await sql`
    create function participation_vote_check() returns trigger language plpgsql as $$
    declare
      most integer;
    begin
      select max_per_option into most from participation_rounds where id = new.round_id;
      if new.points > most then
        raise exception 'participation: too many points on one option' using errcode = 'P0001', constraint = 'participation_vote_per_option';
      end if;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger participation_vote_check before insert on participation_votes
      for each row execute function participation_vote_check()`.execute(db);
  await sql`
    create function participation_ballot_sum() returns trigger language plpgsql as $$
    declare
      used integer;
      summed integer;
    begin
      select points_used into used from participation_ballots where round_id = new.round_id and participant_id = new.participant_id;
      select coalesce(sum(points), 0) into summed from participation_votes where round_id = new.round_id and participant_id = new.participant_id;
      if used is not null and used <> summed then
        raise exception 'participation: ballot and votes disagree' using errcode = 'P0001', constraint = 'participation_vote_budget';
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create constraint trigger participation_ballot_sum after insert on participation_ballots
      deferrable initially deferred for each row execute function participation_ballot_sum()`.execute(db);

  // Frozen rules: neither the round's voting rules nor its options change once a ballot exists.
  await sql`
    create function participation_rules_frozen() returns trigger language plpgsql as $$
    begin
      if old.rules_frozen_at is not null and (new.mode, new.points_per_participant, new.max_per_option, new.question)
          is distinct from (old.mode, old.points_per_participant, old.max_per_option, old.question) then
        raise exception 'participation: rules are frozen' using errcode = 'P0001', constraint = 'participation_rules_frozen';
      end if;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger participation_rules_frozen before update on participation_rounds
      for each row execute function participation_rules_frozen()`.execute(db);
  await sql`
    create function participation_options_frozen() returns trigger language plpgsql as $$
    declare
      v_round uuid := coalesce(new.round_id, old.round_id);
    begin
      if exists (select 1 from participation_rounds r where r.id = v_round and r.rules_frozen_at is not null) then
        raise exception 'participation: rules are frozen' using errcode = 'P0001', constraint = 'participation_rules_frozen';
      end if;
      return coalesce(new, old);
    end $$`.execute(db);
  await sql`
    create trigger participation_options_frozen before insert or update or delete on participation_options
      for each row execute function participation_options_frozen()`.execute(db);

  // The award.
  await sql`
    create table participation_award_rounds (
      id uuid primary key default gen_random_uuid(),
      year integer not null unique check (year between 2020 and 2100),
      call_text text not null default '' check (char_length(call_text) <= 5000),
      closes_on date not null,
      status text not null default 'call' check (status in ('call', 'jury', 'decided')),
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table participation_award_entries (
      id uuid primary key default gen_random_uuid(),
      round_id uuid not null references participation_award_rounds(id) on delete cascade,
      kind text not null check (kind in ('nomination', 'self')),
      business_name text not null check (char_length(business_name) between 1 and 200),
      city text not null,
      founded_year integer not null check (founded_year between 1900 and 2100),
      founder_path text not null check (char_length(founder_path) between 1 and 3000),
      jobs_created integer not null check (jobs_created between 0 and 100000),
      apprenticeships_created integer not null check (apprenticeships_created between 0 and 100000),
      staff_commitment text not null check (char_length(staff_commitment) between 1 and 3000),
      business_development text not null check (char_length(business_development) between 1 and 3000),
      civic_engagement text not null check (char_length(civic_engagement) between 1 and 3000),
      submitter_name text not null check (char_length(submitter_name) between 1 and 200),
      submitter_email text not null check (char_length(submitter_email) between 3 and 254),
      eligibility text not null default 'pending' check (eligibility in ('pending', 'eligible', 'ineligible')),
      eligibility_reason text,
      checked_by uuid references users(id) on delete set null,
      winner boolean not null default false,
      story_id uuid,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index participation_award_entries_round on participation_award_entries (round_id)`.execute(db);
  await sql`
    create table participation_jurors (
      round_id uuid not null references participation_award_rounds(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      invited_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      primary key (round_id, user_id)
    )`.execute(db);
  await sql`
    create table participation_conflicts (
      entry_id uuid not null references participation_award_entries(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      declared_at timestamptz not null default now(),
      primary key (entry_id, user_id)
    )`.execute(db);
  await sql`
    create table participation_score_submissions (
      entry_id uuid not null references participation_award_entries(id) on delete cascade,
      user_id uuid not null references users(id) on delete cascade,
      submitted_at timestamptz not null default now(),
      primary key (entry_id, user_id)
    )`.execute(db);
  await sql`
    create table participation_scores (
      entry_id uuid not null,
      user_id uuid not null,
      criterion text not null check (criterion in ('founder_path', 'jobs', 'staff', 'development', 'civic')),
      score integer not null check (score between 0 and 10),
      primary key (entry_id, user_id, criterion),
      foreign key (entry_id, user_id) references participation_score_submissions(entry_id, user_id) on delete cascade
    )`.execute(db);
  await sql`
    create function participation_score_conflict() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from participation_conflicts c where c.entry_id = new.entry_id and c.user_id = new.user_id) then
        raise exception 'participation: conflict of interest' using errcode = 'P0001', constraint = 'participation_score_conflict';
      end if;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger participation_score_conflict before insert on participation_score_submissions
      for each row execute function participation_score_conflict()`.execute(db);

  // Campaigns and stories, with their translations.
  await sql`
    create table participation_campaigns (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      title text not null check (char_length(title) between 1 and 200),
      summary text not null check (char_length(summary) between 1 and 500),
      body text not null default '' check (char_length(body) <= 20000),
      status text not null default 'draft' check (status in ('draft', 'in_review', 'published')),
      created_by uuid references users(id) on delete set null,
      reviewed_by uuid references users(id) on delete set null,
      published_at timestamptz,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table participation_stories (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      campaign_id uuid references participation_campaigns(id) on delete set null,
      title text not null check (char_length(title) between 1 and 200),
      summary text not null check (char_length(summary) between 1 and 500),
      body text not null default '' check (char_length(body) <= 20000),
      field_of_action text not null check (field_of_action in ('potentials', 'transparency', 'retention')),
      catalogue_entry_id uuid,
      image_key text,
      image_alt text check (char_length(image_alt) <= 300),
      status text not null default 'draft' check (status in ('draft', 'in_review', 'published')),
      created_by uuid references users(id) on delete set null,
      reviewed_by uuid references users(id) on delete set null,
      published_at timestamptz,
      created_at timestamptz not null default now(),
      check (image_key is null or char_length(trim(image_alt)) > 0)
    )`.execute(db);
  await sql`create index participation_stories_published on participation_stories (published_at desc) where status = 'published'`.execute(
    db,
  );
  await sql`
    create table participation_translations (
      id uuid primary key default gen_random_uuid(),
      campaign_id uuid references participation_campaigns(id) on delete cascade,
      story_id uuid references participation_stories(id) on delete cascade,
      locale text not null check (locale in ('en', 'tr', 'ar', 'pl', 'ru', 'uk')),
      title text not null check (char_length(title) between 1 and 200),
      summary text not null check (char_length(summary) between 1 and 500),
      body text not null default '' check (char_length(body) <= 20000),
      check ((campaign_id is null) <> (story_id is null))
    )`.execute(db);
  await sql`create unique index participation_translations_story on participation_translations (story_id, locale) where story_id is not null`.execute(
    db,
  );
  await sql`create unique index participation_translations_campaign on participation_translations (campaign_id, locale) where campaign_id is not null`.execute(
    db,
  );
}
