// Calibrates the viable / strong thresholds of the transition engine on the real ESCO occupation ×
// occupation matrix and writes data/esco/transition-calibration.json (docs/mobility-engine.md).
// Needs the Nesta skills-based sectors from ../shared (calibration only; the product never reads them):
//   npx tsx data/esco/calibrate-transitions.ts [path/to/shared/data]
// Kanders, Djumalieva, Sleeman & Orlik (2020), Mapping Career Causeways, Nesta (MIT).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MIN_DESTINATION_ESSENTIAL } from '@inzetbaar/domain/transitions/model';
import { occupationSimilarityMatrix } from '@inzetbaar/domain/transitions/similarity-matrix';
import { buildTransitionIndex } from '@inzetbaar/domain/transitions/transition-index';
import { readTaxonomy } from '../../apps/server/src/platform/reference-data/esco';

const shared = process.argv[2]
  ? resolve(process.argv[2])
  : [new URL('../../../shared/data', import.meta.url), new URL('../../../../shared/data', import.meta.url)]
      .map((u) => u.pathname)
      .find((p) => existsSync(`${p}/nesta-mcc`));
if (!shared) throw new Error('Nesta data not found: pass the path of shared/data');

const t = readTaxonomy();
const x = buildTransitionIndex(t);
const m = occupationSimilarityMatrix(x);
const n = x.occupationCount;

/** Nesta's 14 skills-based sectors (clusters of ESCO occupations by their skills), per occupation URI. */
const sector = new Map<string, string>();
for (const line of readFileSync(
  `${shared}/nesta-mcc/skills_based_sectors/mcc_skills_based_sectors_All_ESCO.csv`,
  'utf8',
)
  .split('\n')
  .slice(1)) {
  const uri = /http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]+/.exec(line)?.[0];
  // the sector code is the 4th column; occupation names may hold quoted commas, so count from the URI back
  const code = /,(\d+),(\d+\.\d+),/.exec(line)?.[1];
  if (uri && code) sector.set(uri, code);
}
/** Nesta's number of desirable transitions per origin (viable + earnings), for a sanity check only. */
const nestaDesirable = new Map<string, number>();
for (const line of readFileSync(`${shared}/nesta-mcc/transitions/mcc_transitions_Occupation_data.csv`, 'utf8')
  .split('\n')
  .slice(1)) {
  const uri = /http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]+/.exec(line)?.[0];
  const cells = line.split(',');
  const nd = Number(cells[cells.length - 7]);
  if (uri && Number.isFinite(nd)) nestaDesirable.set(uri, nd);
}

