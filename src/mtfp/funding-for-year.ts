import { Dec } from '../common/decimal';
import { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import type { GrantSettlement } from '../force-finance/force-finance.events';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import { mergeSources, moneyFigure, sumFigures } from './figure';
import type { BandDFigure, CollectionFundFigure, GrantFigure, MtfpFunding, MtfpSpecificGrant, TaxBaseFigure } from './mtfp-projection';
import { compoundGrowth } from './plan-assumptions-for-year';
import { plannedBandD, type ReferendumPrinciplesFor, type BandDOverrides } from './planned-band-d';
import { preceptByBillingAuthority } from './precept-by-billing-authority';
import { latestYearAtOrBefore } from './recorded-years';
import { specificGrantsTotal } from './specific-grants-for-year';
import { Warnings } from './warnings';

/** Band D amounts that replace what is recorded, by year (a scenario or a precept option). */
export type { BandDOverrides } from './planned-band-d';

/**
 * Funding of one MTFP year.
 * - Core grant and formula grant (both in the Home Office police settlement): the year's
 *   settlement, else the latest earlier settlement moved by the assumed grant change of each
 *   year since.
 * - Legacy council tax grants and other general grants: the year's settlement, else the latest
 *   earlier settlement carried flat (they have been fixed in cash since they began).
 * - Precept income = Band D × tax base, the council tax requirement (s42A). Tax base: recorded
 *   for the year, else the latest earlier one grown by each year's assumed tax base growth.
 *   Band D: an override for the year, else the approved Band D, else the standing proposal,
 *   else the plan's precept assumption for the year, else the year before's (a freeze, warned
 *   of): see planned-band-d.ts. Vetoed proposals never count.
 * - Collection fund: the surplus (or deficit) recorded for the year, else none – it is a
 *   one-off, never carried.
 * - Specific and ring-fenced grants: the year's own (specific-grants-for-year.ts), in the total.
 */
export function fundingForYear(
  facts: ForceFinanceState,
  year: FinancialYear,
  overrides: BandDOverrides,
  warnings: Warnings,
  principlesFor?: ReferendumPrinciplesFor,
  specificGrants: readonly MtfpSpecificGrant[] = [],
): MtfpFunding {
  const coreGrant = grantFor(facts, year, 'coreGrant', 'projected', warnings);
  const formulaGrant = grantFor(facts, year, 'formulaGrant', 'projected', warnings);
  const legacyCouncilTaxGrants = grantFor(facts, year, 'legacyCouncilTaxGrants', 'carried', warnings);
  const otherGeneralGrants = grantFor(facts, year, 'otherGeneralGrants', 'carried', warnings);
  const bandD = plannedBandD(facts, year, overrides, principlesFor, warnings);
  const taxBase = taxBaseFor(facts, year, warnings);
  const preceptIncome = moneyFigure(bandD.value.times(taxBase.value), bandD.sources, taxBase.sources);
  const councilTaxRequirement = { value: preceptIncome.value, sources: [...preceptIncome.sources] };
  const collectionFund = collectionFundFor(facts, year);
  const specificTotal = specificGrantsTotal(specificGrants);
  const total = sumFigures([
    coreGrant,
    formulaGrant,
    legacyCouncilTaxGrants,
    otherGeneralGrants,
    preceptIncome,
    collectionFund,
    specificTotal,
  ]);
  return {
    coreGrant,
    formulaGrant,
    legacyCouncilTaxGrants,
    otherGeneralGrants,
    specificGrants: [...specificGrants],
    specificGrantsTotal: specificTotal,
    precept: {
      bandD,
      taxBase,
      income: preceptIncome,
      councilTaxRequirement,
      byBillingAuthority: preceptByBillingAuthority(facts, taxBase, councilTaxRequirement),
    },
    collectionFund,
    total,
  };
}

function grantFor(
  facts: ForceFinanceState,
  year: FinancialYear,
  grant: keyof GrantSettlement,
  unsettled: 'projected' | 'carried',
  warnings: Warnings,
): GrantFigure {
  const settledYear = latestYearAtOrBefore(Object.keys(facts.grantSettlements), year);
  if (settledYear === null) {
    warnings.add(`No grant settlement is recorded for ${year} or any earlier year: its grants are taken as zero`);
    return { value: Money.ZERO, sources: [], basis: 'none', settledYear: null };
  }
  const settlement = facts.grantSettlements[settledYear.toString()];
  const settled = Money.of(settlement[grant]);
  if (settledYear.equals(year))
    return { value: settled, sources: [...settlement.sources], basis: 'settled', settledYear: settledYear.toString() };
  if (unsettled === 'carried')
    return { value: settled, sources: [...settlement.sources], basis: 'carried', settledYear: settledYear.toString() };
  const growth = compoundGrowth(facts, settledYear, year, 'grantChange', warnings);
  return {
    ...moneyFigure(settled.times(growth.factor), settlement.sources, growth.sources),
    basis: 'projected',
    settledYear: settledYear.toString(),
  };
}

function taxBaseFor(facts: ForceFinanceState, year: FinancialYear, warnings: Warnings): TaxBaseFigure {
  const recordedFor = latestYearAtOrBefore(Object.keys(facts.taxBases), year);
  if (recordedFor === null) {
    warnings.add(`No tax base is recorded for ${year} or any earlier year: its precept income is taken as zero`);
    return { value: new Dec(0), sources: [], basis: 'none', recordedFor: null };
  }
  const recorded = facts.taxBases[recordedFor.toString()];
  const base = new Dec(recorded.bandDEquivalents);
  if (recordedFor.equals(year))
    return { value: base, sources: [...recorded.sources], basis: 'recorded', recordedFor: recordedFor.toString() };
  const growth = compoundGrowth(facts, recordedFor, year, 'taxBaseGrowth', warnings);
  return {
    value: base.times(growth.factor),
    sources: mergeSources(recorded.sources, growth.sources),
    basis: 'projected',
    recordedFor: recordedFor.toString(),
  };
}

/**
 * The Band D that counts for a year as the MTFP has it (its precept assumptions included: see
 * planned-band-d.ts), for the precept engine and scenarios, whose "previous Band D" must be the
 * plan's. Without `principlesFor`, a "most without a referendum" assumption is taken as a freeze.
 */
export function bandDFor(
  facts: ForceFinanceState,
  year: FinancialYear,
  overrides: BandDOverrides,
  warnings?: Warnings,
  principlesFor?: ReferendumPrinciplesFor,
): BandDFigure {
  return plannedBandD(facts, year, overrides, principlesFor, warnings ?? new Warnings());
}

function collectionFundFor(facts: ForceFinanceState, year: FinancialYear): CollectionFundFigure {
  const recorded = facts.collectionFunds[year.toString()];
  return recorded
    ? { value: Money.of(recorded.amount), sources: [...recorded.sources], basis: 'recorded' }
    : { value: Money.ZERO, sources: [], basis: 'none' };
}
