import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProfileFormSchema } from './schemas.js';

const PROFILE = {
  interest_1: 'mechatroniker',
  certificate: 'msa',
  language_1_code: 'de',
  language_1_level: 'C1',
  postcode: '45879',
  travel_km: '25',
  available_from: '2099-07-01',
  full_name: 'Aylin Kaya',
};

function birthDateIssues(birthDate: string): string[] {
  const result = ProfileFormSchema.safeParse({ ...PROFILE, birth_date: birthDate });
  if (!result.success) return result.error.issues.filter((i) => i.path[0] === 'birth_date').map((i) => i.message);
  return [];
}

describe('profiles: a birth date may not lie in the future, counted in German time', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('at 23:30 UTC on 31 May a child born on 1 June was born today', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-05-31T23:30:00Z'));
    expect(ProfileFormSchema.safeParse({ ...PROFILE, birth_date: '2008-03-14' }).success).toBe(true);
    expect(birthDateIssues('2026-06-01')).toEqual([]);
    expect(birthDateIssues('2026-06-02')).not.toEqual([]);
  });
});
