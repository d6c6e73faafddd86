import { FinancialYear } from '../common/financial-year';
import { InvalidInputError } from '../common/errors';
import { Money } from '../common/money';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import { isInPlan } from '../force-finance/plan-period-rules';
import { budgetMonitoringForYear } from './budget-monitoring-for-year';
import { capitalProgrammeForYear } from './capital-programme-for-year';
import type { ContributionLine } from './contribution-line';
import type { ExternalSavingsLine } from './external-savings-line';
import { moneyFigure, type MoneyFigure } from './figure';
import { fundingForYear, type BandDOverrides } from './funding-for-year';
import type { MtfpProjection, MtfpYear } from './mtfp-projection';
import { netRevenueForYear } from './net-revenue-for-year';
import { reserveFiguresOfYear } from './reserve-figures-of-year';
import { assumptionsOfYear } from './plan-assumptions-for-year';
import type { ReferendumPrinciplesFor } from './planned-band-d';
import { generalReserveCheck } from './reserves-for-year';
import { savingsToIdentifyAndSurplus } from './savings-to-identify';
import { validContributions } from './valid-contributions';
import { validExternalSavings } from './valid-external-savings';
import { Warnings } from './warnings';
import { withCapitalReserveUse } from './with-capital-reserve-use';

export const MAX_MTFP_YEARS = 20;

/** A Band D for a year, exact, and the events it came from (a scenario's precept strategy, say): what `bandDOverrides` takes. */
export type BandDOverride = { bandD: string; sources: string[] };

export interface ProjectMtfpInput {
  /** The force's finance facts: its folded force-finance stream (baseline, or baseline + scenario). */
  facts: ForceFinanceState;
  /** First year shown, "2016/17". */
  from: string | FinancialYear;
  /** How many years to show (1 to 20). */
  years: number;
  /** Savings reaching the force from outside its own decisions (its share of alliance programmes). */
  externalSavings?: readonly ExternalSavingsLine[];
  /** Its contributions to alliances' joint units, with the base-budget lines each replaces. */
  contributions?: readonly ContributionLine[];
  /**
   * Band D to use for a year instead of what is recorded (a precept option, a scenario); it
   * also carries forward, as a freeze, into later years with no Band D of their own.
   */
  bandDOverrides?: Readonly<Record<string, Money | string | { bandD: Money | string; sources?: string[] }>>;
  /** The referendum principles that apply to the force's PCC by year, for "most without a referendum" precept assumptions. */
  referendumPrinciplesFor?: ReferendumPrinciplesFor;
}

/**
 * A force's medium-term financial plan, year by year – a pure function of its facts. For each
 * year: expenditure (expenditure-for-year.ts) less income gives NRE (net-revenue-for-year.ts); funding
 * (funding-for-year.ts); gap = NRE − funding; reserve use = revenue-supporting drawdowns less
 * contributions from revenue (reserves-for-year.ts); savings still to identify = gap − reserve
 * use; each reserve's opening, contributions, drawdowns and closing; general reserves checked
 * against the minimum policy. Every figure carries the ids of the events it came from, and the
 * engine keeps full precision: only `mtfpToJson` rounds, to pence.
 */
