import type { CliIo } from '../../src/cli/cli-io';
import { runCli } from '../../src/cli/program';

export interface CliRun {
  code: number;
  out: string;
  err: string;
  /** Every progress report: label, done, total. */
  progress: { label: string; done: number; total: number }[];
}

/** Runs `cfm <args>` in this process with its own environment, and keeps what it said. */
export async function cfm(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const run: CliRun = { code: -1, out: '', err: '', progress: [] };
  const io: CliIo = {
    out: (text) => (run.out += text),
    err: (text) => (run.err += text),
    env: { PATH: process.env.PATH, ...env },
    progress: (label, total) => {
      let last = total;
      run.progress.push({ label, done: 0, total });
      return {
        update: (done, newTotal) => {
          last = newTotal ?? last;
          run.progress.push({ label, done, total: last });
        },
        stop: () => undefined,
      };
    },
  };
  run.code = await runCli(args, io);
  return run;
}
