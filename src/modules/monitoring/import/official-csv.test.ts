import { describe, expect, it } from 'vitest';
import { findArea } from '../areas.js';
import { findIndicator } from '../indicators.js';
import {
  breakdownOf,
  checkRows,
  completeMapping,
  guessIndicatorCodes,
  guessMapping,
  indicatorCodesOf,
  valueKey,
  type ImportMapping,
} from './check-rows.js';
import { parseOfficialCsv, readCell, readYear, splitLine } from './official-csv.js';

const percent = findIndicator('foreigner_share')!;
const count = findIndicator('foreigners_register')!;

/** An export as IT.NRW's Landesdatenbank writes one: title block, header, body, footer. */
const LANDESDATENBANK = [
  'Landesdatenbank NRW',
  'Bevölkerungsstand: Kreisfreie Städte, Stichtag, Ausländeranteil',
  'Tabelle 12411-03-03-4;;',
  '',
  'Gebiet;Stichtag;Ausländeranteil (%)',
  '05113 Essen, Stadt;31.12.2023;17,9',
  '05913  Dortmund, kreisfreie Stadt;31.12.2023;20,1',
  'Bochum;31.12.2023;–',
  '05112000;31.12.2023;.',
  'Mülheim an der Ruhr, Stadt;31.12.2023;x',
  'Nordrhein-Westfalen;31.12.2023;…',
  '__________',
  '– = nichts vorhanden; . = Zahlenwert unbekannt; x = Tabellenfach gesperrt',
  '© Information und Technik Nordrhein-Westfalen, Düsseldorf, 2024',
].join('\r\n');

const WIDE = { indicatorColumn: null, indicatorCodes: {}, breakdownColumns: [] };
const mapping: ImportMapping = {
  areaColumn: 0,
  timeColumn: 1,
  fixedYear: null,
  valueColumn: 2,
  unitColumn: null,
  ...WIDE,
};

describe('reading cells of official tables', () => {
  it('reads German numbers with thousands separators, decimal commas and minus signs', () => {
    expect(readCell('1.234,5')).toEqual({ kind: 'number', value: 1234.5 });
    expect(readCell('12,3')).toEqual({ kind: 'number', value: 12.3 });
    expect(readCell('1.234.567')).toEqual({ kind: 'number', value: 1234567 });
    expect(readCell('-3,2')).toEqual({ kind: 'number', value: -3.2 });
    expect(readCell('−3,2')).toEqual({ kind: 'number', value: -3.2 });
    expect(readCell('1 234')).toEqual({ kind: 'number', value: 1234 });
    expect(readCell('1\u00a0234,0')).toEqual({ kind: 'number', value: 1234 });
    expect(readCell(' 42 ')).toEqual({ kind: 'number', value: 42 });
  });

  it('drops footnote marks after a number', () => {
    expect(readCell('12,3 p')).toEqual({ kind: 'number', value: 12.3 });
    expect(readCell('12,3¹')).toEqual({ kind: 'number', value: 12.3 });
    expect(readCell('12,3 (r)')).toEqual({ kind: 'number', value: 12.3 });
  });

  it('reads the footnote signs as zero, unknown, secret and not available', () => {
    expect(readCell('–')).toEqual({ kind: 'sign', sign: 'zero' });
    expect(readCell('-')).toEqual({ kind: 'sign', sign: 'zero' });
    expect(readCell('.')).toEqual({ kind: 'sign', sign: 'unknown' });
    expect(readCell('/')).toEqual({ kind: 'sign', sign: 'unknown' });
    expect(readCell('x')).toEqual({ kind: 'sign', sign: 'secret' });
    expect(readCell('…')).toEqual({ kind: 'sign', sign: 'not_available' });
    expect(readCell('...')).toEqual({ kind: 'sign', sign: 'not_available' });
  });

  it('refuses what is not a German number rather than guessing', () => {
    for (const cell of ['', 'abc', '12.34', '1,234.5', '12,3,4', '1.23,4', '12e3', ',5', '--1'])
      expect(readCell(cell), cell).toEqual({ kind: 'invalid' });
  });

  it('reads the year of reference dates, plain years and school years', () => {
    expect(readYear('31.12.2023')).toBe(2023);
    expect(readYear('Stichtag 31.12.2023')).toBe(2023);
    expect(readYear('2023')).toBe(2023);
    expect(readYear('2023-12-31')).toBe(2023);
    expect(readYear('Schuljahr 2022/23')).toBe(2022);
    expect(readYear('1.1.2024')).toBe(2024);
    expect(readYear('im Jahr')).toBeNull();
    expect(readYear('12345')).toBeNull();
    expect(readYear('0815')).toBeNull();
  });

  it('splits at semicolons, keeping quoted semicolons and doubled quotes', () => {
    expect(splitLine('a;"b;c";"d ""e""";')).toEqual(['a', 'b;c', 'd "e"', '']);
    expect(splitLine('  a  ;  b ')).toEqual(['a', 'b']);
  });
});

