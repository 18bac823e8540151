import { findArea, type Area } from '../areas.js';
import { STORED_INDICATORS, type IndicatorDefinition, type Unit } from '../indicators.js';
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
  /**
   * A long table's column naming each line's indicator (GENESIS "Merkmal", a "Statistik-Code"); null when
   * the whole file is for the import's one indicator.
   */
  indicatorColumn: number | null;
  /** What each code or name of the indicator column means: the cell as written → an indicator key. */
  indicatorCodes: Record<string, string>;
  /** Columns of a sub-dimension (sex, age group, nationality group); a line of totals leaves them "Insgesamt". */
  breakdownColumns: number[];
}

/** A mapping remembered before long tables existed reads as one without indicator and subgroup columns. */
export function completeMapping(stored: Partial<ImportMapping> & Omit<ImportMapping, LongFields>): ImportMapping {
  return {
    ...stored,
    indicatorColumn: stored.indicatorColumn ?? null,
    indicatorCodes: stored.indicatorCodes ?? {},
    breakdownColumns: stored.breakdownColumns ?? [],
  };
}
type LongFields = 'indicatorColumn' | 'indicatorCodes' | 'breakdownColumns';

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
  'unknown_indicator',
  'indicator_missing',
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
  indicatorKey: string;
  /** '' for a total, else the subgroup's cells joined ("weiblich · unter 6 Jahre"). */
  breakdown: string;
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

/** Cells of a sub-dimension that mean "all of them": a line with only these is a total. */
const TOTAL_WORDS = new Set(['', 'insgesamt', 'zusammen', 'gesamt', 'alle', 'total', 'summe']);

/** The subgroup a line is for: '' for totals, else its sub-dimension cells joined, as written. */
export function breakdownOf(cells: readonly string[], columns: readonly number[]): string {
  const parts = columns.map((column) => (cells[column] ?? '').trim());
  if (parts.every((part) => TOTAL_WORDS.has(part.toLowerCase()))) return '';
  return parts.join(' · ').slice(0, 300);
}

/** The key of one value: an import never brings two values for it, nor one that is stored already. */
export const valueKey = (indicatorKey: string, area: string, year: number, breakdown: string) =>
  `${indicatorKey}:${area}:${year}:${breakdown}`;

/** The distinct codes of a long table's indicator column, in the order they first appear. */
export function indicatorCodesOf(table: OfficialTable, column: number | null): string[] {
  if (column === null) return [];
  const codes = new Set<string>();
  for (const row of table.rows) {
    const cell = (row.cells[column] ?? '').trim();
    if (cell) codes.add(cell);
  }
  return [...codes];
}

/**
 * A first guess of what each code means: the catalogue's key ("foreigner_share") or its name as the
 * statistics office writes it (`names`: German name → key), compared without case and spaces.
 */
export function guessIndicatorCodes(
  codes: readonly string[],
  known: Readonly<Record<string, string>>,
  names: ReadonlyMap<string, string>,
): Record<string, string> {
  const simple = (text: string) => text.toLocaleLowerCase('de-DE').replace(/\s+/gu, ' ').trim();
  const guessed: Record<string, string> = {};
  for (const code of codes) {
    const key =
      known[code] ??
      STORED_INDICATORS.find((indicator) => indicator.key === simple(code))?.key ??
      names.get(simple(code));
    if (key) guessed[code] = key;
  }
  return guessed;
}

/**
 * Every problem of a mapped table, each with its line; the rows are only of use when there is no
 * problem at all (the import saves all or nothing). `existing` holds the `valueKey` of the values
 * already stored for the indicators concerned: an import never overwrites one (a change is a
 * correction with a reason). A long table names each line's indicator in `mapping.indicatorColumn`,
 * else every line is for `indicator`.
 */
