import { fixedHalfUp, type Dec } from '../common/decimal';
import type { Money } from '../common/money';

/** "£48,800,000.00": how a finance officer reads an amount in a message. */
export function pounds(amount: Money): string {
  const [whole, pence] = amount.toPence().replace('-', '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${amount.toPence().startsWith('-') ? '-' : ''}£${grouped}.${pence}`;
}

/** A fraction as a percentage rounded half-up: percent("0.260962…", 1) is "26.1". */
export function percent(fraction: Dec, places: number): string {
  return fixedHalfUp(fraction.times(100), places);
}

/** A fraction as people read it in a sentence: "99 %" or "33.333 %". */
export function percentInWords(fraction: Dec): string {
  return `${fraction.times(100).toFixed()} %`;
}

/** A ratio or share as a presentation value: 4 dp, half-up ("0.4390" for 180/410); the arithmetic keeps every digit. */
export function ratio4(fraction: Dec): string {
  return fixedHalfUp(fraction, 4);
}
