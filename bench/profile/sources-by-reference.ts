/**
 * What the MTFP's bytes would cost with its figures' sources by reference (issue 15, aim 2; not
 * part of `npm run bench`, and not the API's shape: a measurement for the product decision the
 * README describes under aim 2). On the benchmark's history, a herts budget item revised before
 * each call as the benchmark does, it writes the five-year MTFP answer as the service does
 * (`answerJson`) and, beside it, the same answer with every figure's `sources` replaced by the
 * index of its list in a table of the distinct lists – the table itself written apart, as an
 * "explain" request would fetch it. After `npx tsc -p bench/tsconfig.json`:
 *   node bench/dist/bench/profile/sources-by-reference.js [calls]
 */
import { answerJson } from '../../src/common/kept-json-text';
import { mtfpAnswerObject } from '../read-side/aim-two-answers';
import { reviseABudgetItemEachCall } from '../read-side/new-event';
import type { ReadSide } from '../read-side/warm-projections';
import { probeOnBenchHistory } from './on-bench-history';
import { elapsedMs, latencyStats, now } from '../support/timing';

/** The answer with each `sources` list replaced by its index among the distinct lists. */
function withSourcesByReference(json: unknown): { body: unknown; lists: string[][] } {
  const indexOf = new Map<string, number>();
  const lists: string[][] = [];
  const replace = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(replace);
    if (value === null || typeof value !== 'object') return value;
    const copy: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(field)) {
        const text = field.join(',');
        let index = indexOf.get(text);
        if (index === undefined) {
          index = lists.push(field as string[]) - 1;
          indexOf.set(text, index);
        }
        copy[key] = index;
      } else copy[key] = replace(field);
    }
    return copy;
  };
  return { body: replace(json), lists };
}

async function main(readSide: ReadSide): Promise<void> {
  const calls = Number(process.argv[2] ?? 200);
  const warmUp = 20;
  const revise = reviseABudgetItemEachCall(readSide, ['herts']);
  const whole: number[] = [];
  const byReference: number[] = [];
  let sizes = { whole: 0, byReference: 0, table: 0, lists: 0 };
  for (let i = 0; i < calls + warmUp; i++) {
    await revise();
    const facts = (await readSide.runner.view()).state;
    const json = mtfpAnswerObject(facts, null, 'herts', '2019/20', 5);
    const { body, lists } = withSourcesByReference(json);
    let start = now();
    const wholeText = answerJson(json);
    const wholeMs = elapsedMs(start);
    start = now();
    const bodyText = JSON.stringify(body);
    const byReferenceMs = elapsedMs(start);
    if (i >= warmUp) {
      whole.push(wholeMs);
      byReference.push(byReferenceMs);
    }
    sizes = { whole: wholeText.length, byReference: bodyText.length, table: JSON.stringify(lists).length, lists: lists.length };
  }
  const format = (samples: number[]) => {
    const stats = latencyStats(samples);
    return `median ${stats.medianMs.toFixed(2)} ms, p99 ${stats.p99Ms.toFixed(2)} ms`;
  };
  console.log(`herts's 5-year MTFP from 2019/20, a budget item revised before each of ${calls} calls`);
  console.log(`  the answer as served: ${sizes.whole.toLocaleString('en-GB')} characters, written in ${format(whole)}`);
  console.log(
    `  sources by reference: ${sizes.byReference.toLocaleString('en-GB')} characters, written in ${format(byReference)}; its table of ${sizes.lists.toLocaleString('en-GB')} distinct lists ${sizes.table.toLocaleString('en-GB')} characters, not timed`,
  );
}

probeOnBenchHistory(main);
