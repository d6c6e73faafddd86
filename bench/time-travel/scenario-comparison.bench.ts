import { randomUUID } from 'node:crypto';
import type { AllianceFacts } from '../../src/collaboration/alliance.state';
import { FinancialYear } from '../../src/common/financial-year';
import type { EventToAppend } from '../../src/event-store/event-store.port';
import { forceFinanceStreamId, type ForceFinanceState } from '../../src/force-finance';
import { forceStreamId, type ForceState } from '../../src/forces/force.decider';
import { PlanReader } from '../../src/planning/plan-reader';
import type { StreamFacts } from '../../src/projections/stream-facts.projection';
import {
  applyScenario,
  compareMtfp,
  forceContextFrom,
  programmeContextFrom,
  inForce,
  resolveScenario,
  scenarioChain,
  scenarioDecider,
  scenarioStreamId,
  type ScenarioFacts,
} from '../../src/scenarios';
import { mtfpUnderScenario } from '../../src/planning/mtfp-under-scenario';
import { toScenarioCommand, type SentScenarioCommand } from '../../src/scenarios/http/to-command';
import { foldStreams } from '../read-side/fold-streams';
import { answerLatency, type LatencyRounds } from '../read-side/answer-latency';
import type { Figure } from '../support/report';
import type { LargeReadSide } from './large-read-side';

export interface ScenarioBenchOptions {
  force: string;
  from: string;
  years: number;
  allianceCode: string;
  members: string[];
}

const SCENARIO = 'pay-award-and-precept';

/**
 * Issue 5 (c): a scenario compared with the baseline on the store of a long history, as
 * GET /scenarios/{scenario}/compare?with=baseline computes the MTFP part of it – the facts as
 * they stand (runner.view), the scenario's chain, applyScenario over the baseline,
 * mtfpUnderScenario beside the baseline's PlanReader.mtfp, compareMtfp, JSON.stringify –
 * beside the same comparison computed without projections, by reading and folding the
 * streams it depends on.
 *
 * The scenario is recorded first, as the command path records it (scenarioDecider.decide
 * with the context a handler looks up, appended with the expected revision), with a few
 * overrides of every kind that touches the MTFP: a higher pay award and a flat grant for two
 * years, the precept up £10 a year, extra growth, an extra reserve drawdown, and half a year's
 * alliance savings lost.
 */
export async function scenarioComparisonBenchmark(
  side: LargeReadSide,
  options: ScenarioBenchOptions,
  rounds: LatencyRounds,
  log: (line: string) => void,
): Promise<Figure> {
  const { force, from, years, allianceCode } = options;
  log(`  recording scenario "${SCENARIO}" for ${force} ...`);
  const overrides = await recordScenario(side, options);

  const compare = (facts: StreamFacts) => {
    const chain = scenarioChain(facts, resolveScenario(facts, inForce(force, SCENARIO))).map((s) => s.facts);
    const applied = applyScenario(facts, chain);
    const comparison = compareMtfp(new PlanReader(facts).mtfp(force, from, years), mtfpUnderScenario(applied, force, from, years));
    return JSON.stringify({ scenario: SCENARIO, warnings: applied.warnings, mtfp: comparison });
  };
  const streams = [
    forceStreamId(force),
    scenarioStreamId(force, SCENARIO),
    forceFinanceStreamId(force),
    `alliance-${allianceCode}`,
    ...options.members.filter((m) => m !== force).map(forceFinanceStreamId),
  ];
  const events = (await Promise.all(streams.map((s) => side.store.readStream(s)))).reduce((n, list) => n + list.length, 0);

  log('  comparing the scenario with the baseline ...');
  return answerLatency(
    {
      issue: 5,
      id: 'scenario-comparison',
      title: `A scenario compared with the baseline (${force}, ${years}-year MTFP line by line) on the store of ${side.large.events.toLocaleString('en-GB')} events`,
      warm: {
        label: 'runner.view() → scenarioChain → applyScenario → mtfpUnderScenario beside PlanReader.mtfp → compareMtfp → JSON.stringify',
        // As Plans does: this moment's streams, since the latest state is folded into in place.
        answer: async () => compare({ streams: { ...(await side.runner.view()).state.streams } }),
      },
      cold: {
        label: `no projections: readStream + fold of the ${streams.length} streams it needs (${events.toLocaleString('en-GB')} events), then the same`,
        answer: async () => compare(await foldStreams(side.store, streams)),
      },
      notes: [
        `overrides: ${overrides.join('; ')}`,
        `the ${force} MTFP carries its share of the ${allianceCode} alliance's savings, so the members' NRE is projected on both sides`,
      ],
    },
    rounds,
  );
}

