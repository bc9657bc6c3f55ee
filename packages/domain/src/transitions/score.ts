import { ESSENTIAL_SHARE, ISCO_SHARED_DIGITS, ISCO_WEIGHT, MIN_DESTINATION_ESSENTIAL } from './model';
import type { TransitionProfile } from './profile';
import type { Thresholds } from './thresholds';
import { iscoMatcher, sharedIscoDigits, type TransitionIndex } from './transition-index';

/** A destination that is not an ESCO occupation, e.g. an organisation's vacancy with required skills. */
export type CustomDestination = {
  id: string;
  title: string;
  /** Skill indexes. */
  essential: readonly number[];
  optional: readonly number[];
  /** ISCO-08 unit group (4 digits) when known. */
  iscoGroup: string | null;
};

/** One destination's score. `target` < occupationCount is an occupation, else custom destination `target − occupationCount`. */
export type Scored = {
  target: number;
  score: number;
  /** Weighted share of the destination's essential skills the profile covers, 0–1. */
  essentialCoverage: number;
  optionalCoverage: number;
  /** Leading ISCO-08 digits shared with the origin (0–4). */
  iscoDigits: number;
};

export type Ranking = {
  top: Scored[];
  /** Destinations scored (thin ones not counted), and how many reach each band. */
  counts: { scored: number; strong: number; viable: number; notJudged: number };
  /** Thin destinations (too few essential skills) that would have reached `viable`: named, not ranked. */
  notJudged: Scored[];
};

/** The skill score: essential coverage, with the optional coverage weighing 1 − ESSENTIAL_SHARE when there are optional skills. */
export const skillScore = (essentialCoverage: number, optionalCoverage: number, optionalCount: number) =>
  optionalCount > 0
    ? ESSENTIAL_SHARE * essentialCoverage + (1 - ESSENTIAL_SHARE) * optionalCoverage
    : essentialCoverage;

/** The ISCO-08 hierarchy closes part of the remaining gap: secondary, it never outweighs skills. */
export const withIsco = (skill: number, iscoDigits: number) =>
  skill + ISCO_WEIGHT * (ISCO_SHARED_DIGITS[iscoDigits] as number) * (1 - skill);

/** Keeps the best `k` by score (ties: lower target first), sorted best first. */
class TopK {
  readonly items: Scored[] = [];
  constructor(private readonly k: number) {}
  /** Whether an item with this score and target would be kept. */
  wants(score: number, target: number): boolean {
    if (this.items.length < this.k) return this.k > 0;
    const last = this.items[this.items.length - 1] as Scored;
    return score > last.score || (score === last.score && target < last.target);
  }
  add(item: Scored) {
    if (!this.wants(item.score, item.target)) return;
    const items = this.items;
    if (items.length === this.k) items.pop();
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = items[mid] as Scored;
      if (m.score > item.score || (m.score === item.score && m.target < item.target)) lo = mid + 1;
      else hi = mid;
    }
    items.splice(lo, 0, item);
  }
}

type RankOptions = { top: number; thresholds: Thresholds; custom?: readonly CustomDestination[] };

/** Counts per band, the best `top`, and the thin destinations that would have been viable. */
class Tally {
  readonly counts = { scored: 0, strong: 0, viable: 0, notJudged: 0 };
  readonly best: TopK;
  readonly thin = new TopK(5);
  constructor(private readonly o: RankOptions) {
    this.best = new TopK(o.top);
  }
  add(
    target: number,
    score: number,
    essentialCoverage: number,
    optionalCoverage: number,
    iscoDigits: number,
    thin: boolean,
  ) {
    const { viable, strong } = this.o.thresholds;
    if (thin) {
      if (score < viable) return;
      this.counts.notJudged++;
      this.thin.add({ target, score, essentialCoverage, optionalCoverage, iscoDigits });
      return;
    }
    this.counts.scored++;
    if (score >= viable) this.counts.viable++;
    if (score >= strong) this.counts.strong++;
    // most destinations miss the top k: no object for them
    if (this.best.wants(score, target))
      this.best.add({ target, score, essentialCoverage, optionalCoverage, iscoDigits });
  }
  /** A destination without skill overlap: its score is the ISCO signal alone. */
  addIscoOnly(target: number, iscoDigits: number, thin: boolean) {
    const score = withIsco(0, iscoDigits);
    if (thin ? score >= this.o.thresholds.viable : true) {
      if (!thin && score < this.o.thresholds.viable && !this.best.wants(score, target)) {
        this.counts.scored++;
        return;
      }
      this.add(target, score, 0, 0, iscoDigits, thin);
    }
  }
  ranking(): Ranking {
    return { top: this.best.items, counts: this.counts, notJudged: this.thin.items };
  }
}

