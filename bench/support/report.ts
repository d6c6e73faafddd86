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
  | { kind: 'duration'; ms: number; runsMs: number[] };

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
  /** A throughput ratio the issue asks for (0.5 = at least 50 % of the baseline). */
  aim?: { atLeast: number; met: boolean };
  notes: string[];
}

export function compare(issue: number, id: string, title: string, measured: Contender, baseline: Contender, options: { aimAtLeast?: number; notes?: string[] } = {}): Figure {
  const m = measured.measurement;
  const b = baseline.measurement;
  let ratio: number;
  let p99Ratio: number | undefined;
  if (m.kind === 'throughput' && b.kind === 'throughput') ratio = m.perSecond / b.perSecond;
  else if (m.kind === 'latency' && b.kind === 'latency') {
    ratio = m.stats.medianMs / b.stats.medianMs;
    p99Ratio = m.stats.p99Ms / b.stats.p99Ms;
  } else if (m.kind === 'duration' && b.kind === 'duration') ratio = m.ms / b.ms;
  else throw new Error(`${id}: a ${m.kind} cannot be compared with a ${b.kind}`);
  const aim = options.aimAtLeast === undefined ? undefined : { atLeast: options.aimAtLeast, met: ratio >= options.aimAtLeast };
  return { issue, id, title, measured, baseline, ratio, ...(p99Ratio === undefined ? {} : { p99Ratio }), ...(aim ? { aim } : {}), notes: options.notes ?? [] };
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
  }
}

export function formatRatio(figure: Figure): string {
  const kind = figure.measured.measurement.kind;
  if (kind === 'throughput') {
    const pct = `${(figure.ratio * 100).toFixed(1)} % of baseline`;
    if (!figure.aim) return pct;
    return `${pct} (aim ≥ ${(figure.aim.atLeast * 100).toFixed(0)} %: ${figure.aim.met ? 'met' : 'NOT met'})`;
  }
  const times = (r: number) => (r >= 0.1 ? r.toFixed(2) : r.toPrecision(2));
  const faster = (r: number) => (r < 1 ? `, ${(1 / r).toFixed(1)}× faster` : r > 1 ? `, ${r.toFixed(1)}× slower` : '');
  if (figure.p99Ratio !== undefined) {
    return `median ${times(figure.ratio)}× baseline${faster(figure.ratio)}; p99 ${times(figure.p99Ratio)}×`;
  }
  return `${times(figure.ratio)}× baseline time${faster(figure.ratio)}`;
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
  const rows = figures.map((f) => [String(f.issue), f.id, formatMeasurement(f.measured.measurement), formatMeasurement(f.baseline.measurement), formatRatio(f)]);
  const header = ['issue', 'figure', 'measured', 'baseline', 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
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
