import { collaborationFolds } from '../collaboration/collaboration.fold';
import { forceFinanceFold } from '../force-finance/force-finance.fold';
import { forceFold } from '../forces/force.fold';
import type { StreamFold } from '../projections/stream-facts.projection';
import type { StreamFolds } from '../projections/stream-folds';
import { referendumPrinciplesFold } from '../reference-data/reference-data.fold';
import { scenarioFold } from '../scenarios/scenario.fold';
import { stressTestRunsFold } from '../stress-test/stress-test.fold';

/**
 * Every stream the read side understands: each slice's fold (its `<slice>.fold.ts`), the
 * longest matching prefix winning. A new stream is registered here.
 */
export const STREAM_FOLDS: readonly StreamFold[] = [
  forceFold,
  forceFinanceFold,
  ...collaborationFolds,
  referendumPrinciplesFold,
  scenarioFold,
  stressTestRunsFold,
];

/** Bump when any evolve changes meaning, so stored projection state is rebuilt from the events. */
// 4: alliance facts gained pending invitations (membership by consent).
// 5: referendum principles gained the PCCs each group principle applies to.
// 6: alliance units gained the shares fixed per year (UnitSharesFixed.v1).
// 7: alliance facts gained programme recurrence and the board's RAG thresholds.
// 8: a force's collaboration facts gained the budget lines its unit contributions replace.
// 9: reserves gained their purpose under the 2018 reserves guidance (ReservePurposeCategorised.v1).
// 10: a force's finance facts gained budget monitoring (ForecastOutturnRecorded.v1, OutturnRecorded.v1).
// 11: a force's finance facts gained specific grants (SpecificGrantRecorded.v1) and pay awards and on-cost rates (PayAwardSet.v1, PayOnCostRatesSet.v1).
// 12: a force's finance facts gained establishment, capital schemes and financing assumptions, inflation category rates and items' categories; alliance savings plans gained their year's recurrence.
// 13: a force's finance facts hold inflationCategoryRates from the start, so facts read back from a snapshot taken before any rate was set still name it (deferred-facts.ts).
export const FOLDS_VERSION = 13;

export const READ_SIDE: StreamFolds = { folds: STREAM_FOLDS, version: FOLDS_VERSION };