describe('finding the area a table names', () => {
  it('knows the cities by name, Kreisschlüssel and AGS, and the reference areas by name', () => {
    expect(findArea('05113')).toBe('essen');
    expect(findArea('05113000')).toBe('essen');
    expect(findArea('05113 Essen, Stadt')).toBe('essen');
    expect(findArea('Essen, kreisfreie Stadt')).toBe('essen');
    expect(findArea('Mülheim an der Ruhr')).toBe('muelheim');
    expect(findArea('05117 Mülheim an der Ruhr, Stadt')).toBe('muelheim');
    expect(findArea('Nordrhein-Westfalen')).toBe('nrw');
    expect(findArea('05')).toBe('nrw');
    expect(findArea('Metropole Ruhr')).toBe('ruhr');
  });
  it('recognises no other district, even when its name is one of ours', () => {
    expect(findArea('05562 Recklinghausen, Kreis')).toBeNull();
    expect(findArea('05562 Essen')).toBeNull();
    expect(findArea('Bottrop')).toBeNull();
    expect(findArea('')).toBeNull();
  });
});

describe('parsing an official export', () => {
  it('separates title block, header, body and footer notes, keeping line numbers', () => {
    const table = parseOfficialCsv(LANDESDATENBANK);
    expect(table.title).toEqual([
      'Landesdatenbank NRW',
      'Bevölkerungsstand: Kreisfreie Städte, Stichtag, Ausländeranteil',
      'Tabelle 12411-03-03-4',
    ]);
    expect(table.tableCode).toBe('12411-03-03-4');
    expect(table.columns).toEqual(['Gebiet', 'Stichtag', 'Ausländeranteil (%)']);
    expect(table.rows.map((row) => row.line)).toEqual([6, 7, 8, 9, 10, 11]);
    expect(table.rows[1]!.cells).toEqual(['05913  Dortmund, kreisfreie Stadt', '31.12.2023', '20,1']);
    expect(table.notes).toHaveLength(3);
    expect(table.notes[2]).toContain('Information und Technik');
  });

  it('joins a header of several lines per column', () => {
    const table = parseOfficialCsv(
      ['Titel', ';;Ausländer', 'Kreis;Jahr;Anteil %', 'Essen;2022;17,0', 'Bochum;2022;14,2'].join('\n'),
    );
    expect(table.columns).toEqual(['Kreis', 'Jahr', 'Ausländer Anteil %']);
    expect(table.rows).toHaveLength(2);
  });

  it('keeps a short line inside the body as a row, so it is named rather than dropped', () => {
    const table = parseOfficialCsv(['Kreis;Jahr;Wert', 'Essen;2022;1', 'Bochum;2022', 'Dortmund;2022;3'].join('\n'));
    expect(table.rows.map((row) => row.line)).toEqual([2, 3, 4]);
    const { problems } = checkRows({ table, mapping, indicator: percent, existing: new Set() });
    expect(problems).toEqual([{ line: 3, code: 'wrong_width', cell: 'Bochum;2022' }]);
  });

  it('reads a file with a byte order mark and without any table', () => {
    const table = parseOfficialCsv('\uFEFFNur ein Titel\nKeine Daten');
    expect(table.rows).toEqual([]);
    expect(table.title).toEqual(['Nur ein Titel', 'Keine Daten']);
    const { problems } = checkRows({ table, mapping, indicator: percent, existing: new Set() });
    expect(problems.map((problem) => problem.code)).toContain('column_missing');
  });
});

