import { FinancialYear } from '../common/financial-year';
import type { Money } from '../common/money';
import type { Rate } from '../common/rate';
import type { ReserveKind } from '../force-finance/force-finance.events';
import type { MtfpProjection, MtfpYear } from '../mtfp/mtfp-projection';

/**
 * The per-year model a stress test rolls forward, taken from a force's deterministic MTFP (in
 * pounds, as floating point: sampling and path arithmetic need speed, not pence; every figure
 * reported is rounded back to pence as a decimal string).
 *
 * Each uncertain figure keeps the MTFP's own value for the year and the first year of the
 * model from which the plan moved it by a rate (`…RolledFrom`): pay and non-pay from the year
 * after their base budget, projected grants from the year after their settlement, a projected
 * tax base from the year after it was recorded. A path multiplies the MTFP's figure by
 * (1 + sampled rate) / (1 + plan rate) for each of those years in the model – so a path whose
 * rates equal the plan's reproduces the MTFP exactly, and a base budget, settlement or tax base
 * recorded for a later year restarts the roll as it does in the MTFP. Years before the model's
 * first year are history to it and stay as the plan has them.
 */
export interface StressModelYear {
  year: string;
  pay: number;
  nonPay: number;
  /** Income lines (fees, charges); moved by income inflation, which is not stressed. */
  income: number;
  costPressuresAndGrowth: number;
  /** The force's own savings items and its share of alliance savings not yet delivered: what savings delivery scales. */
  savings: number;
  /** Savings already delivered (alliance savings with a realised figure): no delivery risk. */
  deliveredSavings: number;
  /** Core and formula grant where the plan projects them from an earlier settlement (moved by the grant change). */
  grantProjected: number;
  /** Grants settled for the year, or carried flat. */
  grantFixed: number;
  taxBase: number;
  bandD: number;
  collectionFund: number;
  /** Revenue-supporting drawdowns less contributions from revenue, as planned. */
  plannedReserveUse: number;
  /** The plan's rates for the year. */
  rates: { payAward: number; nonPayInflation: number; grantChange: number; taxBaseGrowth: number };
  /** Index into `years` of the first year whose rate moved the figure; greater than this year's index when none did. */
  payRolledFrom: number;
  grantRolledFrom: number;
  taxBaseRolledFrom: number;
  /** The MTFP's own figures in pence strings, for reporting beside the stressed ones (strings, so the model is plain data a worker thread can be sent). */
  plan: { gap: string; savingsToIdentify: string };
}

export interface StressModelReserve {
  reserveId: string;
  name: string;
  kind: ReserveKind;
  /** Index of the first model year it is open in, and its balance then. */
  opensAt: number;
  opening: number;
  /** Planned (or actual) movements per model year, as the MTFP counts them. */
  contributions: number[];
  drawdowns: number[];
}

export interface StressModel {
  from: string;
  years: StressModelYear[];
  /** Earmarked reserves first, in the order the force opened them, then general reserves (a shortfall draws on the general ones only). */
  reserves: StressModelReserve[];
  /** The minimum general reserve as a share of NRE, if the force has a policy. */
  minimumGeneralReserveShare: number | null;
}

