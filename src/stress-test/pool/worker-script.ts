import { existsSync } from 'node:fs';
import type { WorkerScript } from './worker-pool';

/**
 * How to start the worker whose entry is `base` (a path without extension): the compiled
 * `base.js` when there is one, as in `dist/` after `npm run build` (and in the bench build); else
 * `base.ts` compiled on load by @swc/core, as when Jest runs the sources with @swc/jest. Node
 * cannot run TypeScript itself, and a worker thread does not inherit Jest's transform, so a
 * small bootstrap registers a require hook for .ts files in the thread before loading the entry.
 */
export function workerScript(base: string): WorkerScript {
  const compiled = `${base}.js`;
  if (existsSync(compiled)) return { filename: compiled };
  const source = `${base}.ts`;
  if (!existsSync(source))
    throw new Error(`There is no worker at ${compiled} (nor its source ${source}): build the service with "npm run build"`);
  // @swc/core is a dev dependency: resolved only here, where the sources are run.
  return { filename: TS_BOOTSTRAP, options: { eval: true, workerData: { entry: source, swc: require.resolve('@swc/core') } } };
}

/** As jest.config.js compiles the sources, so the thread runs the same code the tests do. */
const TS_BOOTSTRAP = `
const { readFileSync } = require('node:fs');
const { workerData } = require('node:worker_threads');
const swc = require(workerData.swc);
const options = {
  swcrc: false,
  jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false }, target: 'es2022' },
  module: { type: 'commonjs' },
};
require.extensions['.ts'] = (module, filename) => {
  module._compile(swc.transformSync(readFileSync(filename, 'utf8'), { ...options, filename }).code, filename);
};
require(workerData.entry);
`;
