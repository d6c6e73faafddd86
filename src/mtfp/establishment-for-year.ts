import { Dec } from '../common/decimal';
import type { FinancialYear } from '../common/financial-year';
import type { PayGroup } from '../force-finance/force-finance.events';
import type { EstablishmentFact, ForceFinanceState } from '../force-finance/force-finance.state';
import { mergeSources, type MoneyFigure, type QuantityFigure } from './figure';
import { latestYearAtOrBefore } from './recorded-years';
import type { Warnings } from './warnings';

/**
 * A pay group's establishment in a year beside the base budget year's, where the force records it.
 * Convention: an establishment takes effect from the start of the year it is recorded for (1 April)
 * and carries on until set again; the base budget is costed at the base year's establishment, so
 * a later year's pay is the base pay, moved by every award and drift since, × FTE ÷ base FTE
 * (awards and drift are per head; a change in FTE changes the number of heads).
 */
export interface EstablishmentScale {
  baseFte: QuantityFigure;
  /** The year the base FTE was recorded for: the base year's own, or an earlier year's carried on. */
  baseFteFrom: string;
  fte: QuantityFigure;
  fteFrom: string;
  /** fte ÷ baseFte, exact. */
  ratio: Dec;
  sources: string[];
}

/** A pay group's establishment as the MTFP shows it (in `payGroups`). */
export interface MtfpEstablishment {
  baseFte: QuantityFigure;
  baseFteFrom: string;
  fte: QuantityFigure;
  fteFrom: string;
  /** fte ÷ baseFte to 4 dp, a presentation value (the arithmetic keeps every digit). */
  ratio: string;
  /** What the change in FTE since the base year adds to pay (negative: takes off): (opening + drift + awardInYear) × (ratio − 1); in `total`. */
  effect: MoneyFigure;
}

/** The group's FTE in force in a year: recorded for it, or for the latest earlier year. */
function establishmentAt(facts: ForceFinanceState, group: PayGroup, year: FinancialYear): EstablishmentFact | null {
  const ofGroup = Object.entries(facts.establishments ?? {}).filter(([, groups]) => groups[group] !== undefined);
  const from = latestYearAtOrBefore(
    ofGroup.map(([key]) => key),
    year,
  );
  return from === null ? null : (facts.establishments![from.toString()][group] ?? null);
}

/**
 * The scale on the group's pay in `year`, or null where there is none: no establishment in force
 * in the year, or none in the base year (then pay cannot be scaled, and a warning says so).
 */
export function establishmentScale(
  facts: ForceFinanceState,
  group: PayGroup,
  baseYear: FinancialYear,
  year: FinancialYear,
  warnings: Warnings,
): EstablishmentScale | null {
  const now = establishmentAt(facts, group, year);
  if (now === null) return null;
  const base = establishmentAt(facts, group, baseYear);
  if (base === null) {
    warnings.add(
      `The ${group} establishment is recorded from ${now.year} but not for ${baseYear} (the base budget's year) or before, so it cannot scale ${group} pay: record the base year's establishment`,
    );
    return null;
  }
  const baseFte = new Dec(base.fte);
  const fte = new Dec(now.fte);
  return {
    baseFte: { value: baseFte, sources: [...base.sources] },
    baseFteFrom: base.year,
    fte: { value: fte, sources: [...now.sources] },
    fteFrom: now.year,
    ratio: fte.dividedBy(baseFte),
    sources: mergeSources(base.sources, now.sources),
  };
}
