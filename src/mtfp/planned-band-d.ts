import { Dec } from '../common/decimal';
import { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import { Rate } from '../common/rate';
import type { PreceptAssumption } from '../force-finance/force-finance.events';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import { formatPounds } from '../force-finance/format-pounds';
import { assessReferendum, largestBandDWithoutReferendum } from '../precept/referendum-test';
import { describeReferendumPrinciple, type ReferendumPrinciple } from '../reference-data/referendum-principle';
import { mergeSources } from './figure';
import type { BandDFigure, MtfpBandDAssumption } from './mtfp-projection';
import type { Warnings } from './warnings';

/** Band D figures a scenario sets for years, by year, with the events that set them. */
export type BandDOverrides = ReadonlyMap<string, { bandD: Money; sources: string[] }>;

/** The referendum principles that apply to the force's PCC in a year (alternatives: meeting any one avoids a referendum). */
export type ReferendumPrinciplesFor = (year: string) => readonly ReferendumPrinciple[];

/** How far back "max without referendum" looks for a principle when none is recorded for its year. */
const PRINCIPLE_LOOKBACK_YEARS = 20;

/**
 * The Band D the plan uses for a year, worked forward from the earliest year whose Band D is set:
 * each year takes its own set Band D (an override, else approved, else proposed) if it has one,
 * else the plan's precept assumption for the year applied to the year before's Band D, else the
 * year before's Band D carried (a freeze the plan did not state, so it warns). Assumptions:
 * - freeze: the year before's Band D;
 * - percentage: × (1 + rate), to the penny, half-up (as precept options round);
 * - pound: + the amount;
 * - max_without_referendum: the largest whole-penny Band D any principle of the year for this
 *   PCC allows. A year with no principle recorded takes the latest earlier year's, with a
 *   warning: a CFO plans the outer years before their principles are announced (each December,
 *   with the settlement), and the usual planning assumption is that the last known limit holds;
 *   refusing would leave those years without a figure. With no principle at all, a freeze.
 * An assumed Band D of zero or less is not used (the year before's is carried, with a warning);
 * one that needs a referendum is used and flagged.
 */
export function plannedBandD(
  facts: ForceFinanceState,
  year: FinancialYear,
  overrides: BandDOverrides,
  principlesFor: ReferendumPrinciplesFor | undefined,
  warnings: Warnings,
): BandDFigure {
  const first = earliestSetYear(facts, overrides, year);
  if (first === null) {
    warnings.add(`No Band D is recorded for ${year} or any earlier year: its precept income is taken as zero`);
    return { value: Money.ZERO, sources: [], basis: 'none', setFor: null };
  }
  let current = setBandD(facts, overrides, first) as BandDFigure;
  for (let y = first.next(); !y.isAfter(year); y = y.next()) {
    const set = setBandD(facts, overrides, y);
    if (set) {
      current = set;
      continue;
    }
    const assumed = facts.preceptAssumptions?.[y.toString()];
    if (assumed) {
      current = applyAssumption(assumed.assumption, assumed.sources, current, y, principlesFor, warnings);
      continue;
    }
    if (y.equals(year)) {
      warnings.add(
        `No Band D or precept assumption is recorded for ${y}: the plan carries ${formatPounds(current.value)} (a freeze); record a precept assumption to say so`,
      );
    }
    current = { value: current.value, sources: [...current.sources], basis: 'frozen', setFor: current.setFor };
  }
  return current;
}

function applyAssumption(
  assumption: PreceptAssumption,
  sources: readonly string[],
  previous: BandDFigure,
  year: FinancialYear,
  principlesFor: ReferendumPrinciplesFor | undefined,
  warnings: Warnings,
): BandDFigure {
  const detail: MtfpBandDAssumption = { kind: assumption.kind };
  let bandD: Money;
  let principleSources: string[] = [];
  switch (assumption.kind) {
    case 'freeze':
      bandD = previous.value;
      break;
    case 'percentage':
      detail.rate = Rate.of(assumption.rate);
      bandD = Money.of(previous.value.times(detail.rate.growthFactor()).value.toDecimalPlaces(2, Dec.ROUND_HALF_UP));
      break;
    case 'pound':
      detail.amount = Money.of(assumption.amount);
      bandD = previous.value.plus(detail.amount);
      break;
    case 'max_without_referendum': {
      const found = principlesFrom(year, principlesFor, warnings);
      detail.principlesOf = found?.year ?? null;
      if (!found) {
        bandD = previous.value;
        break;
      }
      bandD = found.principles.map((p) => largestBandDWithoutReferendum(p, previous.value)).reduce((a, b) => (b.greaterThan(a) ? b : a));
      principleSources = mergeSources(...found.principles.map((p) => p.sources));
      break;
    }
  }
  if (!bandD.isPositive()) {
    warnings.add(
      `The precept assumption for ${year} would take Band D to ${formatPounds(bandD)}: ${formatPounds(previous.value)} is carried`,
    );
    return {
      value: previous.value,
      sources: mergeSources(previous.sources, sources),
      basis: 'frozen',
      setFor: previous.setFor,
      assumption: detail,
    };
  }
  if (principlesFor && (assumption.kind === 'percentage' || assumption.kind === 'pound')) {
    const referendum = assessReferendum(principlesFor(year.toString()), previous.value, bandD, year.toString());
    detail.needsReferendum = referendum.required;
    if (referendum.required) warnings.add(`${year}: the assumed Band D of ${formatPounds(bandD)}. ${referendum.explanation}`);
  }
  return {
    value: bandD,
    sources: mergeSources(sources, previous.sources, principleSources),
    basis: 'assumed',
    setFor: year.toString(),
    assumption: detail,
  };
}

/** The year's principles for this PCC, else the latest earlier year's (said in a warning), else none (a freeze, said too). */
function principlesFrom(
  year: FinancialYear,
  principlesFor: ReferendumPrinciplesFor | undefined,
  warnings: Warnings,
): { year: string; principles: readonly ReferendumPrinciple[] } | null {
  if (!principlesFor) {
    warnings.add(`${year}: no referendum principles were available to the plan, so "most without a referendum" is taken as a freeze`);
    return null;
  }
  let candidate = year;
  for (let back = 0; back <= PRINCIPLE_LOOKBACK_YEARS; back++, candidate = candidate.previous()) {
    const principles = principlesFor(candidate.toString());
    if (principles.length === 0) continue;
    if (back > 0) {
      warnings.add(
        `No referendum principle is recorded for ${year}: "most without a referendum" assumes the ${candidate} principle continues (${principles.map(describeReferendumPrinciple).join(' or ')})`,
      );
    }
    return { year: candidate.toString(), principles };
  }
  warnings.add(`No referendum principle is recorded for ${year} or any earlier year: "most without a referendum" is taken as a freeze`);
  return null;
}

/** A Band D set for exactly this year: an override, else the approved Band D, else the standing proposal. */
function setBandD(facts: ForceFinanceState, overrides: BandDOverrides, year: FinancialYear): BandDFigure | null {
  const key = year.toString();
  const override = overrides.get(key);
  if (override) return { value: override.bandD, sources: [...override.sources], basis: 'override', setFor: key };
  const recorded = facts.precepts[key];
  if (recorded?.approved)
    return { value: Money.of(recorded.approved.bandD), sources: [...recorded.approved.sources], basis: 'approved', setFor: key };
  if (recorded?.proposed)
    return { value: Money.of(recorded.proposed.bandD), sources: [...recorded.proposed.sources], basis: 'proposed', setFor: key };
  return null;
}

function earliestSetYear(facts: ForceFinanceState, overrides: BandDOverrides, year: FinancialYear): FinancialYear | null {
  let earliest: FinancialYear | null = null;
  for (const key of new Set([...Object.keys(facts.precepts), ...overrides.keys()])) {
    const candidate = FinancialYear.parse(key, 'year');
    if (candidate.isAfter(year) || !setBandD(facts, overrides, candidate)) continue;
    if (earliest === null || candidate.isBefore(earliest)) earliest = candidate;
  }
  return earliest;
}
