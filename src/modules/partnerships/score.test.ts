import { describe, expect, it } from 'vitest';
import { scoreFit } from './score.js';

describe('partnership fit score', () => {
  const school = { activities: ['workplace_visit', 'internship'] as const, months: [1, 2], pupils: 20 };

  it('is no match without a shared activity', () => {
    expect(scoreFit(school, { activities: ['parents_evening'], months: [1, 2], pupils: 30 }, 2)).toBeNull();
  });

  it('gives 100 for everything sought, all months, room for all pupils, next door', () => {
    const fit = scoreFit(school, { activities: ['internship', 'workplace_visit'], months: [1, 2, 3], pupils: 25 }, 0);
    expect(fit?.total).toBe(100);
    expect(fit?.shared).toEqual(['workplace_visit', 'internship']);
  });

  it('weighs half the activities, one month of two, half the pupils and 25 km', () => {
    const fit = scoreFit(school, { activities: ['internship'], months: [2, 7], pupils: 10 }, 25);
    // 0.4·0.5 + 0.25·0.5 + 0.15·0.5 + 0.2·0.5 = 0.5
    expect(fit?.total).toBe(50);
    expect(fit?.sharedMonths).toEqual([2]);
  });

  it('counts an unknown distance as nothing, never as near', () => {
    const near = scoreFit(school, { activities: ['internship'], months: [1], pupils: 20 }, 1);
    const unknown = scoreFit(school, { activities: ['internship'], months: [1], pupils: 20 }, null);
    expect(unknown!.total).toBeLessThan(near!.total);
    expect(unknown!.parts.distance).toBe(0);
  });
});
