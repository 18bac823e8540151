import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../core/auth/actor.js';
import { PageContextProvider, type PageContext } from '../core/http/page-context.js';
import { getTranslator } from '../core/i18n/translator.js';
import type { LocaleCode } from '../core/i18n/locales.js';
import { PageQuerySchema, pageWindow } from '../core/paging.js';
import { Pagination, pageNumbers } from './pagination.js';

function render(page: number, pageCount: number, search = '', lang: LocaleCode = 'de'): string {
  const i18n = getTranslator(lang);
  const context: PageContext = {
    i18n,
    t: i18n.t,
    actor: ANONYMOUS,
    csrfToken: '',
    path: '/verwaltung/protokoll',
    search,
    isProduction: false,
    flash: null,
    navigation: [],
  };
  return renderToString(
    <PageContextProvider.Provider value={context}>
      <Pagination page={page} pageCount={pageCount} />
    </PageContextProvider.Provider>,
  );
}

const hrefs = (html: string): string[] => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1] ?? '');

describe('PageQuerySchema and pageWindow', () => {
  it('reads the page from the query and keeps it within the pages that exist', () => {
    const page = (query: Record<string, unknown>): number => PageQuerySchema.parse(query).seite;
    expect(pageWindow(page({ seite: '2' }), 45, 20)).toEqual({
      page: 2,
      pageCount: 3,
      offset: 20,
      perPage: 20,
      total: 45,
    });
    expect(pageWindow(page({ seite: '9' }), 45, 20).page).toBe(3);
    expect(pageWindow(page({ seite: '0' }), 45, 20).page).toBe(1);
    expect(pageWindow(page({ seite: 'zwei' }), 45, 20).page).toBe(1);
    expect(pageWindow(page({}), 45, 20).page).toBe(1);
    expect(PageQuerySchema.parse({ seite: '2', stadt: 'essen' })).toEqual({ seite: 2, stadt: 'essen' });
    expect(pageWindow(1, 0, 20)).toEqual({ page: 1, pageCount: 1, offset: 0, perPage: 20, total: 0 });
  });
});

describe('pageNumbers', () => {
  it('shows the first, the last and the neighbours of the current page, a gap of one page filled in', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageNumbers(1, 5)).toEqual([1, 2, null, 5]);
    expect(pageNumbers(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageNumbers(10, 10)).toEqual([1, null, 9, 10]);
  });
});

describe('Pagination', () => {
  it('says nothing for a list that fits on one page', () => {
    expect(render(1, 1)).toBe('');
  });

  it('is a named navigation whose current page carries aria-current, with previous and next links', () => {
    const html = render(2, 3);
    expect(html).toContain('<nav class="vr-pagination" aria-label="Seiten">');
    expect(html).toContain('Seite 2 von 3');
    expect(html).toContain('aria-label="Seite 2" aria-current="page">2</a>');
    expect(html).toContain('rel="prev">Vorherige Seite</a>');
    expect(html).toContain('rel="next">Nächste Seite</a>');
    expect([...html.matchAll(/aria-current/g)]).toHaveLength(1);
  });

  it('links to the same address with only the page changed, keeping the other parameters', () => {
    const html = render(2, 3, '?aktion=login&seite=2&stadt=essen');
    expect(hrefs(html)).toEqual([
      '/de/verwaltung/protokoll?aktion=login&amp;stadt=essen',
      '/de/verwaltung/protokoll?aktion=login&amp;stadt=essen',
      '/de/verwaltung/protokoll?aktion=login&amp;seite=2&amp;stadt=essen',
      '/de/verwaltung/protokoll?aktion=login&amp;seite=3&amp;stadt=essen',
      '/de/verwaltung/protokoll?aktion=login&amp;seite=3&amp;stadt=essen',
    ]);
  });

  it('leaves out the previous link on the first page and the next link on the last', () => {
    expect(render(1, 3)).not.toContain('rel="prev"');
    expect(render(3, 3)).not.toContain('rel="next"');
  });

  it('speaks the language of the page', () => {
    const html = render(1, 2, '', 'ar');
    expect(html).toContain('aria-label="الصفحات"');
    expect(html).toContain('href="/ar/verwaltung/protokoll?seite=2"');
  });
});
