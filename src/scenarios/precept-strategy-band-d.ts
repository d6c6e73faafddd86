import { Dec } from '../common/decimal';
import { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import { Rate } from '../common/rate';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import { formatPounds } from '../force-finance/format-pounds';
import { possessive } from '../force-finance/plan-period-rules';
import { mergeSources } from '../force-finance/sourced-money';
import { bandDFor } from '../mtfp/funding-for-year';
import type { BandDOverride } from '../mtfp/project-mtfp';
import { assessReferendum, largestBandDWithoutReferendum } from '../precept/referendum-test';
import type { ReferendumPrinciple } from '../reference-data/referendum-principle';
import type { EffectiveOverrides } from './effective-overrides';

/** The referendum principles that apply to a force's PCC in a year (alternatives: meeting any one avoids a referendum). */
export type PrinciplesFor = (force: string, year: string) => readonly ReferendumPrinciple[];

/**
 * Each year's Band D under a force's precept strategies, earliest year first, each worked out
 * from the Band D that counts for the year before – in the scenario, so strategies in
 * consecutive years compound (+£10 then +£10 is +£20):
 *  - freeze: the previous Band D;
 *  - percentage: previous × (1 + rate), to the penny, half-up (as precept options round);
 *  - pound: previous + amount;
 *  - max_without_referendum: the largest whole-penny Band D any principle of the year allows.
 * A year whose Band D cannot be worked out (no previous Band D; no principle for the year; a
 * result of zero or less) keeps the baseline's, with a warning; a strategy whose Band D needs a
 * referendum is applied and flagged. Every later year's recorded Band D is then checked against
 * its own year's principles from the scenario's Band D before it (see below).
 */
export function bandDUnderStrategies(
  facts: ForceFinanceState,
  force: string,
  forceName: string,
  strategies: EffectiveOverrides['preceptStrategies'],
  principlesFor: PrinciplesFor,
  warnings: string[],
): Record<string, BandDOverride> {
  const overrides = new Map<string, { bandD: Money; sources: string[] }>();
  const ordered = [...strategies].sort((a, b) => FinancialYear.parse(a.year).compare(FinancialYear.parse(b.year)));
  for (const { year, strategy, sources } of ordered) {
    const previousYear = FinancialYear.parse(year, 'year').previous();
    const previous = bandDFor(facts, previousYear, overrides, undefined, (y) => principlesFor(force, y));
    if (previous.basis === 'none') {
      warnings.push(
        `${forceName} has no Band D for ${previousYear} or any earlier year: the scenario's precept strategy for ${year} cannot be applied`,
      );
      continue;
    }
    const principles = principlesFor(force, year);
    let bandD: Money;
    let extraSources: string[] = [];
    switch (strategy.kind) {
      case 'freeze':
        bandD = previous.value;
        break;
      case 'percentage':
        bandD = Money.of(previous.value.times(Rate.of(strategy.rate).growthFactor()).value.toDecimalPlaces(2, Dec.ROUND_HALF_UP));
        break;
      case 'pound':
        bandD = previous.value.plus(Money.of(strategy.amount));
        break;
      case 'max_without_referendum':
        if (principles.length === 0) {
          warnings.push(
            `No referendum principle applies to ${forceName} for ${year}: the scenario's "most without a referendum" strategy cannot be applied`,
          );
          continue;
        }
        bandD = principles.map((p) => largestBandDWithoutReferendum(p, previous.value)).reduce((a, b) => (b.greaterThan(a) ? b : a));
        extraSources = mergeSources(...principles.map((p) => p.sources));
        break;
    }
    if (!bandD.isPositive()) {
      warnings.push(
        `The scenario's precept strategy for ${year} would take ${possessive(forceName)} Band D to ${formatPounds(bandD)}: it is left out`,
      );
      continue;
    }
    const referendum = assessReferendum(principles, previous.value, bandD, year);
    if (referendum.required)
      warnings.push(
        `${forceName} ${year}: a Band D of ${formatPounds(bandD)} under the scenario's precept strategy. ${referendum.explanation}`,
      );
    overrides.set(year, { bandD, sources: mergeSources(sources, previous.sources, extraSources) });
  }
  warnOfLaterYearsOverTheirLimit(facts, force, forceName, overrides, principlesFor, warnings);
  return Object.fromEntries([...overrides].map(([year, o]) => [year, { bandD: o.bandD.toExact(), sources: o.sources }]));
}

/**
 * A scenario that lowers one year's Band D makes the next year's recorded Band D a bigger rise:
 * each year after the first strategy whose Band D is recorded (approved or proposed) and not set
 * by a strategy is tested against its own year's principles for this PCC, from the Band D that
 * counts for the year before in the scenario, and flagged when it would need a referendum.
 */
function warnOfLaterYearsOverTheirLimit(
  facts: ForceFinanceState,
  force: string,
  forceName: string,
  overrides: ReadonlyMap<string, { bandD: Money; sources: string[] }>,
  principlesFor: PrinciplesFor,
  warnings: string[],
): void {
  const first = [...overrides.keys()].map((y) => FinancialYear.parse(y)).sort((a, b) => a.compare(b))[0];
  if (!first) return;
  const later = Object.keys(facts.precepts)
    .map((y) => FinancialYear.parse(y))
    .filter((y) => y.isAfter(first) && !overrides.has(y.toString()))
    .sort((a, b) => a.compare(b));
  for (const year of later) {
    const recorded = facts.precepts[year.toString()];
    const bandD = recorded.approved?.bandD ?? recorded.proposed?.bandD;
    const previous = bandDFor(facts, year.previous(), overrides, undefined, (y) => principlesFor(force, y));
    if (bandD === undefined || previous.basis === 'none') continue;
    const referendum = assessReferendum(principlesFor(force, year.toString()), previous.value, Money.of(bandD), year.toString());
    if (!referendum.required) continue;
    warnings.push(
      `${forceName} ${year}: the recorded Band D of ${formatPounds(Money.of(bandD))} is a rise of ${formatPounds(Money.of(bandD).minus(previous.value))} on the scenario's ${formatPounds(previous.value)} for ${year.previous()}. ${referendum.explanation}`,
    );
  }
}
