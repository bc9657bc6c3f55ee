import type { AutomationRiskTable, Lang, Occupation, Skill, Taxonomy } from '../esco/types';
import { type Effort, effortOf, explain, type SkillRef, skillRef } from './explain';
import { MIN_DESTINATION_ESSENTIAL, MIN_PROFILE_EVIDENCE } from './model';
import type { TransitionProfile } from './profile';
import { type CustomDestination, rankDestinations, type Scored, skillScore, withIsco } from './score';
import {
  type AutomationSignal,
  automationSignal,
  type ShortageSignal,
  type ShortageTable,
  shortageSignal,
} from './signals';
import { type Band, bandOf, THRESHOLDS, type Thresholds } from './thresholds';
import { essentialIn, sharedIscoDigits, type TransitionIndex } from './transition-index';

/** Everything the engine needs, passed in (the domain reads no files). */
export type TransitionContext<L = never> = {
  taxonomy: Taxonomy;
  index: TransitionIndex;
  thresholds?: Thresholds;
  automationRisk?: AutomationRiskTable | null;
  shortage?: ShortageTable | null;
  /** The hook for the learning catalogue: activities that teach a skill, by skill URI. */
  learningBySkill?: ReadonlyMap<string, readonly L[]>;
};

export type MatchRequest = {
  profile: TransitionProfile;
  /** How many destinations to explain (default 20). */
  top?: number;
  /** Destinations besides the ESCO occupations, e.g. the organisation's vacancies. */
  custom?: readonly CustomDestination[];
};

export type MissingSkill<L> = SkillRef & {
  /** In how many ESCO occupations the skill is essential: the list is ordered by this, most common first. */
  essentialIn: number;
  /** Learning activities that teach it (from `learningBySkill`; empty without a catalogue). */
  learning: readonly L[];
};

export type MatchedSkill = SkillRef & { relation: 'essential' | 'optional'; weight: number };

export type TransitionResult<L> = {
  kind: 'occupation' | 'custom';
  /** ESCO occupation URI, or the custom destination's id. */
  id: string;
  uri: string | null;
  title: { nl: string; en: string };
  iscoGroup: string | null;
  score: number;
  band: Band;
  coverage: { essential: number; optional: number; iscoDigits: number };
  matchedSkills: MatchedSkill[];
  missingEssentialSkills: MissingSkill<L>[];
  /** Essential skills the profile has below level 3 (weight < 1): to deepen. */
  partialEssentialSkills: (SkillRef & { weight: number })[];
  effort: Effort;
  signals: { automationRisk: AutomationSignal | null; shortage: ShortageSignal | null };
  explanation: { nl: string; en: string };
};

export type MatchResult<L> =
  | {
      status: 'ok';
      thresholds: Thresholds;
      profile: { skills: number; evidence: number };
      counts: { scored: number; strong: number; viable: number; notJudged: number };
      results: TransitionResult<L>[];
      /** Destinations that ESCO describes with too few essential skills to judge, although the overlap looks viable. */
      notJudged: {
        id: string;
        uri: string | null;
        title: { nl: string; en: string };
        essentialSkills: number;
        reason: 'few_essential_skills';
      }[];
    }
  | {
      status: 'insufficient_data';
      reason: 'profile_too_small';
      profile: { skills: number; evidence: number };
      minimumEvidence: number;
      results: [];
    };

const round3 = (x: number) => Math.round(x * 1000) / 1000;

type Destination = {
  id: string;
  uri: string | null;
  title: { nl: string; en: string };
  iscoGroup: string | null;
  essential: readonly number[];
  optional: readonly number[];
};

function destination(
  ctx: TransitionContext<unknown>,
  custom: readonly CustomDestination[],
  target: number,
): Destination {
  const n = ctx.index.occupationCount;
  if (target < n) {
    const o = ctx.taxonomy.occupations[target] as Occupation;
    return {
      id: o.uri,
      uri: o.uri,
      title: { nl: o.titleNl, en: o.titleEn },
      iscoGroup: o.iscoGroup,
      essential: o.essential,
      optional: o.optional,
    };
  }
  const c = custom[target - n] as CustomDestination;
  return {
    id: c.id,
    uri: null,
    title: { nl: c.title, en: c.title },
    iscoGroup: c.iscoGroup,
    essential: c.essential,
    optional: c.optional,
  };
}

const label = (s: Skill, lang: Lang) => (lang === 'nl' && s.labelNl ? s.labelNl : s.labelEn);