const occ = t.occupations;
const thin = (d: number) => (occ[d]?.essential.length ?? 0) < MIN_DESTINATION_ESSENTIAL;
const groups = {
  all: [] as number[],
  unrelated: [] as number[],
  otherSector: [] as number[],
  sameIsco4: [] as number[],
  broader: [] as number[],
};
for (let o = 0; o < n; o++) {
  const oo = occ[o];
  if (!oo) continue;
  const so = sector.get(oo.uri);
  for (let d = 0; d < n; d++) {
    if (d === o || thin(d)) continue;
    const od = occ[d];
    if (!od) continue;
    const v = m[o * n + d] as number;
    groups.all.push(v);
    const sd = sector.get(od.uri);
    if (so && sd && so !== sd) {
      groups.otherSector.push(v);
      if (oo.iscoGroup[0] !== od.iscoGroup[0]) groups.unrelated.push(v);
    }
    if (oo.iscoGroup === od.iscoGroup) groups.sameIsco4.push(v);
  }
  // ESCO's own hierarchy: an occupation and its broader occupation, both ways
  for (const b of oo.broader) {
    if (!thin(b)) groups.broader.push(m[o * n + b] as number);
    if (!thin(o)) groups.broader.push(m[b * n + o] as number);
  }
}
for (const g of Object.values(groups)) g.sort((a, b) => a - b);
const quantile = (g: number[], q: number) => g[Math.min(g.length - 1, Math.floor(q * g.length))] as number;
const shareAtLeast = (g: number[], v: number) => {
  let lo = 0;
  let hi = g.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((g[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return (g.length - lo) / g.length;
};
const r3 = (v: number) => Math.round(v * 1000) / 1000;
const Q = [0.25, 0.5, 0.75, 0.9, 0.99, 0.999];

// The rules (docs/mobility-engine.md): viable = the 99.9th percentile of unrelated pairs, rounded up
// to a multiple of 0.05; strong = the median of ESCO broader ↔ narrower occupation pairs, rounded down.
const viable = Math.ceil(quantile(groups.unrelated, 0.999) * 20 - 1e-9) / 20;
const strong = Math.floor(quantile(groups.broader, 0.5) * 20 + 1e-9) / 20;

// per origin: how many destinations reach each band
const perOrigin = { viable: [] as number[], strong: [] as number[] };
const ours: [number, number][] = [];
for (let o = 0; o < n; o++) {
  let v = 0;
  let s = 0;
  for (let d = 0; d < n; d++) {
    if (d === o || thin(d)) continue;
    const score = m[o * n + d] as number;
    if (score >= viable) v++;
    if (score >= strong) s++;
  }
  perOrigin.viable.push(v);
  perOrigin.strong.push(s);
  const nd = nestaDesirable.get(occ[o]?.uri ?? '');
  if (nd !== undefined) ours.push([v, nd]);
}
for (const g of Object.values(perOrigin)) g.sort((a, b) => a - b);
/** Spearman rank correlation (average ranks for ties). */
function spearman(pairs: [number, number][]): number {
  const rank = (vals: number[]) => {
    const order = vals.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
    const r = new Array<number>(vals.length);
    for (let i = 0; i < order.length; ) {
      let j = i;
      while (
        j + 1 < order.length &&
        (order[j + 1] as readonly [number, number])[0] === (order[i] as readonly [number, number])[0]
      )
        j++;
      for (let k = i; k <= j; k++) r[(order[k] as readonly [number, number])[1]] = (i + j) / 2;
      i = j + 1;
    }
    return r;
  };
  const a = rank(pairs.map((p) => p[0]));
  const b = rank(pairs.map((p) => p[1]));
  const mean = (a.length - 1) / 2;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < a.length; i++) {
    num += ((a[i] as number) - mean) * ((b[i] as number) - mean);
    da += ((a[i] as number) - mean) ** 2;
    db += ((b[i] as number) - mean) ** 2;
  }
  return num / Math.sqrt(da * db);
}

const summarize = (g: number[]) => ({
  pairs: g.length,
  quantiles: Object.fromEntries(Q.map((q) => [`p${q * 100}`, r3(quantile(g, q))])),
  atLeastViable: r3(shareAtLeast(g, viable)),
  atLeastStrong: r3(shareAtLeast(g, strong)),
});
const out = {
  generatedBy: 'npx tsx data/esco/calibrate-transitions.ts',
  esco: t.version,
  matrix: `${n} × ${n} occupations, origin profile = essential skills (weight 1) + optional (0.5); destinations with fewer than ${MIN_DESTINATION_ESSENTIAL} essential skills and the diagonal left out`,
  rules: {
    viable:
      '99.9th percentile of unrelated pairs (different Nesta skills-based sector and different ISCO-08 major group), rounded up to a multiple of 0.05',
    strong:
      'median of ESCO broader ↔ narrower occupation pairs (broaderRelationsOccPillar, both directions), rounded down to a multiple of 0.05',
  },
  thresholds: { viable, strong },
  groups: {
    allPairs: summarize(groups.all),
    unrelated: summarize(groups.unrelated),
    otherSkillsBasedSector: summarize(groups.otherSector),
    sameIscoUnitGroup: summarize(groups.sameIsco4),
    broaderNarrower: summarize(groups.broader),
  },
  perOrigin: {
    viable: Object.fromEntries(Q.slice(0, 4).map((q) => [`p${q * 100}`, quantile(perOrigin.viable, q)])),
    strong: Object.fromEntries(Q.slice(0, 4).map((q) => [`p${q * 100}`, quantile(perOrigin.strong, q)])),
    originsWithoutViable: perOrigin.viable.filter((v) => v === 0).length,
  },
  nestaCheck: {
    what: "Spearman rank correlation between our number of viable destinations per origin and Nesta's n_desirable (viable by their measure and earnings ratio ≥ 0.75), over the origins Nesta scored",
    origins: ours.length,
    spearman: r3(spearman(ours)),
  },
  source:
    'Skills-based sectors and n_desirable: Kanders K., Djumalieva J., Sleeman C. and Orlik J. (2020), Mapping Career Causeways, Nesta (MIT).',
};
writeFileSync(new URL('./transition-calibration.json', import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
console.log(JSON.stringify(out, null, 2));
