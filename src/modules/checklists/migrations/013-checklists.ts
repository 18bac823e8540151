import { sql, type Kysely } from 'kysely';

/**
 * Quality standards as checklists: versioned questionnaires (their definition as JSON), self-assessments
 * with answers saved as they go, the action plan, reviews with comments, and certificates with a public
 * verification code. A questionnaire in use cannot be deleted (restrict); an assessment's answers, evidence,
 * actions and review go with it (its files in core/storage are deleted by the use-case that deletes it).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table checklist_questionnaires (
      id uuid primary key default gen_random_uuid(),
      audience text not null check (audience in ('sme', 'large_company', 'administration', 'school', 'kita')),
      version integer not null check (version >= 1),
      definition jsonb not null,
      created_by uuid references users(id) on delete set null,
      created_at timestamptz not null default now(),
      unique (audience, version)
    )`.execute(db);
  await sql`
    create table checklist_assessments (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      questionnaire_id uuid not null references checklist_questionnaires(id) on delete restrict,
      audience text not null check (audience in ('sme', 'large_company', 'administration', 'school', 'kita')),
      size_band text not null check (size_band in ('up_to_9', 'up_to_49', 'up_to_249', 'from_250')),
      sector text not null
        check (sector in ('crafts', 'industry', 'trade', 'services', 'health_social', 'public', 'education')),
      status text not null default 'in_progress' check (status in ('in_progress', 'completed')),
      result jsonb,
      overall_level real,
      reassess_on date,
      started_by uuid references users(id) on delete set null,
      started_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      completed_at timestamptz,
      check ((status = 'completed') = (result is not null and completed_at is not null))
    )`.execute(db);
  await sql`create index checklist_assessments_org on checklist_assessments (organisation_id, started_at desc)`.execute(
    db,
  );
  // The benchmark reads each organisation's latest completed assessment per group.
  await sql`
    create index checklist_assessments_peer on checklist_assessments (audience, size_band, sector, organisation_id,
      completed_at desc) where status = 'completed'`.execute(db);
  await sql`
    create table checklist_answers (
      assessment_id uuid not null references checklist_assessments(id) on delete cascade,
      question_id text not null check (char_length(question_id) <= 64),
      value jsonb not null,
      updated_at timestamptz not null default now(),
      primary key (assessment_id, question_id)
    )`.execute(db);
  // Evidence files live in core/storage under checklists/<assessment>/<question>; this row says what and whose.
  await sql`
    create table checklist_evidence (
      assessment_id uuid not null references checklist_assessments(id) on delete cascade,
      question_id text not null check (char_length(question_id) <= 64),
      storage_key text not null unique,
      file_name text not null check (char_length(file_name) <= 200),
      content_type text not null,
      size_bytes integer not null check (size_bytes > 0),
      uploaded_by uuid references users(id) on delete set null,
      uploaded_at timestamptz not null default now(),
      primary key (assessment_id, question_id)
    )`.execute(db);
  await sql`
    create table checklist_actions (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations(id) on delete cascade,
      assessment_id uuid not null references checklist_assessments(id) on delete cascade,
      dimension text not null,
      measure text not null check (char_length(measure) between 1 and 300),
      owner text not null check (char_length(owner) between 1 and 120),
      due_on date not null,
      status text not null default 'open' check (status in ('open', 'in_progress', 'done')),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table checklist_reviews (
      id uuid primary key default gen_random_uuid(),
      assessment_id uuid not null references checklist_assessments(id) on delete cascade,
      organisation_id uuid not null references organisations(id) on delete cascade,
      status text not null default 'requested'
        check (status in ('requested', 'more_requested', 'approved', 'declined')),
      reviewer_city text,
      requested_by uuid references users(id) on delete set null,
      requested_at timestamptz not null default now(),
      decided_by uuid references users(id) on delete set null,
      decided_at timestamptz
    )`.execute(db);
  // One open review per assessment at a time.
  await sql`
    create unique index checklist_reviews_open on checklist_reviews (assessment_id)
      where status in ('requested', 'more_requested')`.execute(db);
  await sql`
    create table checklist_review_comments (
      id uuid primary key default gen_random_uuid(),
      review_id uuid not null references checklist_reviews(id) on delete cascade,
      author_user_id uuid references users(id) on delete set null,
      side text not null check (side in ('reviewer', 'organisation')),
      body text not null check (char_length(body) between 1 and 2000),
      at timestamptz not null default now()
    )`.execute(db);
  await sql`
    create table checklist_certificates (
      id uuid primary key default gen_random_uuid(),
      review_id uuid not null unique references checklist_reviews(id) on delete cascade,
      organisation_id uuid not null references organisations(id) on delete cascade,
      organisation_name text not null,
      audience text not null,
      level real not null,
      code text not null unique,
      issued_at timestamptz not null default now(),
      valid_until timestamptz not null,
      revoked_at timestamptz,
      reminded_at timestamptz
    )`.execute(db);
}
