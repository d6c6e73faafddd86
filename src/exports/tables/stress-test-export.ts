import type { StressTestResult } from '../../stress-test/stress-test-result';
import { fileSlug, type Column, type ExportDocument, type Row, type Sheet } from '../export-document';
import { flattenFigures } from '../flatten';

export interface StressTestAnswerJson {
  run: { runId: string; force: string; position: string | null; scenario: string | null; sources: string[] };
  result: StressTestResult;
}

/** The CSV columns of a stress test: one row per figure of a year ("gap/p5", "reserves/budget-support/closing/p95", "usableReserves/exhausted/probability"). */
export const STRESS_TEST_CSV_COLUMNS = ['year', 'figure', 'value'];

/** A stress-test run: percentiles a year, the reserves' percentiles, and when usable reserves run out. */
export function stressTestExport(answer: StressTestAnswerJson): ExportDocument {
  const { run, result } = answer;
  return {
    what: `Stress test ${run.runId}: ${result.paths.toLocaleString('en-GB')} paths, seed ${result.seed}`,
    subject: { kind: 'force', code: run.force },
    period: `${result.from} to ${result.to}`,
    asAtPosition: run.position,
    scenario: run.scenario,
    fileStem: [run.force, 'stress-test', run.runId].map(fileSlug).join('-'),
    sheets: [percentiles(result), reserves(result), runOut(result)],
    csv: {
      columns: STRESS_TEST_CSV_COLUMNS,
      rows: [
        ...result.years.flatMap((y) => flattenFigures(y, ['name']).map(([figure, value]) => [y.year, figure, value])),
        ...result.runOut.byYear.flatMap((r) => [
          [r.year, 'runOut/paths', String(r.paths)],
          [r.year, 'runOut/probability', r.probability],
        ]),
        ['not within plan', 'runOut/paths', String(result.runOut.notWithinPlan.paths)],
        ['not within plan', 'runOut/probability', result.runOut.notWithinPlan.probability],
      ],
    },
    sources: run.sources,
  };
}

const P = ['p5', 'p50', 'p95'] as const;

function percentiles(result: StressTestResult): Sheet {
  const columns: Column[] = [
    { header: 'Year', kind: 'text' },
    { header: 'Plan gap', kind: 'money' },
    ...P.map((p) => ({ header: `Gap ${p}`, kind: 'money' as const })),
    ...P.map((p) => ({ header: `Savings to identify ${p}`, kind: 'money' as const })),
    ...P.map((p) => ({ header: `Usable reserves ${p}`, kind: 'money' as const })),
    { header: 'P(usable reserves exhausted)', kind: 'rate' },
    { header: 'P(general reserve below minimum)', kind: 'rate' },
  ];
  const rows: Row[] = result.years.map((y) => ({
    cells: [
      y.year,
      y.plan.gap,
      ...P.map((p) => y.gap[p]),
      ...P.map((p) => y.savingsToIdentify[p]),
      ...P.map((p) => y.usableReserves.closing[p]),
      y.usableReserves.exhausted.probability,
      y.generalReserve?.belowMinimum?.probability ?? null,
    ],
  }));
  return { name: 'Percentiles', columns, rows };
}

function reserves(result: StressTestResult): Sheet {
  return {
    name: 'Reserves',
    columns: [
      { header: 'Year', kind: 'text' },
      { header: 'Reserve', kind: 'text' },
      ...P.map((p) => ({ header: `Closing ${p}`, kind: 'money' as const })),
    ],
    rows: result.years.flatMap((y) => y.reserves.map((r) => ({ cells: [y.year, r.name, ...P.map((p) => r.closing[p])] }))),
  };
}

function runOut(result: StressTestResult): Sheet {
  return {
    name: 'Run out',
    columns: [
      { header: 'First year usable reserves are exhausted', kind: 'text' },
      { header: 'Paths', kind: 'integer' },
      { header: 'Probability', kind: 'rate' },
    ],
    rows: [
      ...result.runOut.byYear.map((r) => ({ cells: [r.year, String(r.paths), r.probability] })),
      { cells: ['Not within the years tested', String(result.runOut.notWithinPlan.paths), result.runOut.notWithinPlan.probability] },
    ],
  };
}
