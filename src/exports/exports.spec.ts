import { csvField, writeCsv } from './csv-writer';
import { citedSources, pushTotal, type Column, type Row } from './export-document';
import { negotiateFormat, type ExportFormat } from './formats';
import { columnLetter, sumFormula } from './xlsx-writer';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ALL: readonly ExportFormat[] = ['json', 'csv', 'xlsx'];

describe('choosing the format', () => {
  it.each([
    [undefined, undefined, 'json'],
    [undefined, '*/*', 'json'],
    [undefined, 'text/html,application/xhtml+xml,*/*;q=0.8', 'json'],
    [undefined, 'text/csv', 'csv'],
    [undefined, `${XLSX}`, 'xlsx'],
    [undefined, 'text/*', 'csv'],
    [undefined, 'application/json;q=0.5, text/csv', 'csv'],
    ['xlsx', 'application/json', 'xlsx'],
    ['CSV', undefined, 'csv'],
  ])('?format=%s with Accept %s is %s', (format, accept, expected) => {
    expect(negotiateFormat(format, accept, ALL)).toEqual({ format: expected });
  });

  it.each([
    ['pdf', undefined],
    [undefined, 'application/pdf'],
    [undefined, 'text/csv;q=0'],
  ])('refuses ?format=%s with Accept %s', (format, accept) => {
    expect(negotiateFormat(format, accept, ALL)).toEqual({ refused: expect.any(String) });
  });

  it('refuses a format the endpoint does not offer', () => {
    expect(negotiateFormat('csv', undefined, ['json', 'xlsx'])).toEqual({ refused: expect.any(String) });
  });
});

describe('CSV fields (RFC 4180)', () => {
  it('quotes commas, quotes and line breaks, doubling quotes, and leaves plain figures alone', () => {
    expect(['a', 'a,b', 'say "hi"', 'two\nlines', '-1200.00', ' padded', null].map(csvField)).toEqual([
      'a',
      '"a,b"',
      '"say ""hi"""',
      '"two\nlines"',
      '-1200.00',
      '" padded"',
      '',
    ]);
  });

  it('keeps a typed formula from running when the file is opened', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-SUM(A1)')).toBe("'-SUM(A1)");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('+£5.00')).toBe('+£5.00');
  });

  it('starts with a BOM and ends every record with CRLF', () => {
    const text = writeCsv({ columns: ['year', 'amount'], rows: [['2016/17', '1.00']] }).toString('utf8');
    expect(text).toBe('\uFEFFyear,amount\r\n2016/17,1.00\r\n');
  });
});

describe('totals', () => {
  const columns: Column[] = [
    { header: 'Line', kind: 'text' },
    { header: '2016/17', kind: 'money' },
  ];

  it('sums the lines when their rounded figures add up to the service total', () => {
    const rows: Row[] = [{ cells: ['a', '1.10'] }, { cells: ['b', '2.20'] }];
    pushTotal(columns, rows, [0, 1], ['Total', '3.30']);
    expect(rows).toEqual([{ cells: ['a', '1.10'] }, { cells: ['b', '2.20'] }, { cells: ['Total', '3.30'], total: { over: [0, 1] } }]);
  });

  it('adds a rounding line when lines rounded one by one miss the total rounded once', () => {
    // 0.004 + 0.004 + 0.004 shown as 0.00 each; the service's total is 0.012 → 0.01.
    const rows: Row[] = [{ cells: ['a', '0.00'] }, { cells: ['b', '0.00'] }, { cells: ['c', '0.00'] }];
    pushTotal(columns, rows, [0, 1, 2], ['Total', '0.01']);
    expect(rows[3].cells).toEqual([expect.stringMatching(/^Rounding/), '0.01']);
    expect(rows[4]).toEqual({ cells: ['Total', '0.01'], total: { over: [0, 1, 2, 3] } });
  });

  it('refuses a total that is no sum of its lines: a wrong model, not rounding', () => {
    expect(() => pushTotal(columns, [{ cells: ['a', '1.00'] }], [0], ['Total', '2.00'])).toThrow(/not the sum/);
  });

  it('writes SUM over runs of rows below the header', () => {
    expect(sumFormula('D', [0, 1, 2, 4, 6, 7])).toBe('SUM(D2:D4,D6,D8:D9)');
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('finds every event id an answer cites', () => {
    expect(citedSources({ a: { value: '1', sources: ['e2', 'e1'] }, list: [{ source: 'e3' }, { sources: ['e1'] }] })).toEqual([
      'e1',
      'e2',
      'e3',
    ]);
  });
});