const customIsco = (c: CustomDestination) =>
  c.iscoGroup && /^\d{4}$/.test(c.iscoGroup) ? Number.parseInt(c.iscoGroup, 10) : -1;

/** Score the custom destinations by walking their skills against the profile's dense weights. */
function scoreCustom(x: TransitionIndex, p: TransitionProfile, o: RankOptions, r: Tally) {
  const custom = o.custom ?? [];
  if (custom.length === 0) return;
  const w = x.scratch.weight;
  p.skills.forEach((s, i) => {
    w[s] = p.weights[i] as number;
  });
  custom.forEach((c, i) => {
    let e = 0;
    for (const s of c.essential) e += w[s] as number;
    let op = 0;
    for (const s of c.optional) op += w[s] as number;
    const ne = c.essential.length;
    const essentialCoverage = ne > 0 ? e / ne : 0;
    const optionalCoverage = c.optional.length > 0 ? op / c.optional.length : 0;
    const iscoDigits = sharedIscoDigits(p.isco, customIsco(c));
    const score = withIsco(skillScore(essentialCoverage, optionalCoverage, c.optional.length), iscoDigits);
    r.add(
      x.occupationCount + i,
      score,
      essentialCoverage,
      optionalCoverage,
      iscoDigits,
      ne < MIN_DESTINATION_ESSENTIAL,
    );
  });
  for (const s of p.skills) w[s] = 0;
}

/** Per index, built once: occupations by ISCO-08 major group, which are thin, how many are not. */
type Groups = { byMajor: Map<number, Int32Array>; thin: Uint8Array; judged: number };
const groupsCache = new WeakMap<TransitionIndex, Groups>();
function groupsOf(x: TransitionIndex): Groups {
  let g = groupsCache.get(x);
  if (g) return g;
  const n = x.occupationCount;
  const lists = new Map<number, number[]>();
  const thin = new Uint8Array(n);
  let judged = 0;
  for (let d = 0; d < n; d++) {
    const major = x.isco1[d] as number;
    if (Number.isFinite(major) && (x.isco[d] as number) >= 0) {
      const list = lists.get(major) ?? [];
      list.push(d);
      lists.set(major, list);
    }
    if ((x.essStart[d + 1] as number) - (x.essStart[d] as number) < MIN_DESTINATION_ESSENTIAL) thin[d] = 1;
    else judged++;
  }
  g = { byMajor: new Map([...lists].map(([k, v]) => [k, Int32Array.from(v)])), thin, judged };
  groupsCache.set(x, g);
  return g;
}

/**
 * Score every ESCO occupation (and the custom destinations) for one profile through the inverted
 * index: each profile skill adds its weight to the occupations that list it, so the work is the
 * number of (profile skill, occupation) pairs that share a skill, not occupations × skills. Only
 * the occupations touched that way and those in the origin's ISCO-08 major group (which get the
 * ISCO signal) are visited; every other one scores exactly 0 and is only counted — unless the top
 * is not yet full of better scores, when they are walked in order like before.
 */
