import { describe, expect, it } from 'vitest';
import { toHsdsService, type OfferSource } from './hsds.js';

function offer(validUntil: string): OfferSource {
  const [year, month, day] = validUntil.split('-').map(Number) as [number, number, number];
  return {
    id: '00000000-0000-0000-0000-000000000001',
    organisation_id: '00000000-0000-0000-0000-000000000002',
    title: 'Sprachcafé',
    summary: '',
    body: '',
    website: null,
    contact_email: null,
    contact_phone: null,
    cost: null,
    languages: [],
    cities: [],
    target_groups: [],
    // A `date` column as node-postgres reads it: midnight in the server's own zone.
    valid_until: new Date(year, month - 1, day),
    updated_at: new Date('2026-05-01T08:00:00Z'),
    last_confirmed_at: new Date('2026-05-31T23:30:00Z'),
  };
}

describe('HSDS: dates in German time', () => {
  it('at 23:30 UTC on 31 May an offer valid until 31 May has ended, and the assured date is 1 June', () => {
    const lateOnMay31 = new Date('2026-05-31T23:30:00Z');
    const ended = toHsdsService(offer('2026-05-31'), 'https://example.org/a', lateOnMay31);
    expect(ended.status).toBe('inactive');
    expect(ended.assured_date).toBe('2026-06-01');
    expect(toHsdsService(offer('2026-06-01'), 'https://example.org/a', lateOnMay31).status).toBe('active');
  });
});
