import { readFileSync } from 'node:fs';

/**
 * Sums a .cpuprofile's time by package (node_modules/<name>, or src/<folder>) and by function:
 * self time, and inclusive time (the function anywhere on the stack, counted once per sample)
 * for the project's own functions, which says what a whole step costs.
 *   node sum-profile.js file.cpuprofile
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const profile = JSON.parse(readFileSync(process.argv[2], 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parentOf = new Map<number, number>();
for (const n of profile.nodes) for (const child of n.children ?? []) parentOf.set(child, n.id);
const whereOf = (url: string) =>
  url.includes('node_modules/')
    ? url.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
    : url.replace(/.*\/(src|bench)\//, '$1/') || '(native)';
const keyOf = (node: ProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${whereOf(url)}:${lineNumber}`;
};
const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
const inclusive = new Map<string, number>();
const add = (m: Map<string, number>, key: string, dt: number) => m.set(key, (m.get(key) ?? 0) + dt);
let total = 0;
profile.samples.forEach((id, i) => {
  const node = byId.get(id);
  if (!node) return;
  const dt = profile.timeDeltas[i] ?? 0;
  total += dt;
  const where = whereOf(node.callFrame.url);
  add(byPackage, where.startsWith('src/') ? 'src/' + where.split('/')[1] : where, dt);
  add(byFunction, keyOf(node), dt);
  const onStack = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const frame = byId.get(at);
    if (frame && frame.callFrame.url.includes('/src/')) onStack.add(keyOf(frame));
  }
  for (const key of onStack) add(inclusive, key, dt);
});
const top = (m: Map<string, number>, n: number) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`)
    .join('\n');
console.log(
  `total ${(total / 1e6).toFixed(2)} s\n-- by package/file --\n${top(byPackage, 25)}\n-- by function (self) --\n${top(byFunction, 30)}\n-- src functions, inclusive --\n${top(inclusive, Number(process.argv[3] ?? 40))}`,
);
