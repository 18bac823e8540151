import { describe, expect, it } from 'vitest';
import { assemblePlatform } from '../../platform.js';
import type { UserActor } from '../auth/actor.js';
import type { PlatformModule } from './platform-module.js';
import { countedItem, itemsByStatus, startPageSectionsFor, type StartPageSection } from './start-page.js';

const actor: UserActor = {
  kind: 'user',
  userId: 'u1',
  sessionId: 's1',
  email: 'a@mail.example',
  displayName: 'A',
  locale: 'de',
  isEmailVerified: true,
  organisation: null,
  isPlatformAdmin: false,
};

function section(id: string, order: number, isVisible: StartPageSection['isVisible'] = () => true): StartPageSection {
  return {
    id,
    order,
    headingKey: `${id}.heading`,
    isVisible,
    load: () => Promise.resolve({ items: [], empty: { textKey: 'x' } }),
  };
}

describe('start page contributions', () => {
  it('keeps the sections the viewer may see, smallest order first', () => {
    const sections = [section('b', 20), section('hidden', 5, () => false), section('a', 10), section('c', 20)];
    expect(startPageSectionsFor(sections, { actor, isProduction: false }).map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });

  it('writes a line only for something to count, one per status in the statuses order', () => {
    expect(countedItem(0, { labelKey: 'k', path: '/p' })).toEqual([]);
    expect(countedItem(3, { labelKey: 'k', path: '/p', needsAction: true })).toEqual([
      { labelKey: 'k', path: '/p', needsAction: true, count: 3 },
    ]);
    const rows = [{ status: 'published' }, { status: 'draft' }, { status: 'published' }] as const;
    expect(
      itemsByStatus(['draft', 'in_review', 'published'], rows, (status) => ({ labelKey: status, path: '/e' })),
    ).toEqual([
      { labelKey: 'draft', path: '/e', count: 1 },
      { labelKey: 'published', path: '/e', count: 2 },
    ]);
  });

  it("gathers every module's sections, figures and lists in module order", () => {
    const figure = { id: 'f', order: 1, labelKey: 'f', path: '/f', load: () => Promise.resolve(1) };
    const list = {
      id: 'l',
      order: 1,
      headingKey: 'l',
      emptyKey: 'l.empty',
      more: { labelKey: 'l.more', path: '/l' },
      load: () => Promise.resolve([]),
    };
    const base = { register: () => Promise.resolve(), messages: '/nowhere' };
    const modules: PlatformModule[] = [
      { ...base, name: 'one', startPage: [section('one.a', 1)], homePage: { figures: [figure] } },
      { ...base, name: 'two' },
      { ...base, name: 'three', startPage: [section('three.a', 1)], homePage: { lists: [list] } },
    ];
    const { startPages } = assemblePlatform(modules);
    expect(startPages.sections.map((s) => s.id)).toEqual(['one.a', 'three.a']);
    expect(startPages.figures).toEqual([figure]);
    expect(startPages.lists).toEqual([list]);
  });
});
