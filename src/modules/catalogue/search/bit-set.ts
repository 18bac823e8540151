/**
 * Sets of search slots as bits in 32-bit words: slot s is bit (s & 31) of word (s >>> 5). All sets
 * of one search state have the same number of words, so AND, OR and counting are word by word.
 */
export type BitSet = Uint32Array;

export const emptyBitSet = (words: number): BitSet => new Uint32Array(words);

export const wordsFor = (slots: number): number => Math.max(1, Math.ceil(slots / 32));

export function hasSlot(set: BitSet, slot: number): boolean {
  return ((set[slot >>> 5] ?? 0) & (1 << (slot & 31))) !== 0;
}

export function addSlot(set: BitSet, slot: number): void {
  set[slot >>> 5] = (set[slot >>> 5] ?? 0) | (1 << (slot & 31));
}

// The loops below read within both sets' length, so an element is never undefined ("as number").

/** a & b as a new set. */
export function intersect(a: BitSet, b: BitSet): BitSet {
  const out = new Uint32Array(a.length);
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) out[i] = (a[i] as number) & (b[i] as number);
  return out;
}

/** a | b as a new set. */
export function unite(a: BitSet, b: BitSet): BitSet {
  const out = a.slice();
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) out[i] = (a[i] as number) | (b[i] as number);
  return out;
}

/** a & ~b as a new set. */
export function without(a: BitSet, b: BitSet): BitSet {
  const out = a.slice();
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) out[i] = (a[i] as number) & ~(b[i] as number);
  return out;
}

/** The number of bits set in a 32-bit word. */
function bitsIn(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

export function countBits(set: BitSet): number {
  let n = 0;
  for (let i = 0; i < set.length; i++) {
    const word = set[i] as number;
    if (word !== 0) n += bitsIn(word);
  }
  return n;
}

/** The number of slots in both a and b, without building the intersection. */
export function countBoth(a: BitSet, b: BitSet): number {
  let n = 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const word = (a[i] as number) & (b[i] as number);
    if (word !== 0) n += bitsIn(word);
  }
  return n;
}

/** The slots of a set, in ascending order. */
export function slotsOf(set: BitSet): number[] {
  const slots: number[] = [];
  for (let i = 0; i < set.length; i++) {
    let word = set[i] ?? 0;
    while (word !== 0) {
      const lowest = word & -word;
      slots.push(i * 32 + 31 - Math.clz32(lowest));
      word ^= lowest;
    }
  }
  return slots;
}

/** Each byte with its bits in reverse order: PostgreSQL numbers a bit string's bits from the left. */
const REVERSED = Uint8Array.from({ length: 256 }, (_, byte) => {
  let reversed = 0;
  for (let bit = 0; bit < 8; bit++) if (byte & (1 << bit)) reversed |= 1 << (7 - bit);
  return reversed;
});

/**
 * A `bit varying` in PostgreSQL's binary form (varbit_send: the length as a 4-byte integer, then the
 * bits from the left, bit 0 first) as a set of `words` words; bits beyond them are left out.
 */
export function fromPostgresBits(binary: Uint8Array, words: number): BitSet {
  const set = new Uint32Array(words);
  const bytes = Math.min(binary.length - 4, words * 4);
  for (let i = 0; i < bytes; i++) {
    const byte = binary[4 + i] ?? 0;
    if (byte !== 0) set[i >>> 2] = (set[i >>> 2] ?? 0) | ((REVERSED[byte] ?? 0) << ((i & 3) << 3));
  }
  return set;
}