export function projectMtfp(input: ProjectMtfpInput): MtfpProjection {
  // Reserves-funded capital shows as planned use of the named reserve (with-capital-reserve-use.ts).
  const facts = withCapitalReserveUse(input.facts);
  const from = typeof input.from === 'string' ? FinancialYear.parse(input.from, 'from') : input.from;
  if (!Number.isInteger(input.years) || input.years < 1 || input.years > MAX_MTFP_YEARS) {
    throw new InvalidInputError('years', `must be a whole number of years from 1 to ${MAX_MTFP_YEARS}`);
  }
  const years = FinancialYear.range(from, input.years);
  const to = years[years.length - 1];
  const externalSavings = validExternalSavings(input.externalSavings ?? []);
  const contributions = validContributions(input.contributions ?? []);
  const overrides = parseOverrides(input.bandDOverrides ?? {});
  const warnings = new Warnings();

  const plan = facts.planPeriod;

  const projected: MtfpYear[] = years.map((year) => {
    const withinPlanPeriod = plan !== null && isInPlan(plan, year);
    if (!withinPlanPeriod) {
      warnings.add(
        plan
          ? `${year} is outside the force's plan period (${plan.firstYear} to ${plan.lastYear})`
          : 'The force has no plan period recorded',
      );
    }
    const { expenditure, income, nre, specificGrants, capitalFinancing } = netRevenueForYear(
      facts,
      year,
      externalSavings,
      contributions,
      warnings,
    );
    const funding = fundingForYear(facts, year, overrides, warnings, input.referendumPrinciplesFor, specificGrants);
    const gap = moneyFigure(nre.value.minus(funding.total.value), nre.sources, funding.total.sources);
    const { reserveUse, reserves, reservesByPurpose } = reserveFiguresOfYear(facts.reserves, to, year.toString());
    const { savingsToIdentify, surplus } = savingsToIdentifyAndSurplus(year.toString(), gap, reserveUse, warnings);
    const general = generalReserveCheck(facts, reserves, nre, year.toString());
    const monitoring = budgetMonitoringForYear(
      facts,
      year,
      { expenditure, income, nre, reserves, generalReserve: general.check },
      warnings,
    );
    return {
      year: year.toString(),
      withinPlanPeriod,
      assumptions: assumptionsOfYear(facts, year),
      expenditure,
      income,
      nre,
      funding,
      gap,
      reserveUse,
      savingsToIdentify,
      surplus,
      reserves,
      reservesByPurpose,
      generalReserve: general.check,
      alerts: general.alerts,
      monitoring,
      capitalFinancing,
      capitalProgramme: capitalProgrammeForYear(facts, year),
    };
  });

  return {
    from: from.toString(),
    to: to.toString(),
    planPeriod: plan ? { firstYear: plan.firstYear, lastYear: plan.lastYear } : null,
    years: projected,
    warnings: warnings.list(),
  };
}

/**
 * A projected year's gap had its Band D been another: Band D moves only the year's precept
 * income, so the year's NRE and specific grants stand and only its funding is worked out again.
 * The same figure `projectMtfp` gives for the year with that Band D as an override (precept
 * options ask for several), without projecting the year's expenditure, reserves and monitoring
 * each time. `input` is the one `projected` came from.
 */
export function gapWithBandD(
  input: ProjectMtfpInput,
  projected: MtfpYear,
  bandD: { bandD: Money; sources: readonly string[] },
): MoneyFigure {
  const year = FinancialYear.parse(projected.year, 'year');
  const overrides: BandDOverrides = new Map([[projected.year, { bandD: bandD.bandD, sources: [...bandD.sources] }]]);
  // Funding reads no reserves, so the facts need not have capital's reserve use put in (projectMtfp's first step).
  const funding = fundingForYear(
    input.facts,
    year,
    overrides,
    new Warnings(),
    input.referendumPrinciplesFor,
    projected.funding.specificGrants,
  );
  return moneyFigure(projected.nre.value.minus(funding.total.value), projected.nre.sources, funding.total.sources);
}

function parseOverrides(input: NonNullable<ProjectMtfpInput['bandDOverrides']>): BandDOverrides {
  const overrides = new Map<string, { bandD: Money; sources: string[] }>();
  for (const [key, given] of Object.entries(input)) {
    const year = FinancialYear.parse(key, 'bandDOverrides').toString();
    const field = `bandDOverrides[${year}]`;
    const { bandD, sources } =
      given instanceof Money || typeof given === 'string'
        ? { bandD: given, sources: [] }
        : { bandD: given.bandD, sources: given.sources ?? [] };
    const amount = bandD instanceof Money ? bandD : Money.parse(bandD, field);
    if (amount.isNegative()) throw new InvalidInputError(field, 'a Band D cannot be negative');
    overrides.set(year, { bandD: amount, sources: [...sources] });
  }
  return overrides;
}
