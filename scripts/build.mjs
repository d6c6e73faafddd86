#!/usr/bin/env node
// `npm run build` (and `npm start`, `npm run token`, `npm run example` before they run): builds
// each step whose inputs changed since it last built, and nothing when none did (well under a
// second). `node scripts/build.mjs api` builds only the named steps; `--force` rebuilds.
//
// A step is { name, inputs, outputs, stamp, run }: run is a function, or an npm script to
// run (a web app, say: { name: 'web', inputs: ['web'], outputs: ['web/dist/index.html'],
// stamp: 'web/dist/.built', run: 'build:web' }). Add steps to STEPS below.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkStep, markBuilt } from './up-to-date.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const STEPS = [
  {
    name: 'api',
    inputs: ['src', 'tsconfig.json', 'tsconfig.build.json', 'nest-cli.json', 'package-lock.json', 'scripts/compile-service.mjs'],
    outputs: ['dist/main.js'],
    stamp: 'dist/.built',
    // Loaded only when it has work to do: TypeScript alone takes seconds to load.
    run: async () => (await import('./compile-service.mjs')).compileService(root),
  },
  // After api: a build of the service from nothing empties dist/, and so dist/web.
  { name: 'web', inputs: ['web', 'package-lock.json'], outputs: ['dist/web/index.html'], stamp: 'dist/web/.built', run: 'build:web' },
];

const args = process.argv.slice(2);
const force = args.includes('--force');
const named = args.filter((arg) => !arg.startsWith('--'));
const unknown = named.filter((name) => !STEPS.some((step) => step.name === name));
if (unknown.length > 0) {
  console.error(`No build step ${unknown.join(', ')}; the steps are ${STEPS.map((s) => s.name).join(', ')}.`);
  process.exit(2);
}

for (const step of STEPS.filter((s) => named.length === 0 || named.includes(s.name))) {
  const { upToDate, fingerprint } = checkStep(root, step);
  if (upToDate && !force) continue;
  const started = Date.now();
  const ok = typeof step.run === 'string' ? runScript(step.run) : await step.run();
  if (!ok) {
    console.error(`Build step ${step.name} failed.`);
    process.exit(1);
  }
  markBuilt(root, step, fingerprint);
  console.error(`Built ${step.name} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

function runScript(script) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return spawnSync(npm, ['run', '-s', script], { cwd: root, stdio: 'inherit' }).status === 0;
}
