import type { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import type { CapitalSchemeFact } from '../force-finance/capital-programme.facts';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import type { MtfpCapitalFunding, MtfpCapitalProgramme, MtfpCapitalScheme } from './capital-financing-line';
import { moneyFigure, sumFigures } from './figure';

type FundingSource = 'capitalGrant' | 'capitalReceipts' | 'revenueContribution' | 'reserves' | 'borrowing';

/** The capital schemes recorded for a year, in the order first recorded. */
export function capitalSchemesOf(facts: ForceFinanceState, year: string): CapitalSchemeFact[] {
  return Object.values(facts.capitalSchemes?.[year] ?? {});
}

/** The year's capital programme: each scheme's cost and funding by source, and the programme's totals. */
export function capitalProgrammeForYear(facts: ForceFinanceState, year: FinancialYear): MtfpCapitalProgramme {
  const schemes = capitalSchemesOf(facts, year.toString()).map(schemeLine);
  const total = (source: FundingSource) => sumFigures(schemes.map((s) => s.funding[source]));
  return {
    schemes,
    spend: sumFigures(schemes.map((s) => s.cost)),
    funding: {
      capitalGrant: total('capitalGrant'),
      capitalReceipts: total('capitalReceipts'),
      revenueContribution: total('revenueContribution'),
      reserves: total('reserves'),
      borrowing: total('borrowing'),
    },
  };
}

function schemeLine(fact: CapitalSchemeFact): MtfpCapitalScheme {
  const of = (source: FundingSource) => moneyFigure(Money.of(fact.funding[source]), fact.sources);
  const funding: MtfpCapitalFunding = {
    capitalGrant: of('capitalGrant'),
    capitalReceipts: of('capitalReceipts'),
    revenueContribution: of('revenueContribution'),
    reserves: of('reserves'),
    borrowing: of('borrowing'),
  };
  return {
    schemeId: fact.schemeId,
    name: fact.name,
    cost: moneyFigure(Money.of(fact.cost), fact.sources),
    funding,
    fromReserve: fact.funding.reserveId ?? null,
    assetLifeYears: fact.assetLifeYears ?? null,
  };
}
