import { describe, expect, it } from 'vitest';
import { boundedMemo } from './bounded-memo.js';
import { holdsContactData } from './contact-data.js';

describe('boundedMemo', () => {
  it('computes each text once while it is remembered, and forgets the least recently used beyond its size', () => {
    const computed: string[] = [];
    const length = boundedMemo((text) => {
      computed.push(text);
      return text.length;
    }, 2);
    expect([length('a'), length('bb'), length('a')]).toEqual([1, 2, 1]);
    expect(computed).toEqual(['a', 'bb']);
    // 'a' was used last, so 'bb' goes when 'ccc' arrives.
    expect(length('ccc')).toBe(3);
    expect(length('a')).toBe(1);
    expect(length('bb')).toBe(2);
    expect(computed).toEqual(['a', 'bb', 'ccc', 'bb']);
  });
});

describe('holdsContactData', () => {
  it('answers as detectContactData does, also when asked again', () => {
    for (let round = 0; round < 2; round++) {
      expect(holdsContactData('Schreib mir: lea (at) mail (punkt) example')).toBe(true);
      expect(holdsContactData('Ich habe zwei Jahre in einer Werkstatt geholfen.')).toBe(false);
    }
  });
});
