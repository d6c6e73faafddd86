import { HISTORY } from '../fixtures/bench-history';
import { buildStoreHistory } from '../fixtures/store-history';
import { openReadSide, type ReadSide } from '../read-side/warm-projections';
import { makeTempDir } from '../support/temp-dir';

/**
 * Runs `probe` where the answer probes here start: the benchmark's 100,000-event history in a
 * fresh SQLite store of its own, its projections caught up. Then closes the store and removes
 * its files, and makes a failure the process's exit code.
 */
export function probeOnBenchHistory(probe: (readSide: ReadSide) => Promise<void>): void {
  const run = async () => {
    const dir = makeTempDir();
    const readSide = await openReadSide(buildStoreHistory(HISTORY), (name) => dir.file(name));
    try {
      await readSide.runner.rebuild();
      await probe(readSide);
    } finally {
      await readSide.close();
      dir.remove();
    }
  };
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
