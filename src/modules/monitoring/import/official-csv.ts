/**
 * Reading CSV tables as the statistical offices' databases export them (GENESIS-Online, the
 * Regionaldatenbank Deutschland, IT.NRW's Landesdatenbank): title lines before the table, one or
 * more header lines, the body, and a footer of notes and signs after it; semicolons between cells,
 * German number format (1.234,5), footnote signs instead of numbers. Pure functions, no database.
 */

export const SIGNS = ['zero', 'unknown', 'secret', 'not_available'] as const;
export type Sign = (typeof SIGNS)[number];

/** One line of the body, with its line number in the file (1-based), as every message names it. */
export interface TableRow {
  line: number;
  cells: string[];
}

export interface OfficialTable {
  /** The title block: non-empty lines before the header, their cells joined. */
  title: string[];
  /** Column names; a header over several lines is joined per column ("2023 Anteil %"). */
  columns: string[];
  /** The line of the last header line, so a mapping can say where the table starts. */
  headerLine: number;
  rows: TableRow[];
  /** The footer: notes, sign explanations, copyright, after the body. */
  notes: string[];
  /** A table identifier found in the title ("12411-03-03-4"), the key a mapping is remembered by. */
  tableCode: string | null;
}

/** Splits one line at semicolons; a cell in double quotes may hold semicolons and doubled quotes. */
export function splitLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index]!;
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === ';') {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

export type CellValue = { kind: 'number'; value: number } | { kind: 'sign'; sign: Sign } | { kind: 'invalid' };

const SIGN_OF: Readonly<Record<string, Sign>> = {
  '–': 'zero',
  '-': 'zero',
  '—': 'zero',
  '.': 'unknown',
  '/': 'unknown',
  x: 'secret',
  X: 'secret',
  '…': 'not_available',
  '...': 'not_available',
};

/**
 * A cell as a number or a sign: "1.234,5" is 1234.5, "12,3" is 12.3, "-3,2" is −3.2, "1 234" is
 * 1234; "–" zero, "." unknown, "x" secret, "…" not available. A footnote mark after the number
 * ("12,3 p", "12,3¹", "12,3 (r)") is dropped. Anything else is invalid, never guessed.
 */
export function readCell(raw: string): CellValue {
  const text = raw.trim();
  const sign = SIGN_OF[text];
  if (sign) return { kind: 'sign', sign };
  const withoutMark = text
    .replace(/\s*\([a-z]\)$/iu, '')
    .replace(/\s+[a-z]$/iu, '')
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰*]+$/u, '');
  const compact = withoutMark.replace(/[\s\u00a0\u202f]/gu, '').replace(/^[−–]/u, '-');
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/u.test(compact)) return { kind: 'invalid' };
  const value = Number(compact.replace(/\./gu, '').replace(',', '.'));
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}

/** Whether a cell is a value of the body (a number or a sign), as opposed to a label. */
const isValueCell = (cell: string) => cell !== '' && readCell(cell).kind !== 'invalid';

/**
 * The year a time cell means: "2023", "31.12.2023", "Stichtag 31.12.2023", "2023-12-31", "Schuljahr
 * 2022/23" (the year it starts in). Null when there is no year.
 */
export function readYear(raw: string): number | null {
  const text = raw.trim();
  const german = /(?:^|\D)\d{1,2}\.\d{1,2}\.(\d{4})(?:\D|$)/u.exec(text);
  const iso = /(?:^|\D)(\d{4})-\d{2}-\d{2}(?:\D|$)/u.exec(text);
  const plain = /(?:^|\D)(\d{4})(?:\D|$)/u.exec(text);
  const match = german ?? iso ?? plain;
  if (!match) return null;
  const year = Number(match[1]);
  return year >= 1900 && year <= 2100 ? year : null;
}

const TABLE_CODE = /\b(\d{5}-\d{2,}(?:-[0-9a-z]+)*)\b/iu;

/**
 * Finds the table in an export: its width is the cell count most lines of two or more cells share;
 * the body runs from the first to the last line of that width that holds a value; the lines of that
 * width just before the first body line are the header; what comes before is the title, what follows
 * the notes. A line inside the body that is not of the table's width stays a row, so validation names
 * it by its line instead of the import dropping it unseen; only empty lines are skipped.
 */
export function parseOfficialCsv(text: string): OfficialTable {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\n|\r/u);
  const split = lines.map((line) => splitLine(line));
  const widths = new Map<number, number>();
  for (const cells of split) if (cells.length >= 2) widths.set(cells.length, (widths.get(cells.length) ?? 0) + 1);
  const width = [...widths.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;

  const isBody = (cells: string[]) =>
    width >= 2 && cells.length === width && cells.slice(1).some((cell) => isValueCell(cell));
  const body = split.map(isBody);
  const firstBody = body.indexOf(true);
  const joined = (cells: string[]) => cells.filter(Boolean).join(' ');
  if (firstBody < 0) {
    return {
      title: split.map(joined).filter(Boolean),
      columns: [],
      headerLine: 0,
      rows: [],
      notes: [],
      tableCode: null,
    };
  }
  const lastBody = body.lastIndexOf(true);
  let headerStart = firstBody;
  while (headerStart > 0 && split[headerStart - 1]!.length === width && !body[headerStart - 1]) headerStart -= 1;
  const headerLines = split.slice(headerStart, firstBody);
  const columns = Array.from({ length: width }, (_, column) =>
    headerLines
      .map((cells) => cells[column] ?? '')
      .filter(Boolean)
      .join(' '),
  );
  const rows: TableRow[] = [];
  for (let index = firstBody; index <= lastBody; index += 1) {
    const cells = split[index]!;
    if (cells.some(Boolean)) rows.push({ line: index + 1, cells });
  }
  const title = split.slice(0, headerStart).map(joined).filter(Boolean);
  const notes = split
    .slice(lastBody + 1)
    .map(joined)
    .filter(Boolean);
  const tableCode = title.map((line) => TABLE_CODE.exec(line)?.[1]).find(Boolean) ?? null;
  return { title, columns, headerLine: Math.max(firstBody, 1), rows, notes, tableCode };
}
