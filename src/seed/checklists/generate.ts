import type { Kysely } from 'kysely';
import type { Database, OrganisationType } from '../../core/db/database.js';
import {
  AUDIENCES_BY_TYPE,
  currentQuestionnaire,
  newCertificateCode,
  overallLevel,
  reviewerCityFor,
  scoreAssessment,
  validUntil,
  type AnswerValue,
  type Audience,
  type Sector,
  type SizeBand,
} from '../../modules/checklists/index.js';
import { FIXED_ORGANISATIONS, PLATFORM_ADMIN_EMAIL } from '../demo-accounts.js';
import { buildOrganisation, createSeedContext } from '../factories.js';
import type { Random } from '../random.js';

/**
 * Checklists demo data: completed self-assessments of well over a hundred fictional organisations across the
 * five audiences (enough for the peer benchmark to show in every audience), some with an earlier assessment to
 * show progress, a few still in progress, and reviews and certificates in every state (requested, asked for
 * more, approved, declined, expired, revoked). See the checklists section of docs/demo-accounts.md.
 */
export interface ChecklistsDataSummary {
  organisations: number;
  assessments: number;
  certificates: Record<'valid' | 'expired' | 'revoked', number>;
  reviews: Record<'requested' | 'more_requested' | 'approved' | 'declined', number>;
}

/** Fictional organisations added per scale so every audience has enough peers. */
const EXTRA_PER_SCALE: readonly (readonly [OrganisationType, Audience, number])[] = [
  ['company', 'sme', 60],
  ['company', 'large_company', 14],
  ['school', 'school', 22],
  ['provider', 'kita', 22],
];

const SECTORS_BY_AUDIENCE: Record<Audience, readonly (readonly [Sector, number])[]> = {
  sme: [
    ['crafts', 4],
    ['trade', 3],
    ['services', 3],
    ['industry', 2],
    ['health_social', 1],
  ],
  large_company: [
    ['industry', 4],
    ['services', 2],
    ['trade', 1],
    ['health_social', 1],
  ],
  administration: [['public', 1]],
  school: [['education', 1]],
  kita: [['education', 1]],
};
const SIZES_BY_AUDIENCE: Record<Audience, readonly (readonly [SizeBand, number])[]> = {
  sme: [
    ['up_to_9', 3],
    ['up_to_49', 4],
    ['up_to_249', 2],
  ],
  large_company: [['from_250', 1]],
  administration: [['from_250', 1]],
  school: [
    ['up_to_49', 1],
    ['up_to_249', 3],
  ],
  kita: [
    ['up_to_9', 1],
    ['up_to_49', 3],
  ],
};

const DAY = 86_400_000;

/** Answers of an organisation whose practice is as mature as `maturity` (0–1), with some spread. */
function answersFor(
  random: Random,
  questionnaire: Awaited<ReturnType<typeof currentQuestionnaire>>,
  maturity: number,
): Map<string, AnswerValue> {
  const answers = new Map<string, AnswerValue>();
  for (const dimension of questionnaire.definition.dimensions) {
    // Organisations are strong in some areas and weak in others.
    const local = Math.min(1, Math.max(0, maturity + (random.next() - 0.5) * 0.5));
    for (const question of dimension.questions) {
      const draw = Math.min(1, Math.max(0, local + (random.next() - 0.5) * 0.4));
      if (question.kind === 'yes_partly_no')
        answers.set(question.id, draw > 0.66 ? 'yes' : draw > 0.33 ? 'partly' : 'no');
      else if (question.kind === 'scale') answers.set(question.id, 1 + Math.round(draw * 4));
      else if (question.kind === 'number') answers.set(question.id, Math.round(draw * 80));
      else if (question.kind === 'text' && random.chance(0.6))
        answers.set(
          question.id,
          random.pick([
            'Wir arbeiten mit dem Kommunalen Integrationszentrum und einem Verein von Eltern mit Zuwanderungsgeschichte zusammen.',
            'Feste Partnerschaft mit einem Berufskolleg: Praktika, Bewerbungstraining und gemeinsame Elternabende.',
            'Austausch im Netzwerk Vielfalt der Kammer, zweimal im Jahr, mit Besuchen in anderen Betrieben.',
            'Eine Migrantenorganisation im Stadtteil berät uns bei mehrsprachigen Informationen.',
          ]),
        );
    }
  }
  return answers;
}

interface Participant {
  id: string;
  name: string;
  type: OrganisationType;
  city: string | null;
  audience: Audience;
}

