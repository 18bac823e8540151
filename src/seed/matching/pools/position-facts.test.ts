import { describe, expect, it } from 'vitest';
import { OCCUPATIONS } from '../../../region/index.js';
import { POSITION_KINDS } from '../../../modules/matching/tables.js';
import { TRADES } from '../../data/trades.js';
import { demoPositionFacts } from './position-facts.js';

const OWNER = {
  id: 'owner',
  name: 'Beispiel Haustechnik GmbH',
  city: 'essen' as const,
  adminId: 'admin',
  trade: TRADES.find((trade) => trade.key === 'shk') ?? TRADES[0]!,
};

describe('demo position facts read true', () => {
  it('every occupation and kind gets facts the position form would accept', () => {
    for (const occupation of OCCUPATIONS)
      for (const kind of POSITION_KINDS) {
        const facts = demoPositionFacts({
          id: `${occupation.id}-${kind}`,
          kind,
          occupationId: occupation.id,
          city: 'essen',
          owner: OWNER,
        });
        const label = `${occupation.id} ${kind}`;
        if (kind === 'apprenticeship' || kind === 'dual_study') {
          expect(facts.training_pay.length, label).toBe(Math.ceil(occupation.durationMonths / 12));
          facts.training_pay.forEach((amount, index) => {
            expect(amount, label).toBeGreaterThanOrEqual(700);
            expect(amount, label).toBeLessThanOrEqual(3000);
            if (index > 0) expect(amount, label).toBeGreaterThan(facts.training_pay[index - 1] as number);
          });
        } else expect(facts.training_pay, label).toEqual([]);
        if (facts.weekly_hours !== null) {
          expect(facts.weekly_hours).toBeGreaterThanOrEqual(15);
          expect(facts.weekly_hours).toBeLessThanOrEqual(40);
        }
        expect(facts.school_name === null, label).toBe(kind !== 'apprenticeship');
        if (facts.contact_name) {
          expect(facts.contact_phone).toMatch(/^\+49 30 23125 \d{3}$/);
          expect(facts.contact_email).toMatch(/@[a-z0-9-]+\.example$/);
        }
      }
  });

  it('the same position always gets the same facts', () => {
    const position = {
      id: 'fixed',
      kind: 'apprenticeship' as const,
      occupationId: 'koch',
      city: 'bochum' as const,
      owner: OWNER,
    };
    expect(demoPositionFacts(position)).toEqual(demoPositionFacts(position));
  });
});