export function rankDestinations(x: TransitionIndex, p: TransitionProfile, o: RankOptions): Ranking {
  const { accEss, accOpt } = x.scratch;
  const n = x.occupationCount;
  const g = groupsOf(x);
  // which occupations the profile touches, each once (marks live in a scratch byte array)
  const mark = x.scratch.mark;
  const touched: number[] = [];
  for (let i = 0; i < p.skills.length; i++) {
    const s = p.skills[i] as number;
    const w = p.weights[i] as number;
    for (let k = x.skillEssStart[s] as number, end = x.skillEssStart[s + 1] as number; k < end; k++) {
      const d = x.skillEss[k] as number;
      accEss[d] = (accEss[d] as number) + w;
      if (mark[d] === 0) {
        mark[d] = 1;
        touched.push(d);
      }
    }
    for (let k = x.skillOptStart[s] as number, end = x.skillOptStart[s + 1] as number; k < end; k++) {
      const d = x.skillOpt[k] as number;
      accOpt[d] = (accOpt[d] as number) + w;
      if (mark[d] === 0) {
        mark[d] = 1;
        touched.push(d);
      }
    }
  }
  const r = new Tally(o);
  const shared = iscoMatcher(x, p.isco);
  let judgedSeen = 0;
  for (const d of touched) {
    if (d === p.origin) continue;
    const ne = (x.essStart[d + 1] as number) - (x.essStart[d] as number);
    const no = (x.optStart[d + 1] as number) - (x.optStart[d] as number);
    const essentialCoverage = ne > 0 ? (accEss[d] as number) / ne : 0;
    const optionalCoverage = no > 0 ? (accOpt[d] as number) / no : 0;
    const iscoDigits = shared(d);
    const score = withIsco(skillScore(essentialCoverage, optionalCoverage, no), iscoDigits);
    const thin = g.thin[d] === 1;
    if (!thin) judgedSeen++;
    r.add(d, score, essentialCoverage, optionalCoverage, iscoDigits, thin);
  }
  // untouched occupations of the origin's major group: the ISCO signal alone
  const major = p.isco >= 0 ? g.byMajor.get(Math.floor(p.isco / 1000)) : undefined;
  if (major)
    for (const d of major) {
      if (mark[d] === 1 || d === p.origin) continue;
      mark[d] = 2;
      if (g.thin[d] === 0) judgedSeen++;
      r.addIscoOnly(d, shared(d), g.thin[d] === 1);
    }
  // the rest score 0: counted; they enter the top only while it has room or ends in zeros
  const originJudged = p.origin !== null && p.origin < n && g.thin[p.origin] === 0 ? 1 : 0;
  const zeros = g.judged - judgedSeen - originJudged;
  const last = r.best.items[r.best.items.length - 1];
  if (o.thresholds.viable <= 0 || r.best.items.length < o.top || (last && last.score <= 0)) {
    for (let d = 0; d < n; d++) if (mark[d] === 0 && d !== p.origin) r.addIscoOnly(d, 0, g.thin[d] === 1);
  } else r.counts.scored += zeros;
  for (const d of touched) {
    accEss[d] = 0;
    accOpt[d] = 0;
    mark[d] = 0;
  }
  if (major) for (const d of major) mark[d] = 0;
  scoreCustom(x, p, o, r);
  return r.ranking();
}

/**
 * The straightforward implementation, for tests and the benchmark: for every occupation, intersect
 * its skill lists with the profile (a Map lookup per skill). Same results as rankDestinations.
 */
export function rankDestinationsNaive(
  occupations: readonly { essential: readonly number[]; optional: readonly number[]; isco: number }[],
  p: TransitionProfile,
  o: RankOptions,
): Ranking {
  const have = new Map<number, number>(p.skills.map((s, i) => [s, p.weights[i] as number]));
  const r = new Tally(o);
  const all = [
    ...occupations,
    ...(o.custom ?? []).map((c) => ({ essential: c.essential, optional: c.optional, isco: customIsco(c) })),
  ];
  all.forEach((d, target) => {
    if (target === p.origin) return;
    let e = 0;
    for (const s of d.essential) e += have.get(s) ?? 0;
    let op = 0;
    for (const s of d.optional) op += have.get(s) ?? 0;
    const essentialCoverage = d.essential.length > 0 ? e / d.essential.length : 0;
    const optionalCoverage = d.optional.length > 0 ? op / d.optional.length : 0;
    const iscoDigits = sharedIscoDigits(p.isco, d.isco);
    const score = withIsco(skillScore(essentialCoverage, optionalCoverage, d.optional.length), iscoDigits);
    r.add(
      target,
      score,
      essentialCoverage,
      optionalCoverage,
      iscoDigits,
      d.essential.length < MIN_DESTINATION_ESSENTIAL,
    );
  });
  return r.ranking();
}