describe('checking a mapped table', () => {
  it('turns a valid export into rows with signs kept', () => {
    const table = parseOfficialCsv(LANDESDATENBANK);
    const { rows, problems } = checkRows({ table, mapping, indicator: percent, existing: new Set() });
    expect(problems).toEqual([]);
    expect(rows.map(({ indicatorKey: _indicator, breakdown: _breakdown, ...rest }) => rest)).toEqual([
      { line: 6, area: 'essen', year: 2023, value: 17.9, sign: null },
      { line: 7, area: 'dortmund', year: 2023, value: 20.1, sign: null },
      { line: 8, area: 'bochum', year: 2023, value: 0, sign: 'zero' },
      { line: 9, area: 'duisburg', year: 2023, value: null, sign: 'unknown' },
      { line: 10, area: 'muelheim', year: 2023, value: null, sign: 'secret' },
      { line: 11, area: 'nrw', year: 2023, value: null, sign: 'not_available' },
    ]);
  });

  it('lists every problem with its line: unknown area, duplicate, share over 100, bad number and year', () => {
    const table = parseOfficialCsv(
      [
        'Gebiet;Stichtag;Anteil (%)',
        'Essen;31.12.2023;17,9',
        'Bottrop;31.12.2023;12,0',
        '05113;31.12.2023;18,0',
        'Bochum;31.12.2023;100,5',
        'Dortmund;ohne;20,0',
        'Duisburg;31.12.2023;zwanzig',
        'Oberhausen;31.12.2023;-0,1',
      ].join('\n'),
    );
    const { problems } = checkRows({ table, mapping, indicator: percent, existing: new Set() });
    expect(problems).toEqual([
      { line: 3, code: 'unknown_area', cell: 'Bottrop' },
      { line: 4, code: 'duplicate', cell: '05113 31.12.2023' },
      { line: 5, code: 'out_of_range', cell: '100,5' },
      { line: 6, code: 'invalid_year', cell: 'ohne' },
      { line: 7, code: 'invalid_number', cell: 'zwanzig' },
      { line: 8, code: 'out_of_range', cell: '-0,1' },
    ]);
  });

  it('refuses a unit the indicator does not have, from the header or from a unit column', () => {
    const byHeader = parseOfficialCsv(['Gebiet;Jahr;Anzahl Personen', 'Essen;2023;12'].join('\n'));
    expect(checkRows({ table: byHeader, mapping, indicator: percent, existing: new Set() }).problems).toEqual([
      { line: 1, code: 'unit_mismatch', cell: 'Anzahl Personen' },
    ]);
    const byColumn = parseOfficialCsv(
      ['Gebiet;Jahr;Einheit;Wert', 'Essen;2023;Anzahl;1.234', 'Bochum;2023;%;12,5'].join('\n'),
    );
    const withUnit: ImportMapping = { ...mapping, valueColumn: 3, unitColumn: 2 };
    expect(checkRows({ table: byColumn, mapping: withUnit, indicator: count, existing: new Set() }).problems).toEqual([
      { line: 3, code: 'unit_mismatch', cell: '%' },
      { line: 3, code: 'out_of_range', cell: '12,5' },
    ]);
  });

  it('never overwrites a stored value: a change is a correction', () => {
    const table = parseOfficialCsv(['Gebiet;Jahr;Anteil %', 'Essen;2023;17,9', 'Bochum;2023;14,0'].join('\n'));
    const { problems } = checkRows({
      table,
      mapping,
      indicator: percent,
      existing: new Set([valueKey(percent.key, 'bochum', 2023, '')]),
    });
    expect(problems).toEqual([{ line: 3, code: 'exists', cell: 'Bochum 2023' }]);
  });

  it('takes the year of the whole table when there is no time column', () => {
    const table = parseOfficialCsv(['Gebiet;Anteil %', 'Essen;17,9', 'Bochum;14,0'].join('\n'));
    const fixed: ImportMapping = { ...mapping, timeColumn: null, fixedYear: 2021, valueColumn: 1 };
    const { rows, problems } = checkRows({ table, mapping: fixed, indicator: percent, existing: new Set() });
    expect(problems).toEqual([]);
    expect(rows.map((row) => row.year)).toEqual([2021, 2021]);
  });

  it('guesses the columns from their names', () => {
    const table = parseOfficialCsv(['Stichtag;Einheit;Kreise;Wert', '31.12.2023;%;Essen;17,9'].join('\n'));
    expect(guessMapping(table)).toEqual({
      areaColumn: 2,
      timeColumn: 0,
      fixedYear: null,
      valueColumn: 3,
      unitColumn: 1,
      ...WIDE,
    });
  });
});