/** Decides and appends the scenario's commands; returns what each override does, in words. */
async function recordScenario(side: LargeReadSide, options: ScenarioBenchOptions): Promise<string[]> {
  const { force, from, years, allianceCode } = options;
  const { state } = await side.runner.view();
  const finance = state.streams[forceFinanceStreamId(force)] as ForceFinanceState;
  const forceName = (state.streams[forceStreamId(force)] as ForceState).name ?? force;
  const context = forceContextFrom(force, forceName, finance);
  const planYears = FinancialYear.range(FinancialYear.parse(from), years).map(String);
  const alliance = state.streams[`alliance-${allianceCode}`] as AllianceFacts;
  // A cashable programme with savings still to come in one of the years compared.
  const slip = alliance.programmes
    .map((p) => ({ p, context: programmeContextFrom(alliance, p.programmeCode) }))
    .flatMap(({ p, context: c }) =>
      c && c.cashable
        ? planYears.filter((y) => c.yearsWithFigures.includes(y) && !c.realisedYears.includes(y)).map((year) => ({ p, c, year }))
        : [],
    )[0];
  if (!slip) throw new Error(`Alliance ${allianceCode} has no cashable savings to slip in ${planYears.join(', ')}`);
  const reserve = finance.reserves.find((r) => r.kind === 'earmarked') ?? finance.reserves[0];

  const later = planYears.slice(1, 3);
  const commands: SentScenarioCommand[] = [
    {
      type: 'CreateScenario',
      scenarioId: SCENARIO,
      name: 'Pay award 3.5 %, grant flat, precept +£10 a year',
      basedOn: { kind: 'baseline' },
      force,
      now: new Date().toISOString(),
    },
    ...later.map((year): SentScenarioCommand => ({
      type: 'OverrideAssumptions',
      scenarioId: SCENARIO,
      force: context,
      year,
      payAward: '0.035',
      grantChange: '0',
    })),
    ...planYears.map((year): SentScenarioCommand => ({
      type: 'SetPreceptStrategy',
      scenarioId: SCENARIO,
      force: context,
      year,
      strategy: { kind: 'pound', amount: '10.00' },
    })),
    {
      type: 'AddExtraBudgetItem',
      scenarioId: SCENARIO,
      force: context,
      itemId: 'cyber-unit',
      kind: 'growth',
      fromYear: later[0],
      amount: '1500000.00',
      recurrence: 'recurring',
      description: 'Cyber crime unit',
    },
    {
      type: 'AddExtraReserveDrawdown',
      scenarioId: SCENARIO,
      force: context,
      reserveId: reserve.reserveId,
      year: later[0],
      amount: '1000000.00',
      description: 'Extra support for the budget',
    },
    {
      type: 'SlipSavings',
      scenarioId: SCENARIO,
      allianceCode,
      programmeCode: slip.p.programmeCode,
      programme: slip.c,
      year: slip.year,
      share: '0.5',
      mode: 'lost',
    },
  ];

  const streamId = scenarioStreamId(options.force, SCENARIO);
  const last = (await side.store.readAll({ after: ((await side.store.headPosition()) ?? 1n) - 1n, maxCount: 1 }))[0];
  let recordedAt = Date.parse(last?.metadata.recordedAt ?? '2020-01-01T00:00:00Z');
  let facts: ScenarioFacts = scenarioDecider.initialState();
  let revision: bigint | 'no_stream' = 'no_stream';
  for (const command of commands) {
    const decided = scenarioDecider.decide(toScenarioCommand(command), facts);
    recordedAt += 60_000;
    const correlationId = randomUUID();
    const toAppend: EventToAppend[] = decided.map((event) => ({
      id: randomUUID(),
      type: event.type,
      data: event.data as Record<string, unknown>,
      metadata: {
        actor: `${force}.finance`,
        recordedAt: new Date(recordedAt).toISOString(),
        correlationId,
        causationId: null,
        schemaVersion: 1,
      },
    }));
    const result = await side.store.appendToStream(streamId, toAppend, revision);
    revision = result.nextExpectedRevision;
    for (const event of decided) facts = scenarioDecider.evolve(facts, event);
  }
  await side.runner.catchUp();
  return [
    `pay award 3.5 % and grant flat in ${later.join(' and ')}`,
    `precept +£10 a year ${planYears[0]}–${planYears[planYears.length - 1]}`,
    `£1.5m recurring growth from ${later[0]}`,
    `£1m extra from ${reserve.name} in ${later[0]}`,
    `half the ${slip.year} savings of the ${slip.p.name} programme lost`,
  ];
}
