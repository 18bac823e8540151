import { days } from '../../../core/time/durations.js';
import { countBits, emptyBitSet, hasSlot, intersect, slotsOf, without, type BitSet } from './bit-set.js';
import type { SearchCriteria } from './schemas.js';
import type { SearchSnapshot } from './search-state.js';

// The order of a catalogue search's hits (decision 040): which of them fill the first pages, exactly
// as sorting every hit would, without sorting every hit.

/** The freshness factor's half-life in seconds (two years); scores of the future count as now. */
const HALF_LIFE_S = days(2 * 365) / 1000;
/** What a query word adds to the text score where it occurs: title, summary, elsewhere. */
const WORD_WEIGHT = { title: 1.0, summary: 0.4, body: 0.2 } as const;

/** A query word's entries: where it occurs at all, in titles or summaries, in titles (null: nowhere). */
export interface WordSets {
  term: BitSet | null;
  rank: BitSet | null;
  title: BitSet | null;
}

interface Ranked {
  slot: number;
  score: number;
}

/**
 * The first `need` hits in the chosen order (decision 040). Newest and title: the state holds the
 * public entries in that order; the first `need` that are hits are the page's. Relevance: the score
 * is the text score times a freshness factor that falls with age. The text score's best value
 * differs by tier — every word in a title: 1; every word in a title or summary; some word only
 * elsewhere — so each tier is scored from its freshest hit on, best tier first, and once the page is
 * full, the first hit whose factor times its tier's best is below the page's last score ends that
 * tier: no older hit of it can reach the page. A small tier is simply scored whole (SCAN_COST).
 */
export function firstHits(
  snapshot: SearchSnapshot,
  hits: BitSet,
  sort: SearchCriteria['sort'],
  words: readonly WordSets[],
  need: number,
): number[] {
  const { state } = snapshot;
  if (sort !== 'relevance') {
    const taken: number[] = [];
    for (const slot of state.order(sort)) {
      if (!hasSlot(hits, slot)) continue;
      taken.push(slot);
      if (taken.length === need) break;
    }
    return taken;
  }
  const worse = (a: Ranked, b: Ranked) =>
    a.score !== b.score
      ? a.score < b.score
      : (state.published[a.slot] ?? 0) !== (state.published[b.slot] ?? 0)
        ? (state.published[a.slot] ?? 0) < (state.published[b.slot] ?? 0)
        : (state.ids[a.slot] ?? '') > (state.ids[b.slot] ?? '');
  const page = new BoundedHeap<Ranked>(need, worse);
  const none = emptyBitSet(state.words);
  const allOf = (dim: 'title' | 'rank') => words.reduce((all, word) => intersect(all, word[dim] ?? none), hits);
  const inTitles = allOf('title');
  const inSummaries = allOf('rank');
  const k = words.length;
  const tiers: [BitSet, number][] = [
    [inTitles, WORD_WEIGHT.title],
    [without(inSummaries, inTitles), (k - 1 + WORD_WEIGHT.summary) / k],
    [without(hits, inSummaries), (k - 1 + WORD_WEIGHT.body) / k],
  ];
  const score = (slot: number): Ranked => {
    const ageS = (snapshot.now - (state.fresh[slot] ?? 0)) / 1e6;
    let text = 0;
    for (const word of words)
      text +=
        word.title !== null && hasSlot(word.title, slot)
          ? WORD_WEIGHT.title
          : word.rank !== null && hasSlot(word.rank, slot)
            ? WORD_WEIGHT.summary
            : WORD_WEIGHT.body;
    return { slot, score: (text / k) * freshness(ageS) };
  };
  for (const [tier, best] of tiers) {
    const count = countBits(tier);
    if (count === 0) continue;
    if (count * SCAN_COST <= state.liveSlots.length) {
      for (const slot of slotsOf(tier)) page.offer(score(slot));
      continue;
    }
    for (const slot of state.order('freshness')) {
      if (!hasSlot(tier, slot)) continue;
      const last = page.worst();
      if (last !== undefined && page.isFull()) {
        const bound = best * freshness((snapshot.now - (state.fresh[slot] ?? 0)) / 1e6);
        if (bound + EPSILON < last.score) break;
      }
      page.offer(score(slot));
    }
  }
  return page.sorted().map((ranked) => ranked.slot);
}

/** Room for rounding when a tier's best score is compared with a real one (sums in another order). */
const EPSILON = 1e-9;

/**
 * A tier is scored whole when that costs less than scanning all public entries in the order of
 * freshness: scoring a hit costs about this many times the check of one entry in the scan.
 */
const SCAN_COST = 8;

/** The freshness factor for an age in seconds: 1 now (or in the future), ½ after the half-life. */
const freshness = (ageS: number) => 1.0 / (1.0 + Math.max(0, ageS) / HALF_LIFE_S);

/** The `capacity` best items offered, kept in a heap with the worst on top. */
class BoundedHeap<T> {
  private readonly items: T[] = [];
  constructor(
    private readonly capacity: number,
    private readonly worse: (a: T, b: T) => boolean,
  ) {}

  isFull(): boolean {
    return this.items.length >= this.capacity;
  }

  worst(): T | undefined {
    return this.items[0];
  }

  offer(item: T): void {
    const items = this.items;
    if (items.length < this.capacity) {
      items.push(item);
      this.up(items.length - 1);
    } else if (items[0] !== undefined && this.worse(items[0], item)) {
      items[0] = item;
      this.down(0);
    }
  }

  /** Best first. */
  sorted(): T[] {
    return [...this.items].sort((a, b) => (this.worse(a, b) ? 1 : this.worse(b, a) ? -1 : 0));
  }

  private up(index: number): void {
    const items = this.items;
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const [child, above] = [items[i] as T, items[parent] as T];
      if (!this.worse(child, above)) break;
      items[i] = above;
      items[parent] = child;
      i = parent;
    }
  }

  private down(index: number): void {
    const items = this.items;
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < items.length && this.worse(items[left] as T, items[worst] as T)) worst = left;
      if (right < items.length && this.worse(items[right] as T, items[worst] as T)) worst = right;
      if (worst === i) return;
      const moved = items[i] as T;
      items[i] = items[worst] as T;
      items[worst] = moved;
      i = worst;
    }
  }
}
