import { streamFold } from '../projections/stream-folds';
import { scenarioDecider } from './scenario.decider';
import { SCENARIO_STREAM_PREFIX } from './scenario.stream';

/** The read side folds each scenario stream with the scenario decider: a branch, read beside the baseline, never part of it. */
export const scenarioFold = streamFold(SCENARIO_STREAM_PREFIX, scenarioDecider, { branch: true });
