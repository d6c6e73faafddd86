import { SingleBar, Presets } from 'cli-progress';
import type { CliIo, Progress } from './cli-io';

/** Progress bars on stderr, only when it is a terminal (so piped output and logs stay clean). */
function terminalProgress(label: string, total: number): Progress {
  const bar = new SingleBar(
    { format: `${label} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}`, stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(Math.max(total, 1), 0);
  return {
    update: (done, newTotal) => {
      if (newTotal !== undefined) bar.setTotal(Math.max(newTotal, 1));
      bar.update(done);
    },
    stop: () => bar.stop(),
  };
}

export const terminalIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  progress: terminalProgress,
  env: process.env,
};
