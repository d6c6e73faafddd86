import type { Dec } from '../common/decimal';
import { Money } from '../common/money';
import { describeReferendumPrinciple, type ReferendumPrinciple } from '../reference-data/referendum-principle';
import { formatPounds } from '../force-finance/format-pounds';

/**
 * Whether a Band D needs a referendum under a year's principles. A percentage limit is met only
 * by an increase strictly LESS THAN it; a £ limit by an increase UP TO AND INCLUDING it (or as
 * the principle's `comparison` says). When several principles are given (e.g. 2 % for all PCCs
 * and £5 for lowest-quartile PCCs, for a PCC in that quartile) they are alternatives: meeting
 * any one of them avoids a referendum. The caller passes only the principles that apply to the
 * force (see reference-data/principles-for-year.ts).
 */

/** The Band D at the limit: previous × (1 + rate), or previous + amount. */
export function limitBandD(principle: ReferendumPrinciple, previousBandD: Money): Money {
  return principle.limit.kind === 'percentage'
    ? previousBandD.times(principle.limit.rate.growthFactor())
    : previousBandD.plus(principle.limit.amount);
}

export function isWithinPrinciple(principle: ReferendumPrinciple, previousBandD: Money, bandD: Money): boolean {
  const limit = limitBandD(principle, previousBandD);
  return principle.comparison === 'less_than' ? bandD.lessThan(limit) : !bandD.greaterThan(limit);
}

/**
 * The largest whole-penny Band D allowed without a referendum: for "less than", the largest
 * penny strictly below the limit (£147.00 under 2 %: the limit is £149.94, so £149.93); for "up
 * to and including", the largest penny at or below it.
 */
export function largestBandDWithoutReferendum(principle: ReferendumPrinciple, previousBandD: Money): Money {
  const limitPence = limitBandD(principle, previousBandD).value.times(100);
  const floor = limitPence.floor();
  const pence = principle.comparison === 'less_than' && floor.equals(limitPence) ? floor.minus(1) : floor;
  return Money.of(pence.dividedBy(100));
}

export interface ReferendumAssessment {
  required: boolean;
  /** The principle that allows the Band D, or (when a referendum is required) the most generous one it exceeds. */
  principle: ReferendumPrinciple | null;
  largestBandDAllowed: Money | null;
  explanation: string;
}

export function assessReferendum(
  principles: readonly ReferendumPrinciple[],
  previousBandD: Money,
  bandD: Money,
  year: string,
): ReferendumAssessment {
  if (principles.length === 0) {
    return { required: false, principle: null, largestBandDAllowed: null, explanation: `No referendum principle applies for ${year}` };
  }
  const ranked = [...principles]
    .map((principle) => ({ principle, largest: largestBandDWithoutReferendum(principle, previousBandD) }))
    .sort((a, b) => b.largest.compare(a.largest));
  const largestBandDAllowed = ranked[0].largest;
  const allowing = principles.find((p) => isWithinPrinciple(p, previousBandD, bandD));
  if (allowing) {
    return {
      required: false,
      principle: allowing,
      largestBandDAllowed,
      explanation: `Within the ${year} principle for ${allowing.appliesTo} (${describeReferendumPrinciple(allowing)})`,
    };
  }
  const closest = ranked[0].principle;
  return {
    required: true,
    principle: closest,
    largestBandDAllowed,
    explanation: `Needs a referendum: the ${year} principle for ${closest.appliesTo} allows ${describeReferendumPrinciple(closest)}, so at most ${formatPounds(largestBandDAllowed)} Band D`,
  };
}

/** The change from the previous Band D as a percentage (exact; shown to 2 dp). */
export function percentChange(previousBandD: Money, bandD: Money): Dec {
  return bandD.minus(previousBandD).ratioTo(previousBandD).times(100);
}
