import { describe, expect, it } from 'vitest';
import type { Position } from '../tables.js';
import { positionJsonLd } from './json-ld.js';
import { isExpired, todayString } from './records.js';

/** A `date` column as node-postgres reads it: midnight in the server's own zone. */
function dateColumn(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date);
}

function position(deadline: string, publishedAt = new Date('2026-05-04T10:00:00Z')): Position {
  return {
    id: '00000000-0000-0000-0000-000000000001',
    organisation_id: '00000000-0000-0000-0000-000000000002',
    kind: 'apprenticeship',
    occupation_id: 'mechatroniker',
    title: 'Ausbildung Mechatroniker/-in',
    description: '',
    city: 'essen',
    postcode: '45127',
    address: null,
    starts_on: dateColumn('2026-08-01'),
    places: 1,
    required_certificate: 'none',
    languages: [],
    benefits: [],
    deadline: dateColumn(deadline),
    training_pay: [],
    weekly_hours: null,
    school_name: null,
    school_place: null,
    offer_text: null,
    contact_name: null,
    contact_role: null,
    contact_phone: null,
    contact_email: null,
    status: 'published',
    created_by: null,
    published_at: publishedAt,
    created_at: publishedAt,
    updated_at: publishedAt,
    closed_at: null,
  };
}

describe('positions: deadlines are days in German time', () => {
  it('at 23:30 UTC on 31 May it is already 1 June in the Ruhr', () => {
    const now = new Date('2026-05-31T23:30:00Z');
    expect(todayString(now)).toBe('2026-06-01');
    expect(isExpired(position('2026-05-31'), now)).toBe(true);
    expect(isExpired(position('2026-06-01'), now)).toBe(false);
  });

  it('a deadline of today in Berlin is still open until midnight there', () => {
    // 21:59 UTC in summer is 23:59 in Berlin; 22:00 UTC is the next day.
    expect(isExpired(position('2026-07-15'), new Date('2026-07-15T21:59:00Z'))).toBe(false);
    expect(isExpired(position('2026-07-15'), new Date('2026-07-15T22:00:00Z'))).toBe(true);
    // 22:59 UTC in winter is 23:59 in Berlin; 23:00 UTC is the next day.
    expect(isExpired(position('2026-01-15'), new Date('2026-01-15T22:59:00Z'))).toBe(false);
    expect(isExpired(position('2026-01-15'), new Date('2026-01-15T23:00:00Z'))).toBe(true);
  });

  it('the new year begins at 23:00 UTC', () => {
    expect(isExpired(position('2026-12-31'), new Date('2026-12-31T22:59:00Z'))).toBe(false);
    expect(isExpired(position('2026-12-31'), new Date('2026-12-31T23:00:00Z'))).toBe(true);
  });

  it('on the days of the clock changes the deadline ends at midnight of the new offset', () => {
    expect(isExpired(position('2026-03-29'), new Date('2026-03-29T01:00:00Z'))).toBe(false);
    expect(isExpired(position('2026-03-29'), new Date('2026-03-29T21:59:00Z'))).toBe(false);
    expect(isExpired(position('2026-03-29'), new Date('2026-03-29T22:00:00Z'))).toBe(true);
    expect(isExpired(position('2026-10-25'), new Date('2026-10-25T01:00:00Z'))).toBe(false);
    expect(isExpired(position('2026-10-25'), new Date('2026-10-25T22:59:00Z'))).toBe(false);
    expect(isExpired(position('2026-10-25'), new Date('2026-10-25T23:00:00Z'))).toBe(true);
  });
});

describe('positions: JobPosting JSON-LD', () => {
  const options = {
    organisation: { name: 'Hafen GmbH', profileUrl: 'https://example.org/de/firmen/2', website: null },
    url: 'https://example.org/de/stellen/1',
  };

  it('validThrough carries +02:00 for a summer deadline and +01:00 for a winter one', () => {
    expect(positionJsonLd(position('2026-07-15'), options).validThrough).toBe('2026-07-15T23:59:59+02:00');
    expect(positionJsonLd(position('2026-01-15'), options).validThrough).toBe('2026-01-15T23:59:59+01:00');
  });

  it('takes the offset of the end of the day on the days of the clock changes', () => {
    expect(positionJsonLd(position('2026-03-29'), options).validThrough).toBe('2026-03-29T23:59:59+02:00');
    expect(positionJsonLd(position('2026-10-25'), options).validThrough).toBe('2026-10-25T23:59:59+01:00');
  });

  it('dates the posting in German time with the offset of that moment', () => {
    const lateOnMay31 = new Date('2026-05-31T23:30:00Z');
    expect(positionJsonLd(position('2026-07-15', lateOnMay31), options).datePosted).toBe('2026-06-01T01:30:00+02:00');
    const inJanuary = new Date('2026-01-10T23:30:00Z');
    expect(positionJsonLd(position('2026-07-15', inJanuary), options).datePosted).toBe('2026-01-11T00:30:00+01:00');
  });
});
