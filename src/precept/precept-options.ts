import { Dec } from '../common/decimal';
import { FinancialYear } from '../common/financial-year';
import { InvalidInputError, RuleViolationError } from '../common/errors';
import { Money } from '../common/money';
import { Rate } from '../common/rate';
import { formatPounds } from '../force-finance/format-pounds';
import { mergeSources, moneyFigure, type MoneyFigure, type QuantityFigure } from '../mtfp/figure';
import type { ReferendumPrinciple } from '../reference-data/referendum-principle';
import { councilTaxBands } from './council-tax-bands';
import type { PreceptOption, PreceptOptionKind, PreceptOptions } from './precept-options-types';
import { assessReferendum, largestBandDWithoutReferendum, percentChange } from './referendum-test';

export interface PreceptOptionsInput {
  year: string;
  previousBandD: MoneyFigure;
  /** The year's tax base in Band D equivalents. */
  taxBase: QuantityFigure;
  /** The principles that apply to this PCC for the year; empty where none does (Wales). */
  principles: readonly ReferendumPrinciple[];
  /** A rise to show as a share of the previous Band D ("0.0199"); negative for a cut. */
  percentageRise?: Rate | string;
  /** A rise to show in pounds ("5.00"); negative for a cut. */
  poundRise?: Money | string;
  /** A Band D already recorded for the year (proposed or approved), shown against the others. */
  recordedBandD?: MoneyFigure & { status: string };
  /** The MTFP gap of the year at a freeze; each option's gap is this less its income above freeze. */
  mtfpGapAtFreeze?: MoneyFigure;
  /** Or the gap for a given Band D, worked out by the caller (e.g. the MTFP with that Band D). Preferred when given. */
  mtfpGapFor?: (bandD: Money) => MoneyFigure;
  warnings?: string[];
}

export const PRECEPT_CONVENTIONS = [
  'Band D options are whole pounds and pence: a percentage rise is rounded to the penny, half-up.',
  'Bands A–H are Band D × 6/9, 7/9, 8/9, 9/9, 11/9, 13/9, 15/9, 18/9, shown to the penny, half-up.',
  'Weekly change is the yearly Band D change ÷ 52.',
  'A percentage referendum limit is met only by an increase strictly less than it; a £ limit by an increase up to and including it.',
];

/**
 * Precept options for one year, a pure function: a freeze, a percentage rise, a £ rise, the
 * Band D recorded for the year, and the largest rise allowed without a referendum – each with
 * every band, the change, precept income, income above a freeze, whether it needs a
 * referendum (and under which principle), and the year's MTFP gap with it.
 */
export function preceptOptions(input: PreceptOptionsInput): PreceptOptions {
  const year = FinancialYear.parse(input.year, 'year').toString();
  const previous = input.previousBandD.value;
  if (!previous.isPositive())
    throw new RuleViolationError(`The previous Band D must be more than zero to work out options for ${year}`, 'previousBandD');
  const taxBase = input.taxBase.value;
  const principles = [...input.principles];
  const principleSources = mergeSources(...principles.map((p) => p.sources));
  const freezeIncome = previous.times(taxBase);

  const context: OptionContext = { input, year, previous, taxBase, principles, principleSources, freezeIncome };
  const option = (kind: PreceptOptionKind, label: string, bandD: Money, extraSources: string[] = []) =>
    optionAt(context, kind, label, bandD, extraSources);

  const options: PreceptOption[] = [option('freeze', 'Freeze', previous)];
  if (input.percentageRise !== undefined) {
    const rate = input.percentageRise instanceof Rate ? input.percentageRise : Rate.parse(input.percentageRise, 'percentageRise');
    const bandD = Money.of(previous.times(rate.growthFactor()).value.toDecimalPlaces(2, Dec.ROUND_HALF_UP));
    options.push(option('percentage_rise', `${rate.fraction.isNegative() ? '' : '+'}${rate.fraction.times(100).toFixed()} %`, bandD));
  }
  if (input.poundRise !== undefined) {
    const rise = input.poundRise instanceof Money ? input.poundRise : Money.parse(input.poundRise, 'poundRise');
    if (!rise.value.times(100).isInteger()) throw new InvalidInputError('poundRise', 'must be in pounds and pence');
    options.push(option('pound_rise', `${rise.isNegative() ? '-' : '+'}${formatPounds(rise).replace('-', '')}`, previous.plus(rise)));
  }
  if (input.recordedBandD) {
    options.push(
      option('recorded', `${capitalise(input.recordedBandD.status)} Band D`, input.recordedBandD.value, input.recordedBandD.sources),
    );
  }
  if (principles.length > 0) {
    const largest = principles.map((p) => largestBandDWithoutReferendum(p, previous)).reduce((a, b) => (b.greaterThan(a) ? b : a));
    options.push(option('largest_without_referendum', 'Largest rise without a referendum', largest));
  }

  return {
    year,
    previousBandD: input.previousBandD,
    taxBase: input.taxBase,
    principles,
    options,
    conventions: [...PRECEPT_CONVENTIONS],
    warnings: [...(input.warnings ?? [])],
  };
}

/** What every option of one year is worked out against. */
interface OptionContext {
  input: PreceptOptionsInput;
  year: string;
  previous: Money;
  taxBase: QuantityFigure['value'];
  principles: ReferendumPrinciple[];
  principleSources: string[];
  freezeIncome: Money;
}

/** One option: every band, the change, precept income, the referendum test and the MTFP gap at this Band D. */
function optionAt(context: OptionContext, kind: PreceptOptionKind, label: string, bandD: Money, extraSources: string[]): PreceptOption {
  const { input, year, previous, taxBase, principles, principleSources, freezeIncome } = context;
  if (!bandD.isPositive())
    throw new RuleViolationError(
      `${label} would take Band D to ${formatPounds(bandD)}`,
      kind === 'pound_rise' ? 'poundRise' : 'percentageRise',
    );
  const yearly = bandD.minus(previous);
  const preceptIncome = bandD.times(taxBase);
  const incomeAboveFreeze = preceptIncome.minus(freezeIncome);
  const referendum = assessReferendum(principles, previous, bandD, year);
  const mtfpGap = input.mtfpGapFor
    ? input.mtfpGapFor(bandD)
    : input.mtfpGapAtFreeze
      ? moneyFigure(input.mtfpGapAtFreeze.value.minus(incomeAboveFreeze), input.mtfpGapAtFreeze.sources, input.taxBase.sources)
      : null;
  return {
    kind,
    label,
    bandD,
    bands: councilTaxBands(bandD),
    change: { yearly, weekly: yearly.dividedBy(52), percent: percentChange(previous, bandD) },
    preceptIncome,
    incomeAboveFreeze,
    referendum,
    mtfpGap,
    sources: mergeSources(input.previousBandD.sources, input.taxBase.sources, extraSources, principleSources, mtfpGap?.sources ?? []),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
