import { describe, expect, it } from 'vitest';
import { watchDiskSpace } from './disk-space.js';

describe('watchDiskSpace', () => {
  it('reports low space below the minimum and recovers once space is freed, looking at most once per interval', () => {
    let free = 500;
    let clock = 0;
    let looks = 0;
    const space = watchDiskSpace('/data', {
      minFreeBytes: 100,
      checkEveryMs: 1000,
      now: () => clock,
      measure: () => {
        looks += 1;
        return free;
      },
    });
    expect(space.isLow()).toBe(false);
    free = 50;
    expect(space.isLow()).toBe(false);
    clock = 1000;
    expect(space.isLow()).toBe(true);
    expect(space.freeBytes()).toBe(50);
    free = 800;
    clock = 2500;
    expect(space.isLow()).toBe(false);
    expect(looks).toBe(3);
  });

  it('measures the real file system by default', () => {
    const space = watchDiskSpace('.', { minFreeBytes: 1 });
    expect(space.freeBytes()).toBeGreaterThan(0);
    expect(space.isLow()).toBe(false);
  });
});
