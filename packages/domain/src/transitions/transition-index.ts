import type { Taxonomy } from '../esco/types';

/**
 * The occupation–skill relations as flat arrays (CSR) both ways: occupation → its essential and
 * optional skills, and skill → the occupations that list it (the inverted index the scoring walks).
 * Built once per process from the taxonomy; holds scratch arrays for one scoring at a time.
 */
export type TransitionIndex = {
  occupationCount: number;
  skillCount: number;
  essStart: Int32Array;
  ess: Int32Array;
  optStart: Int32Array;
  opt: Int32Array;
  /** Occupations listing skill s as essential: `skillEss[skillEssStart[s] … skillEssStart[s + 1])`. */
  skillEssStart: Int32Array;
  skillEss: Int32Array;
  skillOptStart: Int32Array;
  skillOpt: Int32Array;
  /**
   * Skills ordered by in how many occupations they are essential (most first, then by index):
   * `commonRank[s]` is skill s's place, `byCommonRank[r]` the skill in place r. Sorting missing
   * skills is then a plain numeric sort.
   */
  commonRank: Int32Array;
  byCommonRank: Int32Array;
  /** ISCO-08 unit group per occupation as a number (0110 → 110), for comparing digits. */
  isco: Int32Array;
  /** Its minor (3-digit), sub-major (2) and major (1) group, so the scoring loop does no division. */
  isco3: Int32Array;
  isco2: Int32Array;
  isco1: Int32Array;
  /** `mark`: which occupations one scoring touched (rankDestinations), reset after it. */
  scratch: { accEss: Float64Array; accOpt: Float64Array; weight: Float64Array; mark: Uint8Array };
};

function csr(lists: readonly (readonly number[])[]): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => {
    start[i + 1] = (start[i] as number) + l.length;
  });
  const items = new Int32Array(start[lists.length] as number);
  lists.forEach((l, i) => {
    items.set(l, start[i] as number);
  });
  return { start, items };
}

function invert(
  lists: readonly (readonly number[])[],
  size: number,
): { start: Int32Array; items: Int32Array } {
  const inverted: number[][] = Array.from({ length: size }, () => []);
  lists.forEach((l, occupation) => {
    for (const s of l) (inverted[s] as number[]).push(occupation);
  });
  return csr(inverted);
}

/** Build the index (pure, ~50 ms for ESCO). */
export function buildTransitionIndex(t: Taxonomy): TransitionIndex {
  const n = t.occupations.length;
  const m = t.skills.length;
  const essLists = t.occupations.map((o) => o.essential);
  const optLists = t.occupations.map((o) => o.optional);
  const ess = csr(essLists);
  const opt = csr(optLists);
  const skillEss = invert(essLists, m);
  const skillOpt = invert(optLists, m);
  const isco = Int32Array.from(t.occupations, (o) => Number.parseInt(o.iscoGroup, 10));
  const count = (s: number) => (skillEss.start[s + 1] as number) - (skillEss.start[s] as number);
  const byCommonRank = Int32Array.from({ length: m }, (_, i) => i).sort(
    (a, b) => count(b) - count(a) || a - b,
  );
  const commonRank = new Int32Array(m);
  byCommonRank.forEach((s, r) => {
    commonRank[s] = r;
  });
  return {
    occupationCount: n,
    skillCount: m,
    essStart: ess.start,
    ess: ess.items,
    optStart: opt.start,
    opt: opt.items,
    skillEssStart: skillEss.start,
    skillEss: skillEss.items,
    skillOptStart: skillOpt.start,
    skillOpt: skillOpt.items,
    commonRank,
    byCommonRank,
    isco,
    isco3: isco.map((c) => Math.floor(c / 10)),
    isco2: isco.map((c) => Math.floor(c / 100)),
    isco1: isco.map((c) => Math.floor(c / 1000)),
    scratch: {
      accEss: new Float64Array(n),
      accOpt: new Float64Array(n),
      weight: new Float64Array(m),
      mark: new Uint8Array(n),
    },
  };
}

/** In how many occupations skill s is essential: the order of missing skills (most common first). */
export const essentialIn = (x: TransitionIndex, s: number) =>
  (x.skillEssStart[s + 1] as number) - (x.skillEssStart[s] as number);

/** In how many occupations skill s appears at all (essential or optional). */
export const usedIn = (x: TransitionIndex, s: number) =>
  essentialIn(x, s) + (x.skillOptStart[s + 1] as number) - (x.skillOptStart[s] as number);

/**
 * How many leading digits two ISCO-08 unit groups share (0–4). Codes are 4-digit numbers; "0110"
 * is 110, so the thousands digit 0 (armed forces) compares like any other.
 */
export function sharedIscoDigits(a: number, b: number): number {
  if (a < 0 || b < 0) return 0;
  if (a === b) return 4;
  if (Math.floor(a / 10) === Math.floor(b / 10)) return 3;
  if (Math.floor(a / 100) === Math.floor(b / 100)) return 2;
  if (Math.floor(a / 1000) === Math.floor(b / 1000)) return 1;
  return 0;
}

/** ISCO digits shared with one origin, against the index's precomputed groups (no division per destination). */
export function iscoMatcher(x: TransitionIndex, origin: number): (d: number) => number {
  if (origin < 0) return () => 0;
  const o3 = Math.floor(origin / 10);
  const o2 = Math.floor(origin / 100);
  const o1 = Math.floor(origin / 1000);
  return (d) =>
    x.isco[d] === origin ? 4 : x.isco3[d] === o3 ? 3 : x.isco2[d] === o2 ? 2 : x.isco1[d] === o1 ? 1 : 0;
}