/**
 * Each skill's reference (URI, label, label language) per language, built once per taxonomy: the
 * explanation of the top destinations asks for the same few hundred skills again and again.
 */
const refCache = new WeakMap<Taxonomy, { nl: (SkillRef | undefined)[]; en: (SkillRef | undefined)[] }>();
function refOf(t: Taxonomy, k: number, lang: Lang): SkillRef {
  let cache = refCache.get(t);
  if (!cache) {
    cache = { nl: new Array(t.skills.length), en: new Array(t.skills.length) };
    refCache.set(t, cache);
  }
  const list = cache[lang];
  let ref = list[k];
  if (!ref) {
    ref = skillRef(t.skills[k] as Skill, lang);
    list[k] = ref;
  }
  return ref;
}

/** The details of one scored destination: skills had and missing, effort, signals, explanation. */
function detail<L>(
  ctx: TransitionContext<L>,
  weight: Float64Array,
  d: Destination,
  kind: TransitionResult<L>['kind'],
  s: Scored,
  lang: Lang,
): TransitionResult<L> {
  const { taxonomy: t, index: x } = ctx;
  const skills = t.skills;
  const matchedSkills: MatchedSkill[] = [];
  const partial: (SkillRef & { weight: number })[] = [];
  // missing skills as their place in the "most common first" order: a numeric sort
  const missingRanks: number[] = [];
  let gap = 0;
  for (const k of d.essential) {
    const w = weight[k] as number;
    gap += 1 - w;
    if (!skills[k]) continue;
    if (w === 0) missingRanks.push(x.commonRank[k] as number);
    else {
      const ref = refOf(t, k, lang);
      matchedSkills.push({
        uri: ref.uri,
        label: ref.label,
        labelLang: ref.labelLang,
        relation: 'essential',
        weight: w,
      });
      if (w < 1) partial.push({ uri: ref.uri, label: ref.label, labelLang: ref.labelLang, weight: w });
    }
  }
  for (const k of d.optional) {
    const w = weight[k] as number;
    if (w > 0 && skills[k]) {
      const ref = refOf(t, k, lang);
      matchedSkills.push({
        uri: ref.uri,
        label: ref.label,
        labelLang: ref.labelLang,
        relation: 'optional',
        weight: w,
      });
    }
  }
  // most common first: a skill many occupations need opens the most doors
  const missing = Int32Array.from(missingRanks)
    .sort()
    .map((r) => x.byCommonRank[r] as number);
  const missingEssentialSkills: MissingSkill<L>[] = [];
  for (const k of missing) {
    const skill = skills[k] as Skill;
    const ref = refOf(t, k, lang);
    missingEssentialSkills.push({
      uri: ref.uri,
      label: ref.label,
      labelLang: ref.labelLang,
      essentialIn: essentialIn(x, k),
      learning: ctx.learningBySkill?.get(skill.uri) ?? NO_LEARNING,
    });
  }
  const effort = effortOf(gap, missing.length, d.iscoGroup);
  const band = bandOf(s.score, ctx.thresholds ?? THRESHOLDS);
  const automationRisk = automationSignal(ctx.automationRisk, d.uri, d.iscoGroup);
  const shortage = shortageSignal(ctx.shortage, d.uri, d.iscoGroup);
  const firstMissing = [...missing.subarray(0, 3)].map((k) => skills[k] as Skill);
  const explanation = explain({
    title: d.title,
    band,
    essentialTotal: d.essential.length,
    essentialHave: d.essential.length - missing.length - partial.length,
    essentialPartly: partial.length,
    essentialCoverage: s.essentialCoverage,
    missing: { nl: firstMissing.map((k) => label(k, 'nl')), en: firstMissing.map((k) => label(k, 'en')) },
    missingCount: missing.length,
    iscoDigits: s.iscoDigits,
    iscoGroup: d.iscoGroup,
    effort,
    futureProof: automationRisk?.futureProof ?? null,
    shortage,
  });
  return {
    kind,
    id: d.id,
    uri: d.uri,
    title: d.title,
    iscoGroup: d.iscoGroup,
    score: round3(s.score),
    band,
    coverage: {
      essential: round3(s.essentialCoverage),
      optional: round3(s.optionalCoverage),
      iscoDigits: s.iscoDigits,
    },
    matchedSkills,
    missingEssentialSkills,
    partialEssentialSkills: partial,
    effort,
    signals: { automationRisk, shortage },
    explanation,
  };
}

