import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { MachineInfo } from './machine';
import type { LatencyStats } from './timing';

/**
 * A benchmark figure beside the baseline measured in the same run, and how the two compare.
 * Throughput ratios are measured ÷ baseline (higher is better: "% of raw"); time ratios are
 * also measured ÷ baseline (lower is better: "× the baseline's time").
 */
export type Measurement =
  | { kind: 'throughput'; perSecond: number; unit: string; count: number; rounds: number[] }
  | { kind: 'latency'; stats: LatencyStats }
  | { kind: 'duration'; ms: number; runsMs: number[] }
  /** A closed-loop load: requests a second over `connections` keep-alive connections, with the latencies of each request. */
  | { kind: 'load'; perSecond: number; connections: number; requests: number; medianMs: number; p99Ms: number };

export interface Contender {
  /** What was timed, in a few words. */
  label: string;
  measurement: Measurement;
}

export interface Figure {
  issue: number;
  id: string;
  title: string;
  measured: Contender;
  baseline: Contender;
  /** measured ÷ baseline (for latencies: of the medians). */
  ratio: number;
  /** For latencies: p99 measured ÷ p99 baseline. */
  p99Ratio?: number;
  /** What the issue asks of the figure, and whether this run met it. */
  aim?: Aim;
  notes: string[];
}

/**
 * - share: a throughput of at least this share of the baseline's (0.5 = 50 %);
 * - faster: a median time at most 1/atLeast of the baseline's (20 = twenty times faster);
 * - under: every timed run (the p99, or the duration) under `ms`.
 */
export type Aim = (
  | { kind: 'share'; atLeast: number; met: boolean }
  | { kind: 'faster'; atLeast: number; met: boolean }
  | { kind: 'under'; ms: number; met: boolean }
  | { kind: 'load'; atLeast: number; p99AtMost?: number; met: boolean }
) & {
  /** A second condition the issue sets on the same figure (the disk its snapshots take, say), shown beside the ratio's; `met` is both. */
  also?: AlsoAim & { ratioMet: boolean };
};

export interface AlsoAim {
  /** What was measured and what the aim is, in a few words ("snapshots 1,293 MiB, aim ≤ 150 MB"). */
  what: string;
  met: boolean;
}

export interface CompareOptions {
  aimAtLeast?: number;
  aimFasterBy?: number;
  aimUnderMs?: number;
  /** For loads: a p99 at most this multiple of the baseline's, besides `aimAtLeast` of its rate. */
  aimP99AtMost?: number;
  aimAlso?: AlsoAim;
  notes?: string[];
}

export function compare(
  issue: number,
  id: string,
  title: string,
  measured: Contender,
  baseline: Contender,
  options: CompareOptions = {},
): Figure {
  const m = measured.measurement;
  const b = baseline.measurement;
  let ratio: number;
  let p99Ratio: number | undefined;
  if (m.kind === 'throughput' && b.kind === 'throughput') ratio = m.perSecond / b.perSecond;
  else if (m.kind === 'latency' && b.kind === 'latency') {
    ratio = m.stats.medianMs / b.stats.medianMs;
    p99Ratio = m.stats.p99Ms / b.stats.p99Ms;
  } else if (m.kind === 'duration' && b.kind === 'duration') ratio = m.ms / b.ms;
  else if (m.kind === 'latency' && b.kind === 'duration') ratio = m.stats.medianMs / b.ms;
  else if (m.kind === 'load' && b.kind === 'load') {
    ratio = m.perSecond / b.perSecond;
    p99Ratio = m.p99Ms / b.p99Ms;
  } else throw new Error(`${id}: a ${m.kind} cannot be compared with a ${b.kind}`);
  let aim: Aim | undefined;
  if (m.kind === 'load' && options.aimAtLeast !== undefined) {
    const p99AtMost = options.aimP99AtMost;
    const met = ratio >= options.aimAtLeast && (p99AtMost === undefined || (p99Ratio ?? Infinity) <= p99AtMost);
    aim = { kind: 'load', atLeast: options.aimAtLeast, ...(p99AtMost === undefined ? {} : { p99AtMost }), met };
  } else if (options.aimAtLeast !== undefined) aim = { kind: 'share', atLeast: options.aimAtLeast, met: ratio >= options.aimAtLeast };
  else if (options.aimFasterBy !== undefined) aim = { kind: 'faster', atLeast: options.aimFasterBy, met: 1 / ratio >= options.aimFasterBy };
  else if (options.aimUnderMs !== undefined) {
    const worst = m.kind === 'latency' ? m.stats.p99Ms : m.kind === 'duration' ? m.ms : Number.POSITIVE_INFINITY;
    aim = { kind: 'under', ms: options.aimUnderMs, met: worst < options.aimUnderMs };
  }
  if (aim && options.aimAlso) aim = { ...aim, met: aim.met && options.aimAlso.met, also: { ...options.aimAlso, ratioMet: aim.met } };
  return {
    issue,
    id,
    title,
    measured,
    baseline,
    ratio,
    ...(p99Ratio === undefined ? {} : { p99Ratio }),
    ...(aim ? { aim } : {}),
    notes: options.notes ?? [],
  };
}

