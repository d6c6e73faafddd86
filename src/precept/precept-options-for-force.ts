import { FinancialYear } from '../common/financial-year';
import { RuleViolationError } from '../common/errors';
import { Money } from '../common/money';
import type { Rate } from '../common/rate';
import type { ForceFinanceState } from '../force-finance/force-finance.state';
import type { ContributionLine } from '../mtfp/contribution-line';
import type { ExternalSavingsLine } from '../mtfp/external-savings-line';
import { bandDFor } from '../mtfp/funding-for-year';
import type { ReferendumPrinciplesFor } from '../mtfp/planned-band-d';
import { gapWithBandD, projectMtfp, type ProjectMtfpInput } from '../mtfp/project-mtfp';
import type { ReferendumPrinciple } from '../reference-data/referendum-principle';
import { preceptOptions } from './precept-options';
import type { PreceptOptions } from './precept-options-types';

export interface PreceptOptionsForForceInput {
  facts: ForceFinanceState;
  year: string;
  /** The principles that apply to this PCC for the year (see principlesApplyingTo). */
  principles: readonly ReferendumPrinciple[];
  percentageRise?: Rate | string;
  poundRise?: Money | string;
  externalSavings?: readonly ExternalSavingsLine[];
  /** Contributions to alliances' joint units, as in the MTFP. */
  contributions?: readonly ContributionLine[];
  /** The principles for this PCC by year: for the plan's Band D of the year before, where a precept assumption needs them. */
  principlesFor?: ReferendumPrinciplesFor;
}

/**
 * Precept options for a force, from its facts: the previous Band D is the one that counts for
 * the year before (approved, proposed or frozen, as in the MTFP), the tax base is the MTFP's
 * for the year, and each option's gap is the MTFP's gap for the year with that Band D.
 */
export function preceptOptionsForForce(input: PreceptOptionsForForceInput): PreceptOptions {
  const year = FinancialYear.parse(input.year, 'year');
  const previous = bandDFor(input.facts, year.previous(), new Map(), undefined, input.principlesFor);
  if (previous.basis === 'none') {
    throw new RuleViolationError(
      `No Band D is recorded for ${year.previous()} or any earlier year: record the precept before asking for ${year} options`,
      'year',
    );
  }

  const recorded = input.facts.precepts[year.toString()];
  const recordedBandD = recorded?.approved
    ? { value: Money.of(recorded.approved.bandD), sources: recorded.approved.sources, status: 'approved' }
    : recorded?.proposed
      ? { value: Money.of(recorded.proposed.bandD), sources: recorded.proposed.sources, status: 'proposed' }
      : undefined;
  // An option's Band D is the one recorded for the year or is worked out from last year's, so
  // the gap with it cites the events of whichever it came from.
  const bandDSources = (bandD: Money) => (recordedBandD && bandD.equals(recordedBandD.value) ? recordedBandD.sources : previous.sources);
  // The year is projected once, at a freeze; each option's gap is that year's with its Band D.
  const projection: ProjectMtfpInput = {
    facts: input.facts,
    from: year,
    years: 1,
    externalSavings: input.externalSavings,
    contributions: input.contributions,
    bandDOverrides: { [year.toString()]: { bandD: previous.value, sources: bandDSources(previous.value) } },
  };
  const atFreeze = projectMtfp(projection);

  return preceptOptions({
    year: year.toString(),
    previousBandD: { value: previous.value, sources: previous.sources },
    taxBase: atFreeze.years[0].funding.precept.taxBase,
    principles: input.principles,
    percentageRise: input.percentageRise,
    poundRise: input.poundRise,
    recordedBandD,
    mtfpGapFor: (bandD) => gapWithBandD(projection, atFreeze.years[0], { bandD, sources: bandDSources(bandD) }),
    warnings: atFreeze.warnings,
  });
}
