/** Scenarios: branches of the plan (`scenario--{force}-{id}` streams; see scenario.stream.ts), applied over the baseline's facts without touching them. */
export * from './scenario.events';
export * from './scenario.commands';
export * from './scenario.state';
export * from './scenario-context';
export { scenarioDecider, decideScenario } from './scenario.decider';
export { SCENARIO_ID, SCENARIO_STREAM_PREFIX, scenarioStreamId, legacyScenarioStreamId, parseScenarioStreamId } from './scenario.stream';
export {
  findScenario,
  resolveScenario,
  everyScenario,
  noSuchScenario,
  inForce,
  type ScenarioScope,
  type ScenarioLookup,
  type FoundScenario,
} from './scenario-lookup';
export { scenarioScopeOf } from './scenario-scope';
export { scenarioChain, baselineAsAtOf, MAX_SCENARIO_GENERATIONS } from './scenario-chain';
export { applyScenario, type AppliedScenario } from './apply-scenario';
export type { SavingsAdjustment } from './apply-savings-slippage';
export type { BandDOverride, PrinciplesFor } from './precept-strategy-band-d';
export { scenarioItemId } from './apply-extra-items';
export { mtfpUnderScenario } from './mtfp-under-scenario';
export {
  compareMtfp,
  type MtfpComparison,
  type MtfpComparisonYear,
  type ComparedLine,
  type ComparedSection,
  type ComparedUnit,
} from './compare-mtfp';
export { compareFigures, DEFAULT_IGNORED_KEYS, type FigureDifference, type CompareFiguresOptions } from './compare-figures';
