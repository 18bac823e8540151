import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../core/auth/actor.js';
import { PageContextProvider, type PageContext } from '../core/http/page-context.js';
import { getTranslator } from '../core/i18n/translator.js';
import { DataTable, RowActionForm, type DataTableProps } from './data-table.js';

interface City {
  name: string;
  population: number;
  note: string;
}

const CITIES: City[] = [
  { name: 'Essen', population: 584_000, note: 'Zeche Zollverein' },
  { name: 'Bochum', population: 366_000, note: 'مدينة' },
];

function render(props: Partial<DataTableProps<City>> = {}): string {
  return renderToString(
    <DataTable
      caption="Städte im Ruhrgebiet"
      rows={CITIES}
      rowKey={(city) => city.name}
      columns={[
        { header: 'Stadt', isRowHeader: true, cell: (city) => city.name },
        { header: 'Einwohner', isNumeric: true, cell: (city) => city.population },
        { header: 'Notiz', hasOwnDirection: true, cell: (city, index) => `${index + 1}. ${city.note}` },
      ]}
      {...props}
    />,
  );
}

describe('DataTable', () => {
  it('names the table by its caption, visually hidden unless asked to show it', () => {
    expect(render()).toContain('<caption class="kern-sr-only">Städte im Ruhrgebiet</caption>');
    expect(render({ isCaptionVisible: true })).toContain('<caption class="kern-title">Städte im Ruhrgebiet</caption>');
  });

  it('gives every column header a column scope and the naming cell of each row a row scope', () => {
    const html = render();
    expect([...html.matchAll(/<th scope="col"/g)]).toHaveLength(3);
    expect(html).toContain('<th scope="row" role="rowheader" class="kern-table__cell" data-label="Stadt">Essen</th>');
    expect(html).toContain('<th scope="row" role="rowheader" class="kern-table__cell" data-label="Stadt">Bochum</th>');
    expect(html).not.toContain('<td role="cell" class="kern-table__cell" data-label="Stadt">Essen</td>');
  });

  it('marks numeric columns with KERN classes, in the header and in each cell', () => {
    const html = render();
    expect(html).toContain(
      '<th scope="col" role="columnheader" class="kern-table__header kern-table__header--numeric">Einwohner</th>',
    );
    expect(html).toContain(
      '<td role="cell" class="kern-table__cell kern-table__cell--numeric" data-label="Einwohner">584000</td>',
    );
    expect(html).toContain('<th scope="col" role="columnheader" class="kern-table__header">Stadt</th>');
  });

  it('isolates a cell of text in either direction in a bdi, and passes the row index to the cell', () => {
    expect(render()).toContain('<td role="cell" class="kern-table__cell" data-label="Notiz"><bdi>2. مدينة</bdi></td>');
  });

  it('says the empty message instead of an empty table, and keeps the table when no message is given', () => {
    const empty = render({ rows: [], empty: 'Noch keine Städte.' });
    expect(empty).toBe('<p class="kern-body">Noch keine Städte.</p>');
    const bare = render({ rows: [] });
    expect(bare).toContain('<table');
    expect(bare).toContain('<tbody class="kern-table__body" role="rowgroup"></tbody>');
  });

  it('leaves out columns given as false, with their header', () => {
    const html = render({ columns: [{ header: 'Stadt', isRowHeader: true, cell: (city) => city.name }, false, null] });
    expect([...html.matchAll(/<th scope="col"/g)]).toHaveLength(1);
    expect(html).not.toContain('Einwohner');
  });

  it('carries the id, the small variant and the data attributes of rows', () => {
    const html = render({ id: 'cities', isSmall: true, rowData: (city) => ({ 'data-city': city.name.toLowerCase() }) });
    expect(html).toContain('<table class="kern-table kern-table--small vr-table" id="cities" role="table">');
    expect(html).toContain('<tr class="kern-table__row" role="row" data-city="essen">');
    expect(render()).toContain('<table class="kern-table vr-table" role="table">');
  });

  it('labels every body cell with its column header, for the cards a narrow screen shows', () => {
    const html = render();
    const cells = [...html.matchAll(/<t[dh] (?:scope="row" )?role="(?:cell|rowheader)"[^>]*data-label="([^"]*)"/g)];
    expect(cells.map((cell) => cell[1])).toEqual(['Stadt', 'Einwohner', 'Notiz', 'Stadt', 'Einwohner', 'Notiz']);
    expect(html).toContain('<thead class="kern-table__head" role="rowgroup"><tr class="kern-table__row" role="row">');
  });
});

describe('RowActionForm', () => {
  it('posts with the CSRF token and a button named after its row', () => {
    const i18n = getTranslator('de');
    const context: PageContext = {
      i18n,
      t: i18n.t,
      actor: ANONYMOUS,
      csrfToken: 'token-123',
      path: '/',
      search: '',
      isProduction: false,
      flash: null,
      navigation: [],
    };
    const html = renderToString(
      <PageContextProvider.Provider value={context}>
        <RowActionForm action="/de/suche/gespeichert/1/loeschen" label="„Essen“ löschen" />
      </PageContextProvider.Provider>,
    );
    expect(html).toContain('<form method="post" action="/de/suche/gespeichert/1/loeschen" class="vr-inline-form">');
    expect(html).toContain('<input type="hidden" name="_csrf" value="token-123"/>');
    expect(html).toContain(
      '<button type="submit" class="kern-btn kern-btn--tertiary kern-btn--x-small"><span class="kern-label">„Essen“ löschen</span></button>',
    );
  });
});
