import { sql, type Kysely } from 'kysely';

/**
 * The self-paced course "Umgang mit Vielfalt": versions of its content (JSON, edited by the office; a material
 * change makes a new version), each person's progress on one version (lessons read, quiz answers and score),
 * and completion certificates with a public verification code in the same format as the quality certificates.
 * A person's progress and certificates go with their account; a version with progress or certificates stays.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table course_versions (
      id uuid primary key default gen_random_uuid(),
      version integer not null unique check (version >= 1),
      content jsonb not null,
      change_note text,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table course_progress (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id) on delete cascade,
      version_id uuid not null references course_versions(id) on delete restrict,
      started_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      completed_at timestamptz,
      unique (user_id, version_id)
    )`.execute(db);
  await sql`create index course_progress_updated on course_progress (updated_at) where completed_at is null`.execute(
    db,
  );
  await sql`
    create table course_lesson_progress (
      progress_id uuid not null references course_progress(id) on delete cascade,
      lesson_key text not null,
      read_at timestamptz,
      answers jsonb,
      correct integer check (correct >= 0),
      total integer check (total >= 1),
      answered_at timestamptz,
      primary key (progress_id, lesson_key),
      check ((answers is null) = (answered_at is null) and (answers is null) = (correct is null)),
      check (correct is null or correct <= total)
    )`.execute(db);
  await sql`
    create table course_certificates (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id) on delete cascade,
      person_name text not null,
      organisation_id uuid references organisations(id) on delete set null,
      organisation_name text not null,
      version_id uuid not null references course_versions(id) on delete restrict,
      version integer not null,
      score integer not null check (score between 0 and 100),
      code text not null unique,
      issued_at timestamptz not null default now(),
      revoked_at timestamptz,
      revoked_by uuid references users(id) on delete set null,
      unique (user_id, version_id)
    )`.execute(db);
  await sql`create index course_certificates_user on course_certificates (user_id) where revoked_at is null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['course_certificates', 'course_lesson_progress', 'course_progress', 'course_versions'])
    await sql`drop table if exists ${sql.table(table)}`.execute(db);
}
