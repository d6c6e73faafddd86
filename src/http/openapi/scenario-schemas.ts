import type { SchemaObject } from '@nestjs/swagger';
import { WRITE_RESPONSE } from './openapi-components';
import { bool, decimal, list, money, nullable, object, oneOf, text, texts, year } from './schema-builders';

/**
 * A scenario compared with the baseline or another scenario (src/scenarios/http/compare-scenario.query.ts)
 * and a stress test's run and result (src/stress-test): closed objects, money and rates as
 * decimal strings, counts as integers.
 */
const sideValue: SchemaObject = { anyOf: [{ type: 'string', nullable: true }, { type: 'boolean' }] };
const difference = object({
  path: text('e.g. options[kind=freeze].mtfpGap.value'),
  a: sideValue,
  b: sideValue,
  difference: nullable(decimal()),
});

const scenarioSide = object({
  kind: oneOf('scenario'),
  id: text(),
  name: text(),
  position: nullable(text()),
  chain: texts('The scenarios applied, root-most first'),
  warnings: texts(),
});
const baselineSide = object({ kind: oneOf('baseline'), position: nullable(text()) });
const alerts = list(object({ year, alert: text() }));

const SCENARIO_COMPARISON: SchemaObject = object(
  {
    force: text(),
    from: year,
    to: year,
    scenario: scenarioSide,
    with: { oneOf: [baselineSide, scenarioSide] },
    mtfp: object({
      from: year,
      to: year,
      years: list(
        object({
          year,
          lines: list(
            object({
              key: text('e.g. funding.precept.bandD'),
              section: oneOf('assumptions', 'expenditure', 'income', 'funding', 'gap', 'reserves'),
              label: text(),
              unit: oneOf('money', 'rate', 'quantity'),
              a: nullable(decimal()),
              b: nullable(decimal()),
              difference: nullable(decimal()),
              changed: bool,
            }),
          ),
        }),
      ),
      changedLines: texts(),
      warnings: object({ a: texts(), b: texts() }),
      alerts: object({ a: alerts, b: alerts }),
    }),
    precept: list({ oneOf: [object({ year, differences: list(difference) }), object({ year, unavailable: text() })] }),
    collaboration: object({ differences: list(difference) }),
  },
  [],
  'A scenario (b) beside the baseline or another scenario (a): the MTFP line by line, precept options and collaboration figures that differ.',
);

const count: SchemaObject = { type: 'integer', minimum: 0 };
const percentiles = object({ p5: money(), p50: money(), p95: money() });
const pathShare = object({ paths: count, probability: decimal() });
const distribution = object(
  { kind: oneOf('triangular', 'normal', 'uniform'), min: decimal(), mode: decimal(), max: decimal(), mean: decimal(), sd: decimal() },
  ['min', 'mode', 'max', 'mean', 'sd'],
);
const VARIABLES = ['payAward', 'nonPayInflation', 'grantChange', 'taxBaseGrowth', 'savingsDelivery'];
const distributions = object(Object.fromEntries(VARIABLES.map((v) => [v, distribution])), VARIABLES);

const RUN = object({
  runId: text(),
  force: text(),
  from: year,
  years: { type: 'integer', minimum: 1 },
  parameters: object({
    distributions,
    byYear: { type: 'object', additionalProperties: distributions, description: 'Distributions for particular years, by year' },
    paths: { type: 'integer', minimum: 1 },
    seed: count,
  }),
  position: nullable(text()),
  scenario: nullable(text()),
  recordedAt: nullable(text()),
  sources: texts('The events that recorded the run'),
});

const RESULT = object({
  from: year,
  to: year,
  paths: { type: 'integer', minimum: 1 },
  seed: count,
  years: list(
    object({
      year,
      plan: object({ gap: money(), savingsToIdentify: money() }),
      gap: percentiles,
      savingsToIdentify: percentiles,
      reserves: list(object({ reserveId: text(), name: text(), kind: oneOf('general', 'earmarked'), closing: percentiles })),
      generalReserve: nullable(object({ closing: percentiles, minimum: nullable(percentiles), belowMinimum: nullable(pathShare) })),
      usableReserves: object({ closing: percentiles, exhausted: pathShare }),
      unfundedShortfall: percentiles,
    }),
  ),
  runOut: object({ byYear: list(object({ year, paths: count, probability: decimal() })), notWithinPlan: pathShare }),
  rules: texts(),
  warnings: texts(),
});

const { stream, revision, position, events, wouldRecord } = WRITE_RESPONSE.properties ?? {};
const writeFields = { stream, revision, position, events, wouldRecord };

export const SCENARIO_SCHEMAS: Record<string, SchemaObject> = {
  ScenarioComparison: SCENARIO_COMPARISON,
  StressTestRun: object({ run: RUN, result: RESULT }, [], 'A run as recorded and its result.'),
  StressTestRuns: object({ force: text(), runs: list(RUN) }, [], "The force's runs, oldest first."),
  StressTestRunWritten: object(
    { ...writeFields, run: RUN, result: RESULT },
    ['wouldRecord'],
    'What the run recorded, the run and its result.',
  ),
};
