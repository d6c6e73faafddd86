/**
 * What a command may do to the world outside it: print, report progress, read the environment.
 * The real one writes to the terminal; tests pass their own and read what was said.
 */
export interface Progress {
  update(done: number, total?: number): void;
  stop(): void;
}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  progress(label: string, total: number): Progress;
  env: NodeJS.ProcessEnv;
}

/** A command's refusal: a sentence for the operator and the exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
