/**
 * Timing with process.hrtime.bigint (monotonic, nanoseconds). Latencies are reported as the
 * median and the 99th percentile (nearest rank) of individually timed calls, after a warm-up
 * whose calls are not counted; throughput as operations per second over a timed run.
 */

export function now(): bigint {
  return process.hrtime.bigint();
}

export function elapsedMs(since: bigint): number {
  return Number(now() - since) / 1e6;
}

export interface LatencyStats {
  samples: number;
  medianMs: number;
  p99Ms: number;
  minMs: number;
  maxMs: number;
}

export interface LatencyOptions {
  warmup: number;
  /** Timed calls wanted... */
  iterations: number;
  /** ...unless they take longer than this in all, once at least `minIterations` are in. */
  maxMs?: number;
  minIterations?: number;
}

/**
 * Times each call of `call` on its own; the warm-up calls let V8 optimise and caches fill.
 * `before`, when given, runs (untimed) before every call, warm-up or timed.
 */
export async function measureLatency(call: () => unknown, options: LatencyOptions, before?: () => unknown): Promise<LatencyStats> {
  for (let i = 0; i < options.warmup; i++) {
    await before?.();
    await call();
  }
  const samples: number[] = [];
  const began = now();
  const enough = () =>
    samples.length >= options.iterations ||
    (options.maxMs !== undefined && samples.length >= (options.minIterations ?? 1) && elapsedMs(began) >= options.maxMs);
  while (!enough()) {
    await before?.();
    const start = now();
    await call();
    samples.push(elapsedMs(start));
  }
  return latencyStats(samples);
}

export function latencyStats(samplesMs: readonly number[]): LatencyStats {
  if (samplesMs.length === 0) throw new Error('latencyStats needs at least one sample');
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    medianMs: median(sorted),
    p99Ms: percentile(sorted, 0.99),
    minMs: sorted[0],
    maxMs: sorted[sorted.length - 1],
  };
}

/** Median of values already sorted ascending. */
export function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile of values already sorted ascending. */
export function percentile(sorted: readonly number[], fraction: number): number {
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1];
}

export function medianOf(values: readonly number[]): number {
  return median([...values].sort((a, b) => a - b));
}

/** Lets pending timers and I/O callbacks run, so one measurement does not pay for the last one's leftovers. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
