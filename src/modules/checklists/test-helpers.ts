import type { Kysely } from 'kysely';
import type { Database, OrganisationType } from '../../core/db/database.js';
import { createOrganisation, createUser } from '../../seed/factories.js';
import { signedInClient } from '../../../tests/setup/sign-in.js';
import type { TestPlatform } from '../../../tests/setup/test-platform.js';
import type { City } from '../../region/index.js';
import { currentQuestionnaire, overallLevel, scoreAssessment, type AnswerValue } from './questionnaires/index.js';
import { answerField } from './schemas.js';
import type { Audience, Sector, SizeBand } from './tables.js';

/** A signed-in admin (or member) of a new, verified organisation. */
export async function staffOf(
  test: TestPlatform,
  email: string,
  options: { type: OrganisationType; city?: City; role?: 'admin' | 'member'; name?: string; organisationId?: string },
) {
  const user = await createUser(test.db, {
    email,
    organisation: options.organisationId
      ? { id: options.organisationId }
      : {
          type: options.type,
          verified_at: new Date(),
          ...(options.city ? { city: options.city } : {}),
          ...(options.name ? { name: options.name } : {}),
        },
    role: options.role ?? 'admin',
  });
  return { user, organisationId: user.organisation?.id ?? '', client: await signedInClient(test, email) };
}

/** Every scored question of a questionnaire answered the same way: 'yes', 'partly' or 'no' (scale and number follow). */
export async function uniformAnswers(db: Kysely<Database>, audience: Audience, choice: 'yes' | 'partly' | 'no') {
  const questionnaire = await currentQuestionnaire(db, audience);
  const answers = new Map<string, AnswerValue>();
  for (const dimension of questionnaire.definition.dimensions)
    for (const question of dimension.questions) {
      if (question.kind === 'yes_partly_no') answers.set(question.id, choice);
      if (question.kind === 'scale') answers.set(question.id, choice === 'yes' ? 5 : choice === 'partly' ? 3 : 1);
      if (question.kind === 'number') answers.set(question.id, choice === 'yes' ? 70 : choice === 'partly' ? 20 : 0);
    }
  return { questionnaire, answers };
}

/** The form fields of one step answered as given. */
export function stepFields(
  questionnaire: Awaited<ReturnType<typeof currentQuestionnaire>>,
  step: number,
  answers: ReadonlyMap<string, AnswerValue>,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const question of questionnaire.definition.dimensions[step - 1]?.questions ?? []) {
    const answer = answers.get(question.id);
    if (answer !== undefined) fields[answerField(question.id)] = String(answer);
  }
  return fields;
}

/** A peer organisation with a completed assessment, written straight into the tables. */
export async function completedPeer(
  db: Kysely<Database>,
  group: { audience: Audience; sizeBand: SizeBand; sector: Sector; type?: OrganisationType },
  choice: 'yes' | 'partly' | 'no',
) {
  const organisation = await createOrganisation(db, { type: group.type ?? 'company' });
  const { questionnaire, answers } = await uniformAnswers(db, group.audience, choice);
  const result = scoreAssessment(questionnaire.definition, answers);
  await db
    .insertInto('checklist_assessments')
    .values({
      organisation_id: organisation.id,
      questionnaire_id: questionnaire.id,
      audience: group.audience,
      size_band: group.sizeBand,
      sector: group.sector,
      status: 'completed',
      result: JSON.stringify(result),
      overall_level: overallLevel(result),
      completed_at: new Date(),
    })
    .execute();
  return organisation;
}

/** A published offer in the catalogue with the given fields of action. */
export async function publishedEntry(
  db: Kysely<Database>,
  options: { title: string; fieldsOfAction: string[]; kind?: 'offer' | 'knowledge' },
) {
  const owner = await createOrganisation(db, { type: 'provider' });
  return db
    .insertInto('catalogue_entries')
    .values({
      kind: options.kind ?? 'offer',
      organisation_id: owner.id,
      status: 'published',
      title: options.title,
      summary: 'Ein Angebot für Betriebe im Ruhrgebiet, die Vielfalt als Stärke nutzen wollen.',
      fields_of_action: options.fieldsOfAction,
      cities: ['essen'],
      published_at: new Date(),
      details: '{}',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
