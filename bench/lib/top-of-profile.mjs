// Self time by function of a .cpuprofile (node --cpu-prof): `node bench/lib/top-of-profile.mjs FILE [N]`.
import { readFileSync } from 'node:fs';

const [file, n = '30'] = process.argv.slice(2);
const p = JSON.parse(readFileSync(file, 'utf8'));
const self = new Map();
const byId = new Map(p.nodes.map((node) => [node.id, node]));
const dt = new Map();
for (let i = 0; i < p.samples.length; i++)
  dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
let total = 0;
for (const [id, us] of dt) {
  const node = byId.get(id);
  const f = node.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.replace(/.*node_modules\//, '').replace(/.*\/work\/wt\/[^/]+\//, '')}:${f.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + us);
  total += us;
}
const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(n));
for (const [k, us] of rows)
  console.log(
    `${((100 * us) / total).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`,
  );

// by package / area
const area = (k) => {
  const m = k.match(/ (@?[^ /:]+(?:\/[^ /:]+)?)\//);
  if (k.includes('(garbage collector)')) return 'GC';
  if (k.includes('(idle)')) return 'idle';
  if (k.includes(' apps/server/')) return 'server';
  if (k.includes(' packages/domain/')) return 'domain';
  if (k.includes(' packages/')) return 'packages';
  if (k.includes(' node:') || k.endsWith(' :0')) return 'node/native';
  if (k.includes('wasm')) return 'pglite wasm';
  return m ? m[1] : 'other';
};
const areas = new Map();
for (const [k, us] of self) areas.set(area(k), (areas.get(area(k)) ?? 0) + us);
console.log('\nby area:');
for (const [k, us] of [...areas].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`${((100 * us) / total).toFixed(1).padStart(5)} %  ${k}`);
