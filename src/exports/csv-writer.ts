import type { CsvTable } from './export-document';

/**
 * CSV as RFC 4180 writes it: CRLF line ends, every field that holds a comma, a quote, a line
 * break or leading/trailing space in double quotes with quotes doubled; UTF-8 with a byte-order
 * mark so Excel reads £ and accents right. Numbers stay the decimal strings of the JSON.
 *
 * A field a spreadsheet would run as a formula is prefixed with ' (a reason typed by a user
 * could otherwise be "=HYPERLINK(...)"): one starting with = or @, a tab or a carriage return,
 * or with + or - and holding a call or a reference ("(" or "!"). Labels such as "+£5.00" and
 * "-1.5 %" and every number are left as they are.
 */
export const UTF8_BOM = '\uFEFF';

export function writeCsv(table: CsvTable): Buffer {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvField).join(','));
  return Buffer.from(UTF8_BOM + lines.join('\r\n') + '\r\n', 'utf8');
}

export function csvField(value: string | null): string {
  if (value === null) return '';
  const formula = /^[=@\t\r]/.test(value) || (/^[+-]/.test(value) && /[(!]/.test(value));
  const safe = formula ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
