import { describe, expect, it } from 'vitest';
import { useTestPlatform } from '../../../tests/setup/test-platform.js';
import { LOCALE_CODES } from '../../core/i18n/locales.js';
import {
  parseQuestionnaireJson,
  scoreAssessment,
  shippedQuestionnaire,
  type AnswerValue,
} from './questionnaires/index.js';
import { AUDIENCES, DIMENSIONS } from './tables.js';
import { completedPeer, staffOf } from './test-helpers.js';
import { sharesInTens } from './use-cases/compute-benchmark.js';

const test = useTestPlatform();

describe('checklists: questionnaires as data', () => {
  it('ships a questionnaire per audience with every dimension and all kinds of questions in seven languages', () => {
    for (const audience of AUDIENCES) {
      const questionnaire = shippedQuestionnaire(audience);
      expect(questionnaire.dimensions.map((dimension) => dimension.id)).toEqual([...DIMENSIONS]);
      const kinds = new Set(questionnaire.dimensions.flatMap((dimension) => dimension.questions.map((q) => q.kind)));
      expect([...kinds].sort()).toEqual(['evidence', 'number', 'scale', 'text', 'yes_partly_no']);
      for (const question of questionnaire.dimensions.flatMap((dimension) => dimension.questions))
        for (const code of LOCALE_CODES) {
          expect(question.text[code].length).toBeGreaterThan(10);
          // A translation is never the German text copied.
          if (code !== 'de') expect(question.text[code]).not.toBe(question.text.de);
        }
    }
  });

  it('scores each dimension by weighted points and names the level by the thresholds', () => {
    const questionnaire = shippedQuestionnaire('sme');
    const answers = new Map<string, AnswerValue>([
      ['s_commitment', 'yes'],
      ['s_responsible', 'no'],
      ['c_trained', 35],
      ['c_leaders', 'partly'],
      ['t_languages', 3],
    ]);
    const result = scoreAssessment(questionnaire, answers);
    // Strategy: 2 of 3 weighted points → 0.667, level 3 (from 0.55).
    expect(result.strategy).toEqual({ score: 0.667, level: 3 });
    // Competence: 35 % reaches two thresholds (2/3 of weight 2) plus half of weight 1 → (4/3 + 0.5) / 3.
    expect(result.competence).toEqual({ score: 0.611, level: 3 });
    // Training: scale 3 → 0.5 of weight 1; the unanswered questions earn nothing.
    expect(result.training.level).toBe(1);
    expect(result.cooperation).toEqual({ score: 0, level: 1 });
  });

  it('rounds benchmark shares to tens that add up to a hundred', () => {
    expect(sharesInTens([1, 1, 1, 0])).toEqual([40, 30, 30, 0]);
    expect(sharesInTens([2, 3, 0, 0])).toEqual([40, 60, 0, 0]);
    expect(sharesInTens([0, 0, 0, 7])).toEqual([0, 0, 0, 100]);
  });

  it('lists every problem of a broken file and stores nothing; a valid file becomes a new version', async () => {
    const broken = shippedQuestionnaire('kita') as unknown as Record<string, unknown>;
    const dimensions = broken.dimensions as { questions: { id: string; text: Record<string, string> }[] }[];
    const first = dimensions[0]!.questions[0]!;
    delete (first.text as Partial<Record<string, string>>).ar;
    delete (dimensions[2]!.questions[0]!.text as Partial<Record<string, string>>).uk;
    const parsed = parseQuestionnaireJson(JSON.stringify(broken));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems).toContainEqual(
        expect.objectContaining({
          path: 'dimensions[0].questions[0].text.ar',
          messageKey: 'checklists_admin.problem.missing',
        }),
      );
      expect(parsed.problems).toContainEqual(
        expect.objectContaining({
          path: 'dimensions[2].questions[0].text.uk',
          messageKey: 'checklists_admin.problem.missing',
        }),
      );
    }
    // Rules across questions are checked once the structure is right.
    const duplicate = shippedQuestionnaire('kita');
    duplicate.dimensions[1]!.questions[0]!.id = duplicate.dimensions[0]!.questions[0]!.id;
    const twice = parseQuestionnaireJson(JSON.stringify(duplicate));
    expect(twice.ok ? [] : twice.problems).toContainEqual(
      expect.objectContaining({
        path: 'dimensions[1].questions[0].id',
        messageKey: 'checklists_admin.problem.duplicate_question',
      }),
    );
    expect(parseQuestionnaireJson('{ nope').ok).toBe(false);

    const admin = await staffOf(test, 'plattform@koordinierung.example', { type: 'cooperation_office' });
    const company = await staffOf(test, 'chef@firma.example', { type: 'company' });
    // The company (not a platform admin) may not import.
    expect((await company.client.postForm('/de/qualitaet/frageboegen/import', { json: '{}' })).statusCode).toBe(403);
    const page = await admin.client.postForm('/de/qualitaet/frageboegen/import', { json: JSON.stringify(broken) });
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('dimensions[0].questions[0].text.ar');
    expect(page.body).toContain('nichts wurde geändert');
    expect(await test.db.selectFrom('checklist_questionnaires').selectAll().execute()).toEqual([]);

    // Version 1 is in use by an assessment; version 2 imports, the in-use version cannot be deleted.
    await completedPeer(
      test.db,
      { audience: 'kita', sizeBand: 'up_to_49', sector: 'education', type: 'provider' },
      'yes',
    );
    const next = { ...shippedQuestionnaire('kita'), version: 2 };
    const imported = await admin.client.postForm('/de/qualitaet/frageboegen/import', { json: JSON.stringify(next) });
    expect(imported.statusCode, imported.body.slice(0, 300)).toBe(303);
    const again = await admin.client.postForm('/de/qualitaet/frageboegen/import', { json: JSON.stringify(next) });
    expect(again.body).toContain('Die Version muss höher sein');
    const versions = await test.db
      .selectFrom('checklist_questionnaires')
      .select(['id', 'version'])
      .orderBy('version')
      .execute();
    expect(versions.map((row) => row.version)).toEqual([1, 2]);
    expect((await admin.client.postForm(`/de/qualitaet/frageboegen/${versions[0]!.id}/loeschen`, {})).statusCode).toBe(
      409,
    );
    const exported = await admin.client.get(`/de/qualitaet/frageboegen/${versions[1]!.id}/export`);
    expect(parseQuestionnaireJson(exported.body).ok).toBe(true);
    expect((await company.client.get(`/de/qualitaet/frageboegen/${versions[1]!.id}/export`)).statusCode).toBe(403);
    expect((await admin.client.postForm(`/de/qualitaet/frageboegen/${versions[1]!.id}/loeschen`, {})).statusCode).toBe(
      303,
    );
  });
});
