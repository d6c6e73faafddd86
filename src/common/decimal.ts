import Decimal from 'decimal.js';
import { InvalidInputError } from './errors';

/**
 * The one Decimal constructor the service computes with: enough significant digits that no
 * plan ever loses a penny mid-calculation, and half-up rounding (the UK finance convention)
 * whenever a figure is rounded at the edge.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = Decimal;

/** A decimal written the way people write money and rates: optional minus, digits, optional fraction. */
export const DECIMAL_STRING = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * Reads a decimal written as a string – the only way money, rates and quantities enter the
 * domain. A JSON number is refused by name: it has already lost precision before we see it.
 * `description` completes "must be …", e.g. 'a decimal string such as "420000.5"'.
 */
export function parseDecimal(input: unknown, field: string, description: string): Dec {
  if (typeof input === 'number') throw new InvalidInputError(field, `must be ${description}, not a JSON number`);
  if (typeof input !== 'string' || !DECIMAL_STRING.test(input)) throw new InvalidInputError(field, `must be ${description}`);
  return decimalOf(input);
}

/**
 * Decimals already read from text. The engines read the same amounts from the facts on every
 * answer (an item's amount, once per year it counts in), and a Dec is immutable, so reading
 * each text once is safe; bounded, and simply emptied when full.
 */
const read = new Map<string, Dec>();
const READ_LIMIT = 50_000;

/** `new Dec(text)`, read once per distinct text. */
export function decimalOf(text: string): Dec {
  let value = read.get(text);
  if (value === undefined) {
    value = new Dec(text);
    if (read.size >= READ_LIMIT) read.clear();
    read.set(text, value);
  }
  return value;
}

/**
 * The value rounded half-up to `places` decimal places and written with exactly that many, as
 * `value.toDecimalPlaces(places, ROUND_HALF_UP).toFixed(places)` writes it – a negative value
 * that rounds to zero is written unsigned ("0.00") – in one step rather than two: answers write
 * tens of thousands of figures.
 */
export function fixedHalfUp(value: Dec, places: number): string {
  // Most figures have no more places than asked (pounds and pence): they need no rounding, and
  // writing them as they are and padding skips the rounded copy toFixed(places) makes of each.
  if (value.isFinite() && value.decimalPlaces() <= places) return padded(value.toFixed(), places);
  const text = value.toFixed(places, Dec.ROUND_HALF_UP);
  return text.charCodeAt(0) === 45 && NEGATIVE_ZERO.test(text) ? text.slice(1) : text;
}
const NEGATIVE_ZERO = /^-0(\.0*)?$/;

/** Plain decimal text (toFixed() with no places never uses an exponent) with exactly `places` decimal places, given no more. */
function padded(text: string, places: number): string {
  if (places === 0) return text;
  const point = text.indexOf('.');
  if (point < 0) return `${text}.${'0'.repeat(places)}`;
  const missing = places - (text.length - point - 1);
  return missing > 0 ? text + '0'.repeat(missing) : text;
}

/** A Dec for any value the engines compute with: a Dec as it is (it is immutable), text read once. */
export function toDec(value: Dec | string | number): Dec {
  if (typeof value === 'string') return decimalOf(value);
  return typeof value === 'object' && value.constructor === Dec ? value : new Dec(value);
}
