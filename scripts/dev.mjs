#!/usr/bin/env node
// `npm run start:dev`: builds, starts the service, and on every change under src/ builds again
// and restarts it (what `nest start --watch` did). A build that fails leaves the last good
// service running and says why. Plain Node, no dependencies.
import { spawn, spawnSync } from 'node:child_process';
import { watch } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let service = null;
let timer = null;

function buildAndRestart() {
  const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), 'api'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) return console.error('Build failed; the service keeps running as it was. Waiting for changes...');
  const start = () => {
    service = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/main.js')], { cwd: root, stdio: 'inherit' });
  };
  if (!service || service.exitCode !== null) return start();
  service.once('exit', start);
  service.kill('SIGTERM');
}

buildAndRestart();
watch(join(root, 'src'), { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(buildAndRestart, 300);
});
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    service?.kill(signal);
    process.exit(0);
  });