const NO_LEARNING: readonly never[] = Object.freeze([]);

/**
 * Rank every ESCO occupation and custom destination for one profile and explain the best `top`
 * (docs/mobility-engine.md). Refuses ("insufficient_data") when the profile is too small to judge.
 */
export function matchTransitions<L = never>(
  ctx: TransitionContext<L>,
  req: MatchRequest,
  lang: Lang = 'nl',
): MatchResult<L> {
  const p = req.profile;
  const profile = { skills: p.skills.length, evidence: round3(p.evidence) };
  if (p.evidence < MIN_PROFILE_EVIDENCE)
    return {
      status: 'insufficient_data',
      reason: 'profile_too_small',
      profile,
      minimumEvidence: MIN_PROFILE_EVIDENCE,
      results: [],
    };
  const thresholds = ctx.thresholds ?? THRESHOLDS;
  const custom = req.custom ?? [];
  const ranking = rankDestinations(ctx.index, p, { top: req.top ?? 20, thresholds, custom });
  const weight = ctx.index.scratch.weight;
  p.skills.forEach((s, i) => {
    weight[s] = p.weights[i] as number;
  });
  try {
    const n = ctx.index.occupationCount;
    const results = ranking.top.map((s) =>
      detail(
        ctx,
        weight,
        destination(ctx, custom, s.target),
        s.target < n ? 'occupation' : 'custom',
        s,
        lang,
      ),
    );
    const notJudged = ranking.notJudged.map((s) => {
      const d = destination(ctx, custom, s.target);
      return {
        id: d.id,
        uri: d.uri,
        title: d.title,
        essentialSkills: d.essential.length,
        reason: 'few_essential_skills' as const,
      };
    });
    return { status: 'ok', thresholds, profile, counts: ranking.counts, results, notJudged };
  } finally {
    for (const s of p.skills) weight[s] = 0;
  }
}

/**
 * Score and explain every custom destination (an organisation's vacancies and assignments) for one
 * profile, in the given order — none is left out, unlike `matchTransitions`' top `k`. Used for
 * "people for a vacancy" (one destination, many profiles) and "vacancies for a person". Destinations
 * with too few essential skills to judge are returned under `notJudged` instead of with a weak score.
 */
export function matchCustom<L = never>(
  ctx: TransitionContext<L>,
  profile: TransitionProfile,
  custom: readonly CustomDestination[],
  lang: Lang = 'nl',
):
  | { status: 'ok'; results: TransitionResult<L>[]; notJudged: string[] }
  | { status: 'insufficient_data'; reason: 'profile_too_small'; evidence: number; minimumEvidence: number } {
  if (profile.evidence < MIN_PROFILE_EVIDENCE)
    return {
      status: 'insufficient_data',
      reason: 'profile_too_small',
      evidence: round3(profile.evidence),
      minimumEvidence: MIN_PROFILE_EVIDENCE,
    };
  const weight = ctx.index.scratch.weight;
  profile.skills.forEach((s, i) => {
    weight[s] = profile.weights[i] as number;
  });
  try {
    const results: TransitionResult<L>[] = [];
    const notJudged: string[] = [];
    const n = ctx.index.occupationCount;
    custom.forEach((c, i) => {
      if (c.essential.length < MIN_DESTINATION_ESSENTIAL) {
        notJudged.push(c.id);
        return;
      }
      let e = 0;
      for (const s of c.essential) e += weight[s] as number;
      let o = 0;
      for (const s of c.optional) o += weight[s] as number;
      const essentialCoverage = e / c.essential.length;
      const optionalCoverage = c.optional.length > 0 ? o / c.optional.length : 0;
      const isco = c.iscoGroup && /^\d{4}$/.test(c.iscoGroup) ? Number.parseInt(c.iscoGroup, 10) : -1;
      const iscoDigits = sharedIscoDigits(profile.isco, isco);
      const score = withIsco(skillScore(essentialCoverage, optionalCoverage, c.optional.length), iscoDigits);
      results.push(
        detail(
          ctx,
          weight,
          destination(ctx, custom, n + i),
          'custom',
          { target: n + i, score, essentialCoverage, optionalCoverage, iscoDigits },
          lang,
        ),
      );
    });
    return { status: 'ok', results, notJudged };
  } finally {
    for (const s of profile.skills) weight[s] = 0;
  }
}
