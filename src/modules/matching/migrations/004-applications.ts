import { sql, type Kysely } from 'kysely';

/**
 * The anonymised application procedure. An application keeps a snapshot of the qualifications
 * part under its own pseudonym; the personal part stays in applicant_identities (migration 003)
 * and reaches a company only through the reveal presenter after consent.
 *
 * position_id and profile_id are set null when the position or the profile is deleted, so the
 * other side keeps a record of what happened ("withdrawn", "position removed") without any
 * personal data; organisation_id and position_title are kept for that reason.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table applications (
      id uuid primary key default gen_random_uuid(),
      position_id uuid references positions(id) on delete set null,
      profile_id uuid references applicant_profiles(id) on delete set null,
      organisation_id uuid not null references organisations(id) on delete cascade,
      position_title text not null,
      pseudonym text not null unique,
      status text not null default 'submitted' check (status in
        ('submitted', 'in_review', 'invited', 'identity_revealed', 'interview', 'offer', 'contract', 'declined', 'withdrawn')),
      qualifications jsonb not null default '{}'::jsonb,
      locale text not null default 'de',
      closed_reason text check (closed_reason in ('position_closed', 'position_deleted', 'consent_declined', 'account_deleted')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      invited_at timestamptz,
      consent_at timestamptz,
      withdrawn_at timestamptz,
      position_closed_at timestamptz,
      -- When the applicant was told that the position closed (the closing job's marker).
      position_closure_notified_at timestamptz
    )`.execute(db);
  // One active application per position and profile; after a withdrawal or a decline one may apply again.
  await sql`create unique index applications_active on applications (position_id, profile_id) where status not in ('withdrawn', 'declined')`.execute(
    db,
  );
  await sql`create index applications_position on applications (position_id, created_at)`.execute(db);
  await sql`create index applications_profile on applications (profile_id, created_at)`.execute(db);
  await sql`create index applications_closed on applications (position_closed_at) where position_closed_at is not null`.execute(
    db,
  );

  await sql`
    create table application_messages (
      id uuid primary key default gen_random_uuid(),
      application_id uuid not null references applications(id) on delete cascade,
      sender text not null check (sender in ('company', 'applicant')),
      sender_user_id uuid references users(id) on delete set null,
      body text not null,
      held_back boolean not null default false,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index application_messages_thread on application_messages (application_id, created_at)`.execute(db);

  await sql`
    create table application_status_changes (
      id bigserial primary key,
      application_id uuid not null references applications(id) on delete cascade,
      from_status text,
      to_status text not null,
      actor text not null check (actor in ('company', 'applicant', 'system')),
      actor_user_id uuid references users(id) on delete set null,
      reason text,
      at timestamptz not null default now()
    )`.execute(db);
  await sql`create index application_status_changes_application on application_status_changes (application_id, id)`.execute(
    db,
  );

  // Whoever closes, reopens or deletes a position — a use-case, the expiry job, demo data — the
  // applications learn it here; the closing job then updates their status and writes the mails.
  await sql`
    create function applications_follow_position() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        update applications set position_closed_at = coalesce(position_closed_at, now()), closed_reason = coalesce(closed_reason, 'position_deleted')
          where position_id = old.id;
        return old;
      end if;
      if new.status = 'closed' and old.status is distinct from 'closed' then
        update applications set position_closed_at = coalesce(new.closed_at, now()) where position_id = new.id and position_closed_at is null;
      elsif new.status <> 'closed' and old.status = 'closed' then
        update applications set position_closed_at = null where position_id = new.id;
      end if;
      return new;
    end
    $$`.execute(db);
  await sql`create trigger applications_follow_position_update after update of status on positions for each row execute function applications_follow_position()`.execute(
    db,
  );
  await sql`create trigger applications_follow_position_delete before delete on positions for each row execute function applications_follow_position()`.execute(
    db,
  );

  // Whoever deletes a profile — the account deletion, the inactivity job — its applications end
  // here: running ones count as withdrawn, and nothing of the person stays with the company.
  await sql`
    create function applications_follow_profile() returns trigger language plpgsql as $$
    begin
      insert into application_status_changes (application_id, from_status, to_status, actor, reason)
        select id, status, 'withdrawn', 'system', 'account_deleted' from applications
        where profile_id = old.id and status not in ('declined', 'withdrawn');
      update applications set
        status = case when status in ('declined', 'withdrawn') then status else 'withdrawn' end,
        withdrawn_at = case when status in ('declined', 'withdrawn') then withdrawn_at else now() end,
        closed_reason = 'account_deleted',
        qualifications = '{}'::jsonb,
        updated_at = now()
        where profile_id = old.id;
      delete from application_messages where application_id in (select id from applications where profile_id = old.id);
      return old;
    end
    $$`.execute(db);
  await sql`create trigger applications_follow_profile_delete before delete on applicant_profiles for each row execute function applications_follow_profile()`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger if exists applications_follow_profile_delete on applicant_profiles`.execute(db);
  await sql`drop function if exists applications_follow_profile()`.execute(db);
  await sql`drop trigger if exists applications_follow_position_delete on positions`.execute(db);
  await sql`drop trigger if exists applications_follow_position_update on positions`.execute(db);
  await sql`drop function if exists applications_follow_position()`.execute(db);
  await sql`drop table if exists application_status_changes`.execute(db);
  await sql`drop table if exists application_messages`.execute(db);
  await sql`drop table if exists applications`.execute(db);
}
