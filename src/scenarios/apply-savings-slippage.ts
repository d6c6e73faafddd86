import { findProgramme } from '../collaboration/alliance.readers';
import type { AllianceFacts } from '../collaboration/alliance.state';
import { savingsYear } from '../collaboration/programme-savings';
import { Dec } from '../common/decimal';
import { FinancialYear } from '../common/financial-year';
import { Money } from '../common/money';
import { Rate } from '../common/rate';
import { formatPounds } from '../force-finance/format-pounds';
import type { EffectiveOverrides } from './effective-overrides';

/** What a slippage did to a programme, for the reader of a scenario (amounts to the penny). */
export interface SavingsAdjustment {
  allianceCode: string;
  programmeCode: string;
  programmeName: string;
  year: string;
  mode: 'delayed_one_year' | 'lost';
  share: string;
  /** The programme's best estimate for the year before and after the slippage. */
  before: string;
  after: string;
  /** The amount taken out of `year`. */
  moved: string;
  /** Where it went: the next year, or null when it is lost. */
  toYear: string | null;
  sources: string[];
}

/**
 * Savings slippage is applied to the alliance's own savings history, as forecast revisions
 * the scenario makes – not to the lines of one member's MTFP. Members' lines are split from
 * the programme's figures change by change (collaboration/programme-savings.ts), so with the
 * slippage recorded on the programme every member's MTFP sees it at once, each member's line
 * moves by exactly its allocation of the amount moved, and the members' lines still sum to
 * the programme's figure to the penny (as the alliance's benefits realisation does). A
 * transform over one member's lines could do none of that.
 *
 * For each slippage, earliest year first (so a delayed amount can slip again the next year):
 * moved = the year's best estimate × share, to the penny (half-up); the year's forecast
 * becomes best estimate − moved; for "delayed_one_year" the next year's forecast becomes its
 * best estimate + moved. A year whose savings are already realised cannot slip (warning); a
 * delay into a year already realised is lost (warning).
 */
export function applySavingsSlippage(
  alliance: AllianceFacts,
  slippages: EffectiveOverrides['savingsSlippages'],
  warnings: string[],
): SavingsAdjustment[] {
  const adjustments: SavingsAdjustment[] = [];
  const ordered = [...slippages].sort((a, b) => FinancialYear.parse(a.year).compare(FinancialYear.parse(b.year)));
  for (const slip of ordered) {
    const adjustment = applyOneSlippage(alliance, slip, warnings);
    if (adjustment) adjustments.push(adjustment);
  }
  return adjustments;
}

type Slippage = EffectiveOverrides['savingsSlippages'][number];
type Programme = NonNullable<ReturnType<typeof findProgramme>>;

/** One slippage recorded on the programme's history; null (with a warning) when it moves nothing. */
function applyOneSlippage(alliance: AllianceFacts, slip: Slippage, warnings: string[]): SavingsAdjustment | null {
  const programme = findProgramme(alliance, slip.programmeCode);
  const label = programme
    ? `${alliance.name}'s ${programme.name}`
    : `${alliance.name ?? slip.allianceCode}'s programme ${slip.programmeCode}`;
  if (!programme) {
    warnings.push(`${label} does not exist in the baseline the scenario reads: its slippage in ${slip.year} is left out`);
    return null;
  }
  const figures = savingsYear(programme, slip.year);
  if (figures.realised !== null) {
    warnings.push(
      `${label} for ${slip.year} are already realised (${formatPounds(figures.realised)}): the scenario's slippage is left out`,
    );
    return null;
  }
  if (!figures.bestEstimate.isPositive()) {
    warnings.push(`${label} has no savings forecast for ${slip.year}: the scenario's slippage moves nothing`);
    return null;
  }
  const share = Rate.of(slip.share);
  const moved = Money.of(figures.bestEstimate.times(share).value.toDecimalPlaces(2, Dec.ROUND_HALF_UP));
  const after = figures.bestEstimate.minus(moved);
  const source = slip.sources.at(-1) ?? null;
  const percent = `${share.fraction.times(100).toFixed()} %`;

  let toYear: string | null = slip.mode === 'delayed_one_year' ? FinancialYear.parse(slip.year).next().toString() : null;
  const next = toYear ? savingsYear(programme, toYear) : null;
  if (toYear && next?.realised) {
    warnings.push(
      `${label} for ${toYear} are already realised: the ${formatPounds(moved)} the scenario delays from ${slip.year} cannot land there and is lost`,
    );
    toYear = null;
  }

  reviseForecasts(programme, slip, { after, moved, toYear, next, source, percent });
  return {
    allianceCode: slip.allianceCode,
    programmeCode: slip.programmeCode,
    programmeName: programme.name,
    year: slip.year,
    mode: slip.mode,
    share: slip.share,
    before: figures.bestEstimate.toPence(),
    after: after.toPence(),
    moved: moved.toPence(),
    toYear,
    sources: [...slip.sources],
  };
}

interface Revision {
  after: Money;
  moved: Money;
  toYear: string | null;
  next: ReturnType<typeof savingsYear> | null;
  source: string | null;
  percent: string;
}

/** The forecast revisions the slippage makes: the year's, and the next year's when the amount is delayed there. */
function reviseForecasts(programme: Programme, slip: Slippage, { after, moved, toYear, next, source, percent }: Revision): void {
  programme.history.push({
    kind: 'forecast_revised',
    year: slip.year,
    amount: after.toExact(),
    reason: toYear
      ? `Scenario "${slip.scenarioName}": ${percent} of ${slip.year}'s savings (${formatPounds(moved)}) delayed to ${toYear}`
      : `Scenario "${slip.scenarioName}": ${percent} of ${slip.year}'s savings (${formatPounds(moved)}) lost`,
    source,
    recordedAt: slip.recordedAt,
  });
  if (toYear && next) {
    programme.history.push({
      kind: 'forecast_revised',
      year: toYear,
      amount: next.bestEstimate.plus(moved).toExact(),
      reason: `Scenario "${slip.scenarioName}": ${formatPounds(moved)} delayed from ${slip.year}`,
      source,
      recordedAt: slip.recordedAt,
    });
  }
}
