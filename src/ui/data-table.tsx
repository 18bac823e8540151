import type { ComponentChildren } from 'preact';
import { ButtonForm } from './form.js';

/** One column of a {@link DataTable}: its header and what each row shows in it. */
export interface DataTableColumn<Row> {
  header: string;
  cell: (row: Row, index: number) => ComponentChildren;
  /** The cell that names its row (a title, a name): a row header, so screen readers announce it with every other cell. */
  isRowHeader?: boolean;
  /** Numbers line up at the end of the line, which is the left in right-to-left languages. */
  isNumeric?: boolean;
  /**
   * Text whose direction only its content knows (names, notes typed by people): isolated in a
   * `<bdi>`, so a Latin name keeps its order in an Arabic page and the cell keeps the page's alignment.
   */
  hasOwnDirection?: boolean;
}

export interface DataTableProps<Row> {
  /** What the table lists; screen readers announce it when they enter the table. */
  caption: string;
  /** Shown as the table's title; otherwise read by screen readers only, for a table a heading above already introduces. */
  isCaptionVisible?: boolean;
  /** Columns in reading order; `false` or `null` leaves a column out (e.g. one only some people may see). */
  columns: ReadonlyArray<DataTableColumn<Row> | false | null | undefined>;
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string | number;
  /** Said instead of the table when there are no rows; without it an empty table is shown. */
  empty?: ComponentChildren;
  /** KERN's compact variant, for long lists such as logs. */
  isSmall?: boolean;
  id?: string;
  /** `data-*` attributes of a row, for tests and scripts that look a row up. */
  rowData?: (row: Row) => Record<`data-${string}`, string>;
}

/** KERN's numeric modifier exists for header and body cells alike. */
function cellClass(base: 'kern-table__header' | 'kern-table__cell', isNumeric: boolean | undefined): string {
  return isNumeric ? `${base} ${base}--numeric` : base;
}

/**
 * A list shown as a KERN table: a caption naming it, column headers with scope, one row header per row
 * where a column names the row, and a sentence instead of an empty table. Alignment is left to KERN's
 * classes (the CSP allows no inline style), so one stylesheet rule can turn it into start/end for
 * right-to-left languages.
 *
 * On a narrow screen (public/components.css) each row becomes a card: every cell shows its column's
 * header above its value (from `data-label`, drawn by CSS and hidden from screen readers, which hear
 * the header itself). The explicit table roles keep the table a table for screen readers when the
 * stylesheet displays its parts as blocks, which makes some browsers drop the table semantics.
 */
export function DataTable<Row>({
  caption,
  isCaptionVisible = false,
  columns,
  rows,
  rowKey,
  empty,
  isSmall = false,
  id,
  rowData,
}: DataTableProps<Row>) {
  if (rows.length === 0 && empty !== undefined) return <p class="kern-body">{empty}</p>;
  const shown = columns.filter((column): column is DataTableColumn<Row> => Boolean(column));
  return (
    <div class="vr-table-wrap">
      <table class={isSmall ? 'kern-table kern-table--small vr-table' : 'kern-table vr-table'} id={id} role="table">
        <caption class={isCaptionVisible ? 'kern-title' : 'kern-sr-only'}>{caption}</caption>
        <thead class="kern-table__head" role="rowgroup">
          <tr class="kern-table__row" role="row">
            {shown.map((column, columnIndex) => (
              <th
                scope="col"
                role="columnheader"
                class={cellClass('kern-table__header', column.isNumeric)}
                key={columnIndex}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="kern-table__body" role="rowgroup">
          {rows.map((row, index) => (
            <tr class="kern-table__row" role="row" key={rowKey(row, index)} {...rowData?.(row)}>
              {shown.map((column, columnIndex) => {
                const props = {
                  class: cellClass('kern-table__cell', column.isNumeric),
                  'data-label': column.header,
                  key: columnIndex,
                } as const;
                const content = column.hasOwnDirection ? <bdi>{column.cell(row, index)}</bdi> : column.cell(row, index);
                return column.isRowHeader ? (
                  <th scope="row" role="rowheader" {...props}>
                    {content}
                  </th>
                ) : (
                  <td role="cell" {...props}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A one-button form in a table row (delete, cancel, remove). Its label names the row, since the same word repeated down a column tells a screen reader user nothing. */
export function RowActionForm({ action, label }: { action: string; label: string }) {
  return <ButtonForm action={action} label={label} variant="tertiary" size="x-small" />;
}