describe('long tables: an indicator column and a sub-dimension', () => {
  const long = parseOfficialCsv(
    [
      'Statistik 12411-02-03-4 (fiktives Beispiel)',
      'Gebiet;Stichtag;Merkmal;Geschlecht;Wert',
      '05113;31.12.2023;AUSL_ANT;Insgesamt;17,9',
      '05113;31.12.2023;AUSL_ANT;weiblich;17,1',
      '05113;31.12.2023;AZR;Insgesamt;106.512',
      '05113;31.12.2023;AZR;männlich;55.310',
      '05913;31.12.2023;AUSL_ANT;weiblich;18,5',
      '__________',
      'Fiktive Werte zum Test.',
    ].join('\n'),
  );
  const longMapping: ImportMapping = {
    areaColumn: 0,
    timeColumn: 1,
    fixedYear: null,
    valueColumn: 4,
    unitColumn: null,
    indicatorColumn: 2,
    indicatorCodes: { AUSL_ANT: 'foreigner_share', AZR: 'foreigners_register' },
    breakdownColumns: [3],
  };

  it('guesses the indicator column and lists its codes in order', () => {
    expect(guessMapping(long).indicatorColumn).toBe(2);
    expect(indicatorCodesOf(long, 2)).toEqual(['AUSL_ANT', 'AZR']);
  });

  it('reads each line for its own indicator and subgroup; totals have no subgroup', () => {
    const { rows, problems } = checkRows({ table: long, mapping: longMapping, indicator: null, existing: new Set() });
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.indicatorKey, row.area, row.breakdown, row.value])).toEqual([
      ['foreigner_share', 'essen', '', 17.9],
      ['foreigner_share', 'essen', 'weiblich', 17.1],
      ['foreigners_register', 'essen', '', 106512],
      ['foreigners_register', 'essen', 'männlich', 55310],
      ['foreigner_share', 'dortmund', 'weiblich', 18.5],
    ]);
  });

  it("checks every line by its indicator's unit, names codes nobody mapped, duplicates and stored values", () => {
    const withErrors = parseOfficialCsv(
      [
        'Gebiet;Stichtag;Merkmal;Geschlecht;Wert',
        '05113;2023;AUSL_ANT;Insgesamt;117,9',
        '05113;2023;AZR;Insgesamt;12,5',
        '05113;2023;UNBEKANNT;Insgesamt;3',
        '05911;2023;AUSL_ANT;weiblich;10,0',
        '05911;2023;AUSL_ANT;weiblich;11,0',
        '05911;2023;AUSL_ANT;Zusammen;12,0',
      ].join('\n'),
    );
    const existing = new Set([valueKey('foreigner_share', 'bochum', 2023, '')]);
    const { problems } = checkRows({ table: withErrors, mapping: longMapping, indicator: null, existing });
    expect(problems).toEqual([
      { line: 2, code: 'out_of_range', cell: '117,9' },
      { line: 3, code: 'out_of_range', cell: '12,5' },
      { line: 4, code: 'unknown_indicator', cell: 'UNBEKANNT' },
      { line: 6, code: 'duplicate', cell: 'AUSL_ANT 05911 2023 weiblich' },
      { line: 7, code: 'exists', cell: 'AUSL_ANT 05911 2023' },
    ]);
  });

  it('needs an indicator: the import names one, or a column does', () => {
    const { problems } = checkRows({
      table: long,
      mapping: { ...longMapping, indicatorColumn: null },
      indicator: null,
      existing: new Set(),
    });
    expect(problems).toEqual([{ line: 2, code: 'indicator_missing', cell: '' }]);
  });

  it('guesses codes by the catalogue key or the German name, keeping what was chosen before', () => {
    const names = new Map([['ausländeranteil', 'foreigner_share']]);
    expect(
      guessIndicatorCodes(
        ['Ausländeranteil', 'Foreigners_Register', 'AZR', 'XYZ'],
        { AZR: 'foreigners_register' },
        names,
      ),
    ).toEqual({
      Ausländeranteil: 'foreigner_share',
      Foreigners_Register: 'foreigners_register',
      AZR: 'foreigners_register',
    });
  });

  it('reads a mapping remembered before long tables as one without their columns', () => {
    const { indicatorColumn, indicatorCodes, breakdownColumns, ...old } = mapping;
    expect(completeMapping(old)).toEqual({ ...old, indicatorColumn, indicatorCodes, breakdownColumns });
    expect(breakdownOf(['Insgesamt', 'insgesamt'], [0, 1])).toBe('');
    expect(breakdownOf(['weiblich', '6 bis unter 10 Jahre'], [0, 1])).toBe('weiblich · 6 bis unter 10 Jahre');
  });
});
