import type { Dec } from '../common/decimal';
import type { Money } from '../common/money';
import type { MoneyFigure, QuantityFigure } from '../mtfp/figure';
import type { ReferendumPrinciple } from '../reference-data/referendum-principle';
import type { CouncilTaxBand } from './council-tax-bands';

export type PreceptOptionKind = 'freeze' | 'percentage_rise' | 'pound_rise' | 'recorded' | 'largest_without_referendum';

export interface PreceptOption {
  kind: PreceptOptionKind;
  /** What the PCC office reads: "Freeze", "+1.99 %", "+£5.00", "Largest rise without a referendum". */
  label: string;
  bandD: Money;
  /** Every band, exact (shown to the penny, half-up). */
  bands: Record<CouncilTaxBand, Money>;
  change: {
    /** Band D change per year, in £. */
    yearly: Money;
    /** The yearly change ÷ 52 (the usual "per week" convention in precept consultations). */
    weekly: Money;
    /** Change as a percentage of the previous Band D (exact; shown to 2 dp). */
    percent: Dec;
  };
  /** Band D × tax base. */
  preceptIncome: Money;
  /** Precept income less the income at a freeze. */
  incomeAboveFreeze: Money;
  referendum: {
    required: boolean;
    principle: ReferendumPrinciple | null;
    largestBandDAllowed: Money | null;
    explanation: string;
  };
  /** The MTFP gap of the year with this option, when the caller gave a way to know it. */
  mtfpGap: MoneyFigure | null;
  /** Event ids behind the option: previous Band D, tax base, principles (and the gap's own sources). */
  sources: string[];
}

export interface PreceptOptions {
  year: string;
  previousBandD: MoneyFigure;
  taxBase: QuantityFigure;
  principles: ReferendumPrinciple[];
  options: PreceptOption[];
  /** How figures are worked out, for the reader. */
  conventions: string[];
  warnings: string[];
}
