import { describe, expect, it } from 'vitest';
import type { UserActor } from '../../core/auth/actor.js';
import { useTestPlatform } from '../../../tests/setup/test-platform.js';
import { countMonthlyCertificates } from '../checklists/index.js';
import { getPlatformOutcomes } from './use-cases/get-platform-outcomes.js';

const test = useTestPlatform();

/** A fixed "now" years ahead, so certificates other tests issue today fall outside the twelve months. */
const NOW = new Date('2031-06-15T10:00:00Z');

let counter = 0;

/** One certificate of an organisation, through a completed assessment and an approved review, as checklists writes it. */
async function certificate(options: {
  organisationId: string;
  questionnaireId: string;
  issuedAt: string;
  validUntil: string;
  revokedAt?: string;
}): Promise<void> {
  counter += 1;
  const assessment = await test.db
    .insertInto('checklist_assessments')
    .values({
      organisation_id: options.organisationId,
      questionnaire_id: options.questionnaireId,
      audience: 'sme',
      size_band: 'up_to_49',
      sector: 'crafts',
      status: 'completed',
      result: JSON.stringify({}),
      overall_level: 3,
      completed_at: new Date(options.issuedAt),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const review = await test.db
    .insertInto('checklist_reviews')
    .values({
      assessment_id: assessment.id,
      organisation_id: options.organisationId,
      status: 'approved',
      decided_at: new Date(options.issuedAt),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await test.db
    .insertInto('checklist_certificates')
    .values({
      review_id: review.id,
      organisation_id: options.organisationId,
      organisation_name: `Betrieb ${counter}`,
      audience: 'sme',
      level: 3,
      code: `TEST-${process.pid}-${counter}`,
      issued_at: new Date(options.issuedAt),
      valid_until: new Date(options.validUntil),
      revoked_at: options.revokedAt ? new Date(options.revokedAt) : null,
    })
    .execute();
}

async function organisation(city: 'essen' | 'dortmund' | 'bochum' | null): Promise<string> {
  counter += 1;
  const row = await test.db
    .insertInto('organisations')
    .values({ name: `Zertifizierter Betrieb ${counter}`, type: 'company', city, verified_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const office: UserActor = {
  kind: 'user',
  userId: '00000000-0000-4000-8000-000000000001',
  sessionId: 'test',
  email: 'koordinierung@certificates.example',
  displayName: 'Koordinierung',
  locale: 'de',
  isEmailVerified: true,
  organisation: {
    id: '00000000-0000-4000-8000-000000000002',
    name: 'Koordinierungsstelle',
    type: 'cooperation_office',
    city: null,
    role: 'admin',
    isVerified: true,
  },
  isPlatformAdmin: false,
};

describe('monitoring: certificates per city and month', () => {
  it('counts issued, expired and revoked certificates in their month of issue, by city, small cells suppressed', async () => {
    const questionnaire = await test.db
      .insertInto('checklist_questionnaires')
      .values({ audience: 'sme', version: 9000 + (process.pid % 999), definition: JSON.stringify({}) })
      .returning('id')
      .executeTakeFirstOrThrow();
    const q = questionnaire.id;
    const essen = await organisation('essen');
    const dortmund = await organisation('dortmund');
    const bochum = await organisation('bochum');
    const nowhere = await organisation(null);

    // Essen, March 2031: three valid, one expired since, one revoked since — five issued.
    for (const day of ['03', '10', '17'])
      await certificate({
        organisationId: essen,
        questionnaireId: q,
        issuedAt: `2031-03-${day}T09:00:00Z`,
        validUntil: '2033-03-01T00:00:00Z',
      });
    await certificate({
      organisationId: essen,
      questionnaireId: q,
      issuedAt: '2031-03-20T09:00:00Z',
      validUntil: '2031-05-01T00:00:00Z',
    });
    await certificate({
      organisationId: essen,
      questionnaireId: q,
      issuedAt: '2031-03-25T09:00:00Z',
      validUntil: '2033-03-25T00:00:00Z',
      revokedAt: '2031-05-02T08:00:00Z',
    });
    // Essen, April 2031: four, a small cell.
    for (const day of ['01', '02', '03', '04'])
      await certificate({
        organisationId: essen,
        questionnaireId: q,
        issuedAt: `2031-04-${day}T09:00:00Z`,
        validUntil: '2033-04-01T00:00:00Z',
      });
    // Dortmund: five issued half an hour after midnight on 1 February in German time (still 31 January in UTC).
    for (let index = 0; index < 5; index += 1)
      await certificate({
        organisationId: dortmund,
        questionnaireId: q,
        issuedAt: '2031-01-31T23:30:00Z',
        validUntil: '2033-02-01T00:00:00Z',
      });
    // Bochum: five issued before the twelve months shown; an organisation without a city: five in March.
    for (let index = 0; index < 5; index += 1) {
      await certificate({
        organisationId: bochum,
        questionnaireId: q,
        issuedAt: '2030-06-20T09:00:00Z',
        validUntil: '2032-06-20T00:00:00Z',
      });
      await certificate({
        organisationId: nowhere,
        questionnaireId: q,
        issuedAt: '2031-03-05T09:00:00Z',
        validUntil: '2033-03-05T00:00:00Z',
      });
    }

    // Checklists' export: counts as they are, per city (of the organisation) and month in German time.
    const counted = await countMonthlyCertificates(test.db, new Date('2030-07-01T00:00:00+02:00'));
    expect(counted.sort((a, b) => `${a.city}${a.month}`.localeCompare(`${b.city}${b.month}`))).toEqual([
      { city: 'dortmund', month: '2031-02', count: 5 },
      { city: 'essen', month: '2031-03', count: 5 },
      { city: 'essen', month: '2031-04', count: 4 },
    ]);

    // Monitoring's view: the twelve months to June 2031, a cell of 1 to 4 suppressed, zero stays zero.
    const outcomes = await getPlatformOutcomes({ services: test.app.services, actor: office, now: NOW });
    expect(outcomes.months[0]).toBe('2030-07');
    expect(outcomes.months.at(-1)).toBe('2031-06');
    const certificates = outcomes.byKind.certificates;
    expect(certificates['2031-03']!.essen).toEqual({ kind: 'count', value: 5 });
    expect(certificates['2031-04']!.essen).toEqual({ kind: 'suppressed' });
    expect(certificates['2031-02']!.dortmund).toEqual({ kind: 'count', value: 5 });
    expect(certificates['2031-01']!.dortmund).toEqual({ kind: 'count', value: 0 });
    expect(certificates['2030-07']!.bochum).toEqual({ kind: 'count', value: 0 });
    expect(Object.values(certificates['2031-03']!).filter((cell) => cell.kind === 'count' && cell.value > 0)).toEqual([
      { kind: 'count', value: 5 },
    ]);
  });
});
