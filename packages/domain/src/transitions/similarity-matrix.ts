import { ORIGIN_ESSENTIAL_WEIGHT, ORIGIN_OPTIONAL_WEIGHT } from './model';
import { skillScore, withIsco } from './score';
import { iscoMatcher, type TransitionIndex } from './transition-index';

/**
 * The full occupation × occupation transition score (asymmetric): row = origin, column = destination,
 * the same score rankDestinations gives a profile built from the origin occupation (essential skills
 * weight 1, optional 0.5, the ISCO signal). n × n float32, row-major; the diagonal holds each
 * occupation's score against itself. Walks the inverted index once per origin.
 */
export function occupationSimilarityMatrix(x: TransitionIndex): Float32Array {
  const n = x.occupationCount;
  const out = new Float32Array(n * n);
  const { accEss, accOpt, weight } = x.scratch;
  const add = (s: number, w: number) => {
    for (let k = x.skillEssStart[s] as number, end = x.skillEssStart[s + 1] as number; k < end; k++) {
      const d = x.skillEss[k] as number;
      accEss[d] = (accEss[d] as number) + w;
    }
    for (let k = x.skillOptStart[s] as number, end = x.skillOptStart[s + 1] as number; k < end; k++) {
      const d = x.skillOpt[k] as number;
      accOpt[d] = (accOpt[d] as number) + w;
    }
  };
  for (let o = 0; o < n; o++) {
    const e0 = x.essStart[o] as number;
    const e1 = x.essStart[o + 1] as number;
    const o0 = x.optStart[o] as number;
    const o1 = x.optStart[o + 1] as number;
    for (let k = e0; k < e1; k++) weight[x.ess[k] as number] = ORIGIN_ESSENTIAL_WEIGHT;
    for (let k = o0; k < o1; k++) {
      const s = x.opt[k] as number;
      if ((weight[s] as number) < ORIGIN_OPTIONAL_WEIGHT) weight[s] = ORIGIN_OPTIONAL_WEIGHT;
    }
    // each skill once, with its weight (a skill both essential and optional counts as essential)
    for (let k = e0; k < e1; k++) {
      const s = x.ess[k] as number;
      const w = weight[s] as number;
      if (w > 0) add(s, w);
      weight[s] = 0;
    }
    for (let k = o0; k < o1; k++) {
      const s = x.opt[k] as number;
      const w = weight[s] as number;
      if (w > 0) add(s, w);
      weight[s] = 0;
    }
    const row = o * n;
    const shared = iscoMatcher(x, x.isco[o] as number);
    for (let d = 0; d < n; d++) {
      const ne = (x.essStart[d + 1] as number) - (x.essStart[d] as number);
      const no = (x.optStart[d + 1] as number) - (x.optStart[d] as number);
      const ec = ne > 0 ? (accEss[d] as number) / ne : 0;
      const oc = no > 0 ? (accOpt[d] as number) / no : 0;
      out[row + d] = withIsco(skillScore(ec, oc, no), shared(d));
    }
    accEss.fill(0);
    accOpt.fill(0);
  }
  return out;
}
