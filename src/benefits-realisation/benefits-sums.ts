import { Money } from '../common/money';
import type { BenefitsFigures, MemberBenefits } from './benefits-figures';
import { netBenefitOf } from './net-benefit';
import { ragStatus, type RagThresholds } from './rag-thresholds';

/** Benefits figures from raw savings, and sums of them (programmes into the alliance, members' parts into totals). */

export type RawFigures = Pick<BenefitsFigures, 'planned' | 'forecast' | 'realised' | 'bestEstimate'>;

export function figures(raw: RawFigures, thresholds: RagThresholds): BenefitsFigures {
  const variance = raw.bestEstimate.minus(raw.planned);
  const delivery = raw.planned.isPositive() ? raw.bestEstimate.ratioTo(raw.planned) : null;
  return {
    planned: raw.planned,
    forecast: raw.forecast,
    realised: raw.realised,
    bestEstimate: raw.bestEstimate,
    variance,
    delivery,
    rag: ragStatus(delivery, thresholds),
  };
}

export function sumSavings(xs: RawFigures[]): RawFigures {
  const realised = xs.filter((x) => x.realised !== null).map((x) => x.realised as Money);
  return {
    planned: Money.sum(xs.map((x) => x.planned)),
    forecast: Money.sum(xs.map((x) => x.forecast)),
    realised: realised.length > 0 ? Money.sum(realised) : null,
    bestEstimate: Money.sum(xs.map((x) => x.bestEstimate)),
  };
}

/** Members' parts added up per force, in the order forces first appear. */
export function sumMembers(parts: MemberBenefits[]): MemberBenefits[] {
  const byForce = new Map<string, MemberBenefits[]>();
  for (const p of parts) byForce.set(p.force, [...(byForce.get(p.force) ?? []), p]);
  return [...byForce.entries()].map(([force, ps]) => {
    const total = sumSavings(ps);
    const costs = Money.sum(ps.map((p) => p.costsToAchieve));
    return { force, ...total, variance: total.bestEstimate.minus(total.planned), ...netBenefitOf(total.bestEstimate, costs) };
  });
}

/** Savings figures with the costs to achieve of the same programmes or years netted off. */
export function figuresWithNet(
  raw: RawFigures,
  costsToAchieve: Money,
  thresholds: RagThresholds,
): BenefitsFigures & { costsToAchieve: Money; netBenefit: Money } {
  return { ...figures(raw, thresholds), ...netBenefitOf(raw.bestEstimate, costsToAchieve) };
}
