// Whether a build step's output is up to date with its inputs, cheaply: one stat per file and
// folder of the inputs, no hashing. A step records a fingerprint of its inputs (the newest
// change among them and how many there are: a deleted or renamed file changes its folder's
// time and the count) in a stamp file once it has built; it is up to date while the inputs
// still give that fingerprint and its outputs exist. Plain Node, no dependencies.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SKIPPED = new Set(['node_modules', 'dist', '.git']);

/** The newest modification time and the number of entries under `paths` (files or folders). */
export function fingerprint(root, paths) {
  let newest = 0;
  let count = 0;
  const visit = (path) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    newest = Math.max(newest, stat.mtimeMs);
    count += 1;
    if (stat.isDirectory()) for (const name of readdirSync(path)) if (!SKIPPED.has(name)) visit(join(path, name));
  };
  for (const path of paths) visit(join(root, path));
  return `${newest} ${count}`;
}

/**
 * A step: { name, inputs: paths under root, outputs: paths that must exist, stamp: path of its
 * stamp file }. Says whether it is up to date, and the fingerprint to pass to markBuilt after a
 * successful build (taken before building, so an edit made during the build is not missed).
 */
export function checkStep(root, step) {
  const now = fingerprint(root, step.inputs);
  const stamp = join(root, step.stamp);
  const outputsThere = step.outputs.every((output) => existsSync(join(root, output)));
  return { upToDate: outputsThere && existsSync(stamp) && readFileSync(stamp, 'utf8') === now, fingerprint: now };
}

export function markBuilt(root, step, built) {
  writeFileSync(join(root, step.stamp), built);
}
