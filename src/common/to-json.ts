import { Dec, fixedHalfUp } from './decimal';
import { Money } from './money';
import { Rate } from './rate';

/**
 * The JSON shape of an engine's output: money as pence strings ("7500000.00", half-up), rates as
 * exact fraction strings ("0.02"), other decimals (tax bases, percentages) to 2 dp half-up.
 * Engines keep full precision; this is the only place figures are rounded.
 */
export type Jsonified<T> = T extends Money
  ? string
  : T extends Rate
    ? string
    : T extends Dec
      ? string
      : T extends ReadonlyArray<infer U>
        ? Jsonified<U>[]
        : T extends object
          ? { [K in keyof T]: Jsonified<T[K]> }
          : T;

export function toJson<T>(value: T): Jsonified<T> {
  return render(value) as Jsonified<T>;
}

// Answers are hundreds of kilobytes, mostly strings (event ids): those return at once, and
// objects are copied key by key rather than through Object.entries and fromEntries. Most objects
// met are plain ones and lists, so those are known first; amounts, rates and decimals are never
// plain (an MTFP has about 1,700 plain objects and 1,300 lists to 1,200 amounts).
function render(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    // A figure's sources: a list of event ids, copied whole.
    if (value.length > 0 && typeof value[0] === 'string' && value.every(isString)) return value.slice();
    const list: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) list[i] = render(value[i]);
    return list;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) {
    if (value instanceof Money) return value.toPence();
    if (value instanceof Rate) return value.toExact();
    if (Dec.isDecimal(value)) return fixedHalfUp(value as Dec, 2);
  }
  const rendered: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = render((value as Record<string, unknown>)[key]);
    // As Object.fromEntries would: a key "__proto__" is an own field, never the prototype.
    if (key === '__proto__') Object.defineProperty(rendered, key, { value: v, enumerable: true, writable: true, configurable: true });
    else rendered[key] = v;
  }
  return rendered;
}

function isString(value: unknown): boolean {
  return typeof value === 'string';
}

/**
 * A quantity at the precision it is computed with: at least 2 dp, more where it has them, so a
 * tax base of 447,340.42553 reads as that – and Band D × what is shown is the precept shown.
 */
export function quantityAtPrecision(value: Dec): string {
  return value.decimalPlaces() <= 2 ? value.toFixed(2) : value.toFixed();
}
