import type { Taxonomy } from '../esco/types';
import { LEVEL_WEIGHT, ORIGIN_ESSENTIAL_WEIGHT, ORIGIN_OPTIONAL_WEIGHT, type SkillLevel } from './model';
import type { CustomDestination } from './score';
import { type TransitionIndex, usedIn } from './transition-index';

/** A person's skills as the engine sees them: skill indexes with a weight 0–1 each (sparse). */
export type TransitionProfile = {
  skills: readonly number[];
  weights: readonly number[];
  /** The origin occupation (index), when the profile starts from one: excluded from the results. */
  origin: number | null;
  /** The origin's ISCO-08 unit group as a number (for the ISCO signal), or -1. */
  isco: number;
  /** Σ weights of the profile's skills that some occupation uses: the evidence the scores rest on. */
  evidence: number;
};

export type ProfileInput = {
  /** Origin occupation (index): its essential skills count as level 3, its optional ones half. */
  occupation?: number | null;
  /** The person's own skills (indexes) with levels 1–4; they add to the occupation's skills (a skill in both keeps the higher weight). */
  skills?: readonly { skill: number; level: SkillLevel }[];
  /** ISCO-08 unit group of the person's current work when it is not an ESCO occupation, e.g. "8344". */
  iscoGroup?: string | null;
};

/** Build a profile (pure). */
export function buildProfile(x: TransitionIndex, input: ProfileInput): TransitionProfile {
  const weight = new Map<number, number>();
  const put = (s: number, w: number) => {
    if (w > (weight.get(s) ?? 0)) weight.set(s, w);
  };
  const origin = input.occupation ?? null;
  if (origin !== null) {
    for (let p = x.essStart[origin] as number; p < (x.essStart[origin + 1] as number); p++)
      put(x.ess[p] as number, ORIGIN_ESSENTIAL_WEIGHT);
    for (let p = x.optStart[origin] as number; p < (x.optStart[origin + 1] as number); p++)
      put(x.opt[p] as number, ORIGIN_OPTIONAL_WEIGHT);
  }
  for (const { skill, level } of input.skills ?? []) put(skill, LEVEL_WEIGHT[level]);
  const skills = [...weight.keys()].sort((a, b) => a - b);
  const weights = skills.map((s) => weight.get(s) as number);
  let evidence = 0;
  skills.forEach((s, i) => {
    if (usedIn(x, s) > 0) evidence += weights[i] as number;
  });
  const isco =
    origin !== null
      ? (x.isco[origin] as number)
      : input.iscoGroup && /^\d{4}$/.test(input.iscoGroup)
        ? Number.parseInt(input.iscoGroup, 10)
        : -1;
  return { skills, weights, origin, isco, evidence };
}

/**
 * A profile from ESCO URIs, as the app stores them (skills profile rows, a person's occupation).
 * URIs the taxonomy does not know are left out and returned, so the caller can show or log them.
 */
export function buildProfileFromUris(
  t: Taxonomy,
  x: TransitionIndex,
  input: {
    occupationUri?: string | null;
    skills?: readonly { uri: string; level: SkillLevel }[];
    iscoGroup?: string | null;
  },
): { profile: TransitionProfile; unknown: string[] } {
  const unknown: string[] = [];
  const occupation = input.occupationUri ? (t.occupationByUri.get(input.occupationUri) ?? null) : null;
  if (input.occupationUri && occupation === null) unknown.push(input.occupationUri);
  const skills: { skill: number; level: SkillLevel }[] = [];
  for (const s of input.skills ?? []) {
    const i = t.skillByUri.get(s.uri);
    if (i === undefined) unknown.push(s.uri);
    else skills.push({ skill: i, level: s.level });
  }
  return { profile: buildProfile(x, { occupation, skills, iscoGroup: input.iscoGroup ?? null }), unknown };
}

/** A custom destination (vacancy, assignment) from skill URIs; unknown URIs are left out and returned. */
export function customDestinationFromUris(
  t: Taxonomy,
  d: {
    id: string;
    title: string;
    essential: readonly string[];
    optional?: readonly string[];
    iscoGroup?: string | null;
  },
): { destination: CustomDestination; unknown: string[] } {
  const unknown: string[] = [];
  const resolve = (uris: readonly string[]) =>
    uris.flatMap((uri) => {
      const i = t.skillByUri.get(uri);
      if (i === undefined) unknown.push(uri);
      return i === undefined ? [] : [i];
    });
  return {
    destination: {
      id: d.id,
      title: d.title,
      essential: [...new Set(resolve(d.essential))],
      optional: [...new Set(resolve(d.optional ?? []))],
      iscoGroup: d.iscoGroup ?? null,
    },
    unknown,
  };
}
