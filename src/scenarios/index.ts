/** Scenarios: branches of the plan (`scenario--{force}-{id}` streams; see scenario.stream.ts), applied over the baseline's facts without touching them. */
export * from './scenario.events';
export * from './scenario.commands';
export * from './scenario.state';
export * from './scenario-context';
export { scenarioDecider } from './scenario.decider';
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
export { scenarioChain, baselineAsAtOf } from './scenario-chain';
export { applyScenario, type AppliedScenario } from './apply-scenario';
export type { SavingsAdjustment } from './apply-savings-slippage';
export type { PrinciplesFor } from './precept-strategy-band-d';
export { compareMtfp, type MtfpComparison, type ComparedLine } from './compare-mtfp';
export { compareFigures, type FigureDifference } from './compare-figures';