export async function generateChecklistsData(
  db: Kysely<Database>,
  options: { scale?: number; seed: string | number; log?: (line: string) => void; now?: Date },
): Promise<ChecklistsDataSummary> {
  const scale = options.scale ?? 1;
  const now = options.now ?? new Date();
  const context = createSeedContext(`${String(options.seed)}:checklists`);
  const { random } = context;

  // Fictional organisations that take part only in the checklists (no accounts), so peers are plenty.
  const extra = EXTRA_PER_SCALE.flatMap(([type, audience, count]) =>
    Array.from({ length: count * scale }, () => ({ row: buildOrganisation(context, { type }), audience })),
  );
  for (let start = 0; start < extra.length; start += 500)
    await db
      .insertInto('organisations')
      .values(extra.slice(start, start + 500).map((entry) => entry.row))
      .execute();

  const existing = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'type', 'city'])
    .where('verified_at', 'is not', null)
    .where('type', '<>', 'cooperation_office')
    .execute();
  const extraIds = new Map(extra.map((entry) => [entry.row.id, entry.audience]));
  const fixedCompany = FIXED_ORGANISATIONS.find((fixed) => fixed.key === 'company')?.name;
  const fixedSchool = FIXED_ORGANISATIONS.find((fixed) => fixed.key === 'school')?.name;
  const participants: Participant[] = existing
    // The fixed company starts its own self-assessment in the demo; nothing is prepared for it.
    .filter((organisation) => organisation.name !== fixedCompany)
    .map((organisation) => ({
      ...organisation,
      audience:
        extraIds.get(organisation.id) ??
        (organisation.type === 'municipality'
          ? 'administration'
          : organisation.name.includes('AG') || organisation.name.includes('Ausbildungswerk')
            ? 'large_company'
            : random.pick(AUDIENCES_BY_TYPE[organisation.type])),
    }));

  const questionnaires = new Map<Audience, Awaited<ReturnType<typeof currentQuestionnaire>>>();
  for (const audience of ['sme', 'large_company', 'administration', 'school', 'kita'] as const)
    questionnaires.set(audience, await currentQuestionnaire(db, audience));

  const assessmentRows: {
    id: string;
    organisation_id: string;
    questionnaire_id: string;
    audience: Audience;
    size_band: SizeBand;
    sector: Sector;
    status: 'in_progress' | 'completed';
    result: string | null;
    overall_level: number | null;
    completed_at: Date | null;
    started_at: Date;
    updated_at: Date;
    reassess_on: string | null;
  }[] = [];
  const answerRows: { assessment_id: string; question_id: string; value: string }[] = [];
  const latestCompleted = new Map<string, (typeof assessmentRows)[number]>();

  for (const organisation of participants) {
    const questionnaire = questionnaires.get(organisation.audience);
    if (!questionnaire) continue;
    const sizeBand = random.weighted(SIZES_BY_AUDIENCE[organisation.audience]);
    const sector = random.weighted(SECTORS_BY_AUDIENCE[organisation.audience]);
    const maturity = random.next() * 0.8 + 0.1;
    const rounds = random.chance(0.3) ? [maturity - 0.2, maturity] : [maturity];
    rounds.forEach((level, index) => {
      const isLast = index === rounds.length - 1;
      // A few are still being answered (never a municipality's: the seven cities are all the peers they have).
      const inProgress = isLast && organisation.type !== 'municipality' && random.chance(0.06);
      const completedAt = new Date(now.getTime() - (isLast ? random.int(20, 300) : random.int(400, 700)) * DAY);
      const answers = answersFor(random, questionnaire, Math.max(0.05, level));
      const result = scoreAssessment(questionnaire.definition, answers);
      const id = crypto.randomUUID();
      const row = {
        id,
        organisation_id: organisation.id,
        questionnaire_id: questionnaire.id,
        audience: organisation.audience,
        size_band: sizeBand,
        sector,
        status: inProgress ? ('in_progress' as const) : ('completed' as const),
        result: inProgress ? null : JSON.stringify(result),
        overall_level: inProgress ? null : overallLevel(result),
        completed_at: inProgress ? null : completedAt,
        started_at: new Date(completedAt.getTime() - random.int(2, 20) * DAY),
        updated_at: completedAt,
        reassess_on: inProgress ? null : new Date(completedAt.getTime() + 365 * DAY).toISOString().slice(0, 10),
      };
      assessmentRows.push(row);
      const kept = inProgress ? [...answers].slice(0, 6) : [...answers];
      for (const [questionId, value] of kept)
        answerRows.push({ assessment_id: id, question_id: questionId, value: JSON.stringify(value) });
      if (!inProgress) latestCompleted.set(organisation.id, row);
    });
  }
  for (let start = 0; start < assessmentRows.length; start += 500)
    await db
      .insertInto('checklist_assessments')
      .values(assessmentRows.slice(start, start + 500))
      .execute();
  for (let start = 0; start < answerRows.length; start += 2000)
    await db
      .insertInto('checklist_answers')
      .values(answerRows.slice(start, start + 2000))
      .execute();
  options.log?.(`checklists: ${assessmentRows.length} assessments of ${participants.length} organisations`);

  // Reviews and certificates in every state, by the office (companies, administrations) or the school's city.
  const reviewers = await db
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id as user_id', 'u.email', 'o.type', 'o.city'])
    .where('m.role', '=', 'admin')
    .where('o.type', 'in', ['cooperation_office', 'municipality'])
    .execute();
  const officeReviewer = reviewers.find((reviewer) => reviewer.email === PLATFORM_ADMIN_EMAIL) ?? reviewers[0];
  const reviewerFor = (city: string | null) =>
    (city ? reviewers.find((reviewer) => reviewer.type === 'municipality' && reviewer.city === city) : undefined) ??
    officeReviewer;

  const plan: ('requested' | 'more_requested' | 'approved' | 'declined' | 'expired' | 'revoked')[] = [
    ...Array<'approved'>(10 * scale).fill('approved'),
    ...Array<'requested'>(4 * scale).fill('requested'),
    ...Array<'more_requested'>(2 * scale).fill('more_requested'),
    ...Array<'declined'>(3 * scale).fill('declined'),
    ...Array<'expired'>(2 * scale).fill('expired'),
    ...Array<'revoked'>(1 * scale).fill('revoked'),
  ];
  // The fixed school keeps its completed assessment without a review, so a demo visitor can ask for one.
  const candidates = random
    .shuffle([...latestCompleted.values()])
    .filter((row) => participants.find((p) => p.id === row.organisation_id)?.name !== fixedSchool);
  const summary: ChecklistsDataSummary = {
    organisations: latestCompleted.size,
    assessments: assessmentRows.length,
    certificates: { valid: 0, expired: 0, revoked: 0 },
    reviews: { requested: 0, more_requested: 0, approved: 0, declined: 0 },
  };
  for (const [index, state] of plan.entries()) {
    const assessment = candidates[index];
    if (!assessment || !officeReviewer) break;
    const organisation = participants.find((p) => p.id === assessment.organisation_id);
    if (!organisation) continue;
    const city = reviewerCityFor(organisation.audience, { type: organisation.type, city: organisation.city });
    const reviewer = reviewerFor(city);
    const status = state === 'expired' || state === 'revoked' ? 'approved' : state;
    const requestedAt = new Date((assessment.completed_at ?? now).getTime() + random.int(1, 10) * DAY);
    const decidedAt = new Date(requestedAt.getTime() + random.int(3, 20) * DAY);
    const isDecided = status === 'approved' || status === 'declined';
    const review = await db
      .insertInto('checklist_reviews')
      .values({
        assessment_id: assessment.id,
        organisation_id: assessment.organisation_id,
        status,
        reviewer_city: city,
        requested_at: requestedAt,
        decided_by: isDecided ? (reviewer?.user_id ?? null) : null,
        decided_at: isDecided ? decidedAt : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    summary.reviews[status] += 1;
    if (status === 'more_requested' || status === 'declined')
      await db
        .insertInto('checklist_review_comments')
        .values({
          review_id: review.id,
          author_user_id: reviewer?.user_id ?? null,
          side: 'reviewer',
          body:
            status === 'declined'
              ? 'Die Angaben zur Personalgewinnung sind noch nicht belegt. Bitte reichen Sie die Prüfung nach einem neuen Selbstcheck erneut ein.'
              : 'Bitte beschreiben Sie kurz, wie die mehrsprachigen Informationen erstellt und aktuell gehalten werden.',
          at: decidedAt,
        })
        .execute();
    if (status !== 'approved') continue;
    // Expired certificates were issued more than three years ago (from an earlier round of the programme).
    const issuedAt = state === 'expired' ? new Date(now.getTime() - (3 * 365 + random.int(10, 200)) * DAY) : decidedAt;
    await db
      .insertInto('checklist_certificates')
      .values({
        review_id: review.id,
        organisation_id: assessment.organisation_id,
        organisation_name: organisation.name,
        audience: assessment.audience,
        level: assessment.overall_level ?? 1,
        code: newCertificateCode(),
        issued_at: issuedAt,
        valid_until: validUntil(issuedAt),
        revoked_at: state === 'revoked' ? new Date(now.getTime() - random.int(1, 30) * DAY) : null,
      })
      .execute();
    summary.certificates[state === 'expired' ? 'expired' : state === 'revoked' ? 'revoked' : 'valid'] += 1;
  }
  options.log?.(`checklists: ${Object.values(summary.reviews).reduce((a, b) => a + b, 0)} reviews`);
  return summary;
}