export function stressModelFromMtfp(mtfp: MtfpProjection): StressModel {
  const from = FinancialYear.parse(mtfp.from, 'from');
  const indexOf = (year: string | null, fallback: number): number =>
    year === null ? fallback : Math.max(0, FinancialYear.parse(year, 'year').yearsSince(from) + 1);

  const years = mtfp.years.map((y, i): StressModelYear => {
    const { expenditure, funding } = y;
    const projected = [funding.coreGrant, funding.formulaGrant].filter((g) => g.basis === 'projected');
    const fixed = [funding.coreGrant, funding.formulaGrant].filter((g) => g.basis !== 'projected');
    const settledYear = projected[0]?.settledYear ?? null;
    return {
      year: y.year,
      pay: float(expenditure.pay.value),
      nonPay: float(expenditure.nonPay.value),
      income: float(y.income.total.value),
      // Contributions to joint units are the units' budgets shared, not rolled by this force's rates: fixed like its items.
      // Capital financing (debt charges, MRP, interest, RCCO) is fixed by borrowing already planned, not by the path's rates.
      costPressuresAndGrowth:
        float(expenditure.costPressures.value) +
        float(expenditure.growth.value) +
        float(expenditure.contributionsTotal.value) +
        float(y.capitalFinancing.total.value),
      ...savingsOf(expenditure),
      grantProjected: sum(projected.map((g) => float(g.value))),
      // Specific grants are the year's own, announced for it: fixed, like the legacy and other general grants.
      grantFixed: sum(
        [...fixed, funding.legacyCouncilTaxGrants, funding.otherGeneralGrants, funding.specificGrantsTotal].map((g) => float(g.value)),
      ),
      taxBase: funding.precept.taxBase.value.toNumber(),
      bandD: float(funding.precept.bandD.value),
      collectionFund: float(funding.collectionFund.value),
      plannedReserveUse: float(y.reserveUse.net.value),
      rates: {
        payAward: rate(y.assumptions.payAward.value),
        nonPayInflation: rate(y.assumptions.nonPayInflation.value),
        grantChange: rate(y.assumptions.grantChange.value),
        taxBaseGrowth: rate(y.assumptions.taxBaseGrowth.value),
      },
      payRolledFrom: indexOf(expenditure.baseBudgetYear, i + 1),
      grantRolledFrom: indexOf(settledYear, i + 1),
      taxBaseRolledFrom: funding.precept.taxBase.basis === 'projected' ? indexOf(funding.precept.taxBase.recordedFor, i + 1) : i + 1,
      // What the plan leaves for reserves or savings to meet, as a path reports it: negative in a surplus year.
      plan: { gap: y.gap.value.toPence(), savingsToIdentify: y.savingsToIdentify.value.minus(y.surplus.value).toPence() },
    };
  });

  return { from: mtfp.from, years, reserves: reservesOf(mtfp.years), minimumGeneralReserveShare: minimumShareOf(mtfp.years) };
}

/** Savings the path's delivery rate scales (own savings items, alliance savings not yet realised), and those already delivered. */
function savingsOf(expenditure: MtfpYear['expenditure']): { savings: number; deliveredSavings: number } {
  const realised = sum(expenditure.externalSavings.filter((e) => e.realised).map((e) => float(e.amount.value)));
  return {
    savings: float(expenditure.savings.value) + float(expenditure.externalSavingsTotal.value) - realised,
    deliveredSavings: realised,
  };
}

function reservesOf(years: readonly MtfpYear[]): StressModelReserve[] {
  const reserves = new Map<string, StressModelReserve>();
  years.forEach((y, i) => {
    for (const row of y.reserves) {
      let reserve = reserves.get(row.reserveId);
      if (!reserve) {
        reserve = {
          reserveId: row.reserveId,
          name: row.name,
          kind: row.kind,
          opensAt: i,
          opening: float(row.opening.value),
          contributions: years.map(() => 0),
          drawdowns: years.map(() => 0),
        };
        reserves.set(row.reserveId, reserve);
      }
      reserve.contributions[i] = float(row.contributions.value);
      reserve.drawdowns[i] = float(row.drawdowns.value);
    }
  });
  const all = [...reserves.values()];
  return [...all.filter((r) => r.kind !== 'general'), ...all.filter((r) => r.kind === 'general')];
}

function minimumShareOf(years: readonly MtfpYear[]): number | null {
  const policy = years.find((y) => y.generalReserve?.minimumShareOfNre)?.generalReserve?.minimumShareOfNre;
  return policy ? rate(policy.value) : null;
}

function float(amount: Money): number {
  return amount.value.toNumber();
}

function rate(value: Rate): number {
  return value.fraction.toNumber();
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