// ---- Text ----

const int = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

export function formatMs(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(3)} ms`;
}

function formatMeasurement(m: Measurement): string {
  switch (m.kind) {
    case 'throughput':
      return `${int.format(m.perSecond)} ${m.unit}`;
    case 'latency':
      return `median ${formatMs(m.stats.medianMs)}, p99 ${formatMs(m.stats.p99Ms)} (n=${m.stats.samples})`;
    case 'duration':
      return `${formatMs(m.ms)} (median of ${m.runsMs.length})`;
    case 'load':
      return `${int.format(m.perSecond)} req/s, p50 ${formatMs(m.medianMs)}, p99 ${formatMs(m.p99Ms)}`;
  }
}

export function formatRatio(figure: Figure): string {
  const kind = figure.measured.measurement.kind;
  if (kind === 'load') {
    return `${(figure.ratio * 100).toFixed(1)} % of baseline's rate, p99 ${(figure.p99Ratio ?? 0).toFixed(2)}×${formatAim(figure.aim)}`;
  }
  if (kind === 'throughput') return `${(figure.ratio * 100).toFixed(1)} % of baseline${formatAim(figure.aim)}`;
  const times = (r: number) => (r >= 0.1 ? r.toFixed(2) : r.toPrecision(2));
  const faster = (r: number) => (r < 1 ? `, ${(1 / r).toFixed(1)}× faster` : r > 1 ? `, ${r.toFixed(1)}× slower` : '');
  if (figure.p99Ratio !== undefined) {
    return `median ${times(figure.ratio)}× baseline${faster(figure.ratio)}; p99 ${times(figure.p99Ratio)}×${formatAim(figure.aim)}`;
  }
  const what = figure.baseline.measurement.kind === 'duration' && kind === 'latency' ? 'median ' : '';
  return `${what}${times(figure.ratio)}× baseline time${faster(figure.ratio)}${formatAim(figure.aim)}`;
}

function formatAim(aim: Aim | undefined): string {
  if (!aim) return '';
  if (!aim.also) return formatOneAim(aim);
  const { also, ...first } = aim;
  return `${formatOneAim({ ...first, met: also.ratioMet })}; ${also.what}: ${also.met ? 'met' : 'NOT met'}`;
}

function formatOneAim(aim: Aim): string {
  const verdict = aim.met ? 'met' : 'NOT met';
  switch (aim.kind) {
    case 'share':
      return ` (aim ≥ ${(aim.atLeast * 100).toFixed(0)} %: ${verdict})`;
    case 'faster':
      return ` (aim ≥ ${aim.atLeast}× faster: ${verdict})`;
    case 'under':
      return `; under ${formatMs(aim.ms)}: ${verdict}`;
    case 'load': {
      const p99 = aim.p99AtMost === undefined ? '' : `, p99 ≤ ${aim.p99AtMost}×`;
      return ` (aim ≥ ${(aim.atLeast * 100).toFixed(0)} %${p99}: ${verdict})`;
    }
  }
}

/** A plain-text table, one block per figure so long labels stay readable in a terminal. */
export function renderTable(figures: readonly Figure[]): string {
  const lines: string[] = [];
  const rule = '─'.repeat(100);
  lines.push(rule);
  for (const f of figures) {
    lines.push(`[issue ${f.issue}] ${f.title}`);
    lines.push(`    measured  ${formatMeasurement(f.measured.measurement).padEnd(44)} ${f.measured.label}`);
    lines.push(`    baseline  ${formatMeasurement(f.baseline.measurement).padEnd(44)} ${f.baseline.label}`);
    lines.push(`    ratio     ${formatRatio(f)}`);
    for (const note of f.notes) lines.push(`    note      ${note}`);
    lines.push(rule);
  }
  return lines.join('\n');
}

/** A compact summary: one line per figure. */
export function renderSummary(figures: readonly Figure[]): string {
  const rows = figures.map((f) => [
    String(f.issue),
    f.id,
    formatMeasurement(f.measured.measurement),
    formatMeasurement(f.baseline.measurement),
    formatRatio(f),
  ]);
  const header = ['issue', 'figure', 'measured', 'baseline', 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

// ---- JSON ----

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  machine: MachineInfo;
  loadAverageAtEnd: number;
  figures: Figure[];
  /** Facts about the data the figures were measured on (event counts, sizes). */
  data: Record<string, unknown>;
}

export function writeResults(path: string, results: BenchResults): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}
