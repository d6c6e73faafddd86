import { allocatePence, moneyOfPence } from '../common/allocation';
import type { Dec } from '../common/decimal';
import { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import type { ProgrammeFacts } from '../collaboration/alliance.state';
import { costsToAchieveIn, varianceExplanationIn } from '../collaboration/board-figures.state';
import { compareYears } from '../collaboration/collaboration-input';
import { preparedWeightsOf, type SharesInYear } from '../collaboration/cost-shares';
import { programmeYears, type MemberSavingsFigures } from '../collaboration/programme-savings';

/**
 * The board's net view of a programme: its one-off costs to achieve per year and the net
 * benefit, best-estimate savings − costs to achieve (for a year, cumulatively and in total).
 * Each member's part of a year's costs is the costs split to the penny (largest remainder) by
 * the shares that split the programme's savings that year, so members' parts sum exactly to
 * the programme's, and a member's net benefit is its best estimate − its costs.
 */
export interface NetBenefit {
  costsToAchieve: Money;
  netBenefit: Money;
}

export function netBenefitOf(bestEstimate: Money, costsToAchieve: Money): NetBenefit {
  return { costsToAchieve, netBenefit: bestEstimate.minus(costsToAchieve) };
}

/** The current explanation of why a programme-year's savings differ from plan, with the event it came from. */
export interface VarianceExplanation {
  explanation: string;
  recordedAt: string | null;
  source: string | null;
}

/** Every explanation recorded for a programme, in the order recorded; `current` marks the one each year shows. */
export interface VarianceExplanationRecord extends VarianceExplanation {
  year: string;
  current: boolean;
}

/** A programme's years: from its start to the last year with a saving, a cost to achieve or an explanation. */
export function boardYears(programme: ProgrammeFacts): string[] {
  const years = programmeYears(programme);
  const extra = [...(programme.costsToAchieve ?? []), ...(programme.varianceExplanations ?? [])].map((x) => x.year);
  const last = extra.reduce((latest, y) => (compareYears(y, latest) > 0 ? y : latest), years[years.length - 1]);
  const start = FinancialYear.parse(programme.startYear);
  return FinancialYear.range(start, FinancialYear.parse(last).yearsSince(start) + 1).map(String);
}

/** The year's costs to achieve (zero when none is recorded), its current variance explanation, and the events behind them. */
export function boardFactsOfYear(
  programme: ProgrammeFacts,
  year: string,
): { costsToAchieve: Money; varianceExplanation: VarianceExplanation | null; sources: string[] } {
  const costs = costsToAchieveIn(programme, year);
  const explained = varianceExplanationIn(programme, year);
  const varianceExplanation = explained
    ? { explanation: explained.explanation, recordedAt: explained.recordedAt, source: explained.source }
    : null;
  const sources = [costs?.source, explained?.source].filter((s): s is string => typeof s === 'string');
  return { costsToAchieve: costs ? Money.of(costs.amount) : Money.ZERO, varianceExplanation, sources };
}

export function varianceExplanationsOf(programme: ProgrammeFacts): VarianceExplanationRecord[] {
  return (programme.varianceExplanations ?? []).map((e) => ({
    year: e.year,
    explanation: e.explanation,
    recordedAt: e.recordedAt,
    source: e.source,
    current: varianceExplanationIn(programme, e.year) === e,
  }));
}

type SavingsPart = MemberSavingsFigures & { share?: Dec };

/**
 * Members' parts of a year with their costs to achieve and net benefit. A year with costs but
 * no savings recorded gets members with zero savings; a year with no costs adds zero to each.
 * `sharesOfYear` gives the programme's shares for the year (cost-shares.ts programmeSharesIn),
 * asked for only when there are costs to split.
 */
export function withMemberCosts(
  costsToAchieve: Money,
  savingsParts: readonly SavingsPart[],
  sharesOfYear: () => SharesInYear,
): { members: (SavingsPart & NetBenefit)[]; sharing: 'unit_basis' | 'equal_shares' | null; sources: string[]; issue?: string } {
  const withZeroCosts = () => savingsParts.map((m) => ({ ...m, ...netBenefitOf(m.bestEstimate, Money.ZERO) }));
  if (costsToAchieve.isZero()) return { members: withZeroCosts(), sharing: null, sources: [] };
  const shares = sharesOfYear();
  if (!shares.ok) return { members: withZeroCosts(), sharing: null, sources: shares.sources, issue: shares.issue };
  // Only the pence are wanted, not the shares allocate would also work out to 30 places.
  const costParts = allocatePence(costsToAchieve, preparedWeightsOf(shares.members)).map(moneyOfPence);
  const members = shares.members.map((s, i) => {
    const part: SavingsPart = savingsParts.find((m) => m.force === s.force) ?? {
      force: s.force,
      share: s.share,
      planned: Money.ZERO,
      forecast: Money.ZERO,
      realised: null,
      bestEstimate: Money.ZERO,
      variance: Money.ZERO,
    };
    return { ...part, ...netBenefitOf(part.bestEstimate, costParts[i]) };
  });
  return { members, sharing: shares.method, sources: shares.sources };
}