export function checkRows(options: {
  table: OfficialTable;
  mapping: ImportMapping;
  indicator: IndicatorDefinition | null;
  existing: ReadonlySet<string>;
}): { rows: CheckedRow[]; problems: ImportProblem[] } {
  const { table, mapping, existing } = options;
  const problems: ImportProblem[] = [];
  const width = table.columns.length;
  const mapped = [
    mapping.areaColumn,
    mapping.valueColumn,
    mapping.timeColumn,
    mapping.unitColumn,
    mapping.indicatorColumn,
    ...mapping.breakdownColumns,
  ];
  for (const column of mapped) {
    if (column !== null && (column < 0 || column >= width))
      problems.push({ line: table.headerLine, code: 'column_missing', cell: String(column + 1) });
  }
  if (problems.length > 0) return { rows: [], problems };
  if (table.rows.length === 0) return { rows: [], problems: [{ line: table.headerLine, code: 'no_rows', cell: '' }] };
  if (mapping.indicatorColumn === null && !options.indicator)
    return { rows: [], problems: [{ line: table.headerLine, code: 'indicator_missing', cell: '' }] };

  const headerUnit = unitNamed(table.columns[mapping.valueColumn] ?? '');
  const fixed = mapping.indicatorColumn === null ? options.indicator : null;
  if (fixed && headerUnit && headerUnit !== fixed.unit)
    problems.push({ line: table.headerLine, code: 'unit_mismatch', cell: table.columns[mapping.valueColumn]! });
  const byCode = new Map<string, IndicatorDefinition>();
  for (const [code, key] of Object.entries(mapping.indicatorCodes)) {
    const indicator = STORED_INDICATORS.find((candidate) => candidate.key === key);
    if (indicator) byCode.set(code, indicator);
  }

  const rows: CheckedRow[] = [];
  const seen = new Set<string>();
  for (const { line, cells } of table.rows) {
    if (cells.length !== width) {
      problems.push({ line, code: 'wrong_width', cell: cells.join(';') });
      continue;
    }
    const indicatorCell = cellAt(cells, mapping.indicatorColumn).trim();
    const indicator = fixed ?? byCode.get(indicatorCell) ?? null;
    if (!indicator) problems.push({ line, code: 'unknown_indicator', cell: indicatorCell });
    const areaCell = cellAt(cells, mapping.areaColumn);
    const area = findArea(areaCell);
    if (!area) problems.push({ line, code: 'unknown_area', cell: areaCell });
    const timeCell = cellAt(cells, mapping.timeColumn);
    const year = mapping.timeColumn === null ? mapping.fixedYear : readYear(timeCell);
    if (year === null) problems.push({ line, code: 'invalid_year', cell: timeCell });
    const unitCell = cellAt(cells, mapping.unitColumn);
    const rowUnit = mapping.unitColumn === null ? null : unitNamed(unitCell);
    if (indicator && mapping.unitColumn !== null && rowUnit !== indicator.unit)
      problems.push({ line, code: 'unit_mismatch', cell: unitCell });
    const valueCell = cellAt(cells, mapping.valueColumn);
    const read = readCell(valueCell);
    if (read.kind === 'invalid') problems.push({ line, code: 'invalid_number', cell: valueCell });
    const value = read.kind === 'number' ? read.value : read.kind === 'sign' && read.sign === 'zero' ? 0 : null;
    if (indicator?.unit === 'percent' && value !== null && (value < 0 || value > 100))
      problems.push({ line, code: 'out_of_range', cell: valueCell });
    if (indicator?.unit === 'count' && value !== null && (value < 0 || !Number.isInteger(value)))
      problems.push({ line, code: 'out_of_range', cell: valueCell });
    if (!indicator || !area || year === null || read.kind === 'invalid') continue;
    const breakdown = breakdownOf(cells, mapping.breakdownColumns);
    const key = valueKey(indicator.key, area, year, breakdown);
    const named = () => [indicatorCell, areaCell, timeCell, breakdown].filter(Boolean).join(' ');
    if (seen.has(key)) problems.push({ line, code: 'duplicate', cell: named() });
    else if (existing.has(key)) problems.push({ line, code: 'exists', cell: named() });
    seen.add(key);
    rows.push({
      line,
      indicatorKey: indicator.key,
      breakdown,
      area,
      year,
      value,
      sign: read.kind === 'sign' ? read.sign : null,
    });
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
  const namedIndicator = named(/merkmal|statistik|indikator|variable|indicator|code/iu);
  const indicatorColumn = namedIndicator === areaColumn || namedIndicator === timeColumn ? null : namedIndicator;
  const lastValue = table.columns.length - 1;
  const valueColumn =
    [...table.columns.keys()]
      .reverse()
      .find(
        (index) => index !== areaColumn && index !== timeColumn && index !== unitColumn && index !== indicatorColumn,
      ) ?? lastValue;
  return {
    areaColumn,
    timeColumn,
    fixedYear: null,
    valueColumn,
    unitColumn,
    indicatorColumn,
    indicatorCodes: {},
    breakdownColumns: [],
  };
}
