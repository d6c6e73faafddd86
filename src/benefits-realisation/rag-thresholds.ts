import { Dec, DECIMAL_STRING } from '../common/decimal';
import { InvalidInputError } from '../common/errors';

/**
 * Red/amber/green against plan. No police-specific thresholds are published; the common default
 * is green at or above 95 % of plan, amber from 80 %, red below – each board may set its own.
 * Thresholds are fractions of plan: "0.95" is 95 %.
 */
/**
 * 'no_outturn': the year has ended and no realised saving is recorded for it – not a colour, since
 * a forecast equal to plan would otherwise show green for a year nobody has reported on.
 */
export type RagStatus = 'green' | 'amber' | 'red' | 'no_outturn';

export interface RagThresholds {
  /** Delivery at or above this is green. */
  green: Dec;
  /** Delivery at or above this (and below green) is amber; below it, red. */
  amber: Dec;
}

export const DEFAULT_RAG_THRESHOLDS: RagThresholds = { green: new Dec('0.95'), amber: new Dec('0.80') };

/** Thresholds from a request (a what-if beside the board's) ("0.95", "0.8"), each defaulting; amber may not exceed green. */
export function ragThresholds(input: { green?: unknown; amber?: unknown } = {}): RagThresholds {
  const read = (value: unknown, field: 'green' | 'amber'): Dec => {
    if (value === undefined || value === null) return DEFAULT_RAG_THRESHOLDS[field];
    if (typeof value !== 'string' || !DECIMAL_STRING.test(value)) {
      throw new InvalidInputError(field, 'must be a fraction of plan written like "0.95" (95 %)');
    }
    const fraction = new Dec(value);
    if (fraction.isNegative()) throw new InvalidInputError(field, 'cannot be negative');
    return fraction;
  };
  const thresholds = { green: read(input.green, 'green'), amber: read(input.amber, 'amber') };
  if (thresholds.amber.greaterThan(thresholds.green)) {
    throw new InvalidInputError(
      'amber',
      `must not be above the green threshold (${thresholds.green.toFixed()}); ${thresholds.amber.toFixed()} was given`,
    );
  }
  return thresholds;
}

/** Null when there is no plan to measure delivery against. */
export function ragStatus(delivery: Dec | null, thresholds: RagThresholds): RagStatus | null {
  if (delivery === null) return null;
  if (delivery.greaterThanOrEqualTo(thresholds.green)) return 'green';
  if (delivery.greaterThanOrEqualTo(thresholds.amber)) return 'amber';
  return 'red';
}
