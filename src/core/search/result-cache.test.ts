import { describe, expect, it } from 'vitest';
import { createResultCache } from './result-cache.js';

describe('search result cache', () => {
  it('serves a result until the write generation changes, then computes it again', async () => {
    let generation = 1;
    let computed = 0;
    const cache = createResultCache<string>({
      maxEntries: 10,
      generation: () => Promise.resolve(String(generation)),
      maxAgeMs: 60_000,
    });
    const compute = () => Promise.resolve(`result ${++computed}`);
    expect(await cache.get('q=Kfz', compute)).toBe('result 1');
    expect(await cache.get('q=Kfz', compute)).toBe('result 1');
    generation = 2;
    expect(await cache.get('q=Kfz', compute)).toBe('result 2');
    expect(computed).toBe(2);
  });

  it('keeps at most maxEntries results, dropping the least recently used', async () => {
    const cache = createResultCache<string>({
      maxEntries: 2,
      generation: () => Promise.resolve('1'),
      maxAgeMs: 60_000,
    });
    await cache.get('a', () => Promise.resolve('A'));
    await cache.get('b', () => Promise.resolve('B'));
    await cache.get('a', () => Promise.resolve('A again'));
    await cache.get('c', () => Promise.resolve('C'));
    expect(cache.size).toBe(2);
    expect(await cache.get('a', () => Promise.resolve('A new'))).toBe('A');
    expect(await cache.get('b', () => Promise.resolve('B new'))).toBe('B new');
  });

  it('does not keep a result computed while a write changed the generation', async () => {
    let generation = 1;
    const cache = createResultCache<string>({
      maxEntries: 10,
      generation: () => Promise.resolve(String(generation)),
      maxAgeMs: 60_000,
    });
    await cache.get('x', () => {
      generation = 2;
      return Promise.resolve('old');
    });
    // The next reader sees generation 2, so the result of generation 1 is gone.
    expect(await cache.get('x', () => Promise.resolve('new'))).toBe('new');
  });

  it('computes a result again once it is older than the age limit, even without a write', async () => {
    let clock = 0;
    let computed = 0;
    const cache = createResultCache<number>({
      maxEntries: 10,
      generation: () => Promise.resolve('1'),
      maxAgeMs: 1000,
      now: () => clock,
    });
    const compute = () => Promise.resolve(++computed);
    expect(await cache.get('q', compute)).toBe(1);
    clock = 1000;
    expect(await cache.get('q', compute)).toBe(1);
    clock = 1001;
    expect(await cache.get('q', compute)).toBe(2);
  });

  it('lets readers that arrive together share one read of the generation, and reads again after it', async () => {
    let reads = 0;
    const cache = createResultCache<string>({
      maxEntries: 10,
      generation: async () => {
        reads += 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
        return '1';
      },
      maxAgeMs: 60_000,
    });
    await Promise.all(Array.from({ length: 20 }, () => cache.get('q', () => Promise.resolve('R'))));
    expect(reads).toBe(1);
    await cache.get('q', () => Promise.resolve('R'));
    expect(reads).toBe(2);
  });
});
