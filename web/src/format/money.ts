/**
 * Display of the API's decimal strings. Nothing here does finance arithmetic: figures are
 * re-punctuated as text (thousands separators, brackets for negatives, a shifted decimal point
 * for rates), never parsed into floating point, so every penny shown is the API's own.
 */

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** "1234567.8" → "1,234,567.80"; "-50" → "(50.00)"; with symbol "£1,234,567.80" / "(£50.00)". */
export function formatPounds(value: string | null | undefined, options: { symbol?: boolean } = {}): string {
  if (value === null || value === undefined || value === '') return '–';
  const match = DECIMAL.exec(value.trim());
  if (!match) return value;
  const [, sign, whole, fraction = ''] = match;
  const pence = fraction.length >= 2 ? fraction : fraction.padEnd(2, '0');
  const body = `${options.symbol ? '£' : ''}${groupThousands(stripLeadingZeros(whole))}.${pence}`;
  return sign === '-' && !isZero(whole, fraction) ? `(${body})` : body;
}

/** A quantity such as a tax base: "431517.00" → "431,517"; "447340.42553" → "447,340.42553" (trailing zeros dropped, never rounded). */
export function formatQuantity(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '–';
  const match = DECIMAL.exec(value.trim());
  if (!match) return value;
  const [, sign, whole, fraction = ''] = match;
  const rest = fraction.replace(/0+$/, '');
  return `${sign}${groupThousands(stripLeadingZeros(whole))}${rest ? `.${rest}` : ''}`;
}

/** "0.035" → "3.5 %"; "-0.0199" → "-1.99 %" (the decimal point moved two places, as text). */
export function formatRate(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '–';
  const match = DECIMAL.exec(value.trim());
  if (!match) return value;
  const [, sign, whole, fraction = ''] = match;
  const digits = `${whole}${fraction.padEnd(2, '0')}`;
  const point = whole.length + 2;
  const integer = stripLeadingZeros(digits.slice(0, point));
  const rest = digits.slice(point).replace(/0+$/, '');
  return `${sign}${integer}${rest ? `.${rest}` : ''} %`;
}

/** "190012345.00" → "£190.0m": a label for charts and headlines, rounded to the nearest £0.1m as text. */
export function formatMillions(value: string): string {
  const match = DECIMAL.exec(value.trim());
  if (!match) return value;
  const [, sign, whole] = match;
  const padded = whole.padStart(7, '0');
  const millions = stripLeadingZeros(padded.slice(0, -6));
  const tenths = Number(padded.slice(-6, -5));
  const roundUp = Number(padded.slice(-5, -4)) >= 5;
  const label = roundUp ? bumpTenth(millions, tenths) : `${millions}.${tenths}`;
  const text = `£${groupThousands(label.split('.')[0])}.${label.split('.')[1]}m`;
  return sign === '-' ? `(${text})` : text;
}

function bumpTenth(millions: string, tenths: number): string {
  if (tenths < 9) return `${millions}.${tenths + 1}`;
  return `${incrementDigits(millions)}.0`;
}

function incrementDigits(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

function groupThousands(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function stripLeadingZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '');
}

function isZero(whole: string, fraction: string): boolean {
  return /^0*$/.test(whole) && /^0*$/.test(fraction);
}

/** A money figure as a number for plotting only (chart geometry), never for sums shown as figures. */
export function plotValue(value: string | null | undefined): number {
  return value ? Number(value) : 0;
}
