import { findArea, type Area } from '../areas.js';
import type { IndicatorDefinition, Unit } from '../indicators.js';
import { readCell, readYear, type OfficialTable, type Sign } from './official-csv.js';

/** Which column holds what; remembered per source table. Columns count from 0. */
export interface ImportMapping {
  areaColumn: number;
  /** The column with the reference date or year; null when the whole table is for `fixedYear`. */
  timeColumn: number | null;
  fixedYear: number | null;
  valueColumn: number;
  /** A column naming each value's unit ("%", "Anzahl"), when the table has one. */
  unitColumn: number | null;
}

export const PROBLEM_CODES = [
  'wrong_width',
  'unknown_area',
  'invalid_year',
  'invalid_number',
  'duplicate',
  'out_of_range',
  'unit_mismatch',
  'exists',
  'no_rows',
  'column_missing',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One problem of the file, with the line it is on (the header's line for a problem of a column). */
export interface ImportProblem {
  line: number;
  code: ProblemCode;
  /** The cell as written, so the list says what was found. */
  cell: string;
}

export interface CheckedRow {
  line: number;
  area: Area;
  year: number;
  /** Null for a sign other than zero (unknown, secret, not available). */
  value: number | null;
  sign: Sign | null;
}

/** The unit a header or unit cell names, if it names one. */
export function unitNamed(text: string): Unit | null {
  if (/%|prozent|anteil|quote|percent/iu.test(text)) return 'percent';
  if (/anzahl|personen|\bzahl\b|count|insgesamt/iu.test(text)) return 'count';
  return null;
}

const cellAt = (cells: readonly string[], column: number | null) => (column === null ? '' : (cells[column] ?? ''));

/**
 * Every problem of a mapped table, each with its line; the rows are only of use when there is no
 * problem at all (the import saves all or nothing). `existing` holds "area:year" of the values the
 * indicator already has: an import never overwrites one (a change is a correction with a reason).
 */
export function checkRows(options: {
  table: OfficialTable;
  mapping: ImportMapping;
  indicator: IndicatorDefinition;
  existing: ReadonlySet<string>;
}): { rows: CheckedRow[]; problems: ImportProblem[] } {
  const { table, mapping, indicator, existing } = options;
  const problems: ImportProblem[] = [];
  const width = table.columns.length;
  for (const column of [mapping.areaColumn, mapping.valueColumn, mapping.timeColumn, mapping.unitColumn]) {
    if (column !== null && (column < 0 || column >= width))
      problems.push({ line: table.headerLine, code: 'column_missing', cell: String(column + 1) });
  }
  if (problems.length > 0) return { rows: [], problems };
  if (table.rows.length === 0) return { rows: [], problems: [{ line: table.headerLine, code: 'no_rows', cell: '' }] };

  const headerUnit = unitNamed(table.columns[mapping.valueColumn] ?? '');
  if (headerUnit && headerUnit !== indicator.unit)
    problems.push({ line: table.headerLine, code: 'unit_mismatch', cell: table.columns[mapping.valueColumn]! });

  const rows: CheckedRow[] = [];
  const seen = new Set<string>();
  for (const { line, cells } of table.rows) {
    if (cells.length !== width) {
      problems.push({ line, code: 'wrong_width', cell: cells.join(';') });
      continue;
    }
    const areaCell = cellAt(cells, mapping.areaColumn);
    const area = findArea(areaCell);
    if (!area) problems.push({ line, code: 'unknown_area', cell: areaCell });
    const timeCell = cellAt(cells, mapping.timeColumn);
    const year = mapping.timeColumn === null ? mapping.fixedYear : readYear(timeCell);
    if (year === null) problems.push({ line, code: 'invalid_year', cell: timeCell });
    const unitCell = cellAt(cells, mapping.unitColumn);
    const rowUnit = mapping.unitColumn === null ? null : unitNamed(unitCell);
    if (mapping.unitColumn !== null && rowUnit !== indicator.unit)
      problems.push({ line, code: 'unit_mismatch', cell: unitCell });
    const valueCell = cellAt(cells, mapping.valueColumn);
    const read = readCell(valueCell);
    if (read.kind === 'invalid') problems.push({ line, code: 'invalid_number', cell: valueCell });
    const value = read.kind === 'number' ? read.value : read.kind === 'sign' && read.sign === 'zero' ? 0 : null;
    if (indicator.unit === 'percent' && value !== null && (value < 0 || value > 100))
      problems.push({ line, code: 'out_of_range', cell: valueCell });
    if (indicator.unit === 'count' && value !== null && (value < 0 || !Number.isInteger(value)))
      problems.push({ line, code: 'out_of_range', cell: valueCell });
    if (!area || year === null || read.kind === 'invalid') continue;
    const key = `${area}:${year}`;
    if (seen.has(key)) problems.push({ line, code: 'duplicate', cell: `${areaCell} ${timeCell}`.trim() });
    else if (existing.has(key)) problems.push({ line, code: 'exists', cell: `${areaCell} ${timeCell}`.trim() });
    seen.add(key);
    rows.push({ line, area, year, value, sign: read.kind === 'sign' ? read.sign : null });
  }
  return { rows, problems };
}

/** A first guess of the mapping from the column names, for a table seen for the first time. */
export function guessMapping(table: OfficialTable): ImportMapping {
  const named = (pattern: RegExp) => {
    const index = table.columns.findIndex((column) => pattern.test(column));
    return index < 0 ? null : index;
  };
  const areaColumn = named(/gebiet|kreis|gemeinde|stadt|region|ags|schlüssel|area/iu) ?? 0;
  const timeColumn = named(/jahr|stichtag|datum|zeit|year|date/iu);
  const unitColumn = named(/^einheit$|^unit$/iu);
  const lastValue = table.columns.length - 1;
  const valueColumn =
    [...table.columns.keys()]
      .reverse()
      .find((index) => index !== areaColumn && index !== timeColumn && index !== unitColumn) ?? lastValue;
  return { areaColumn, timeColumn, fixedYear: null, valueColumn, unitColumn };
}
