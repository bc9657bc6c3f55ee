import { matchTransitions } from '@inzetbaar/domain/transitions/match';
import { buildProfile, type TransitionProfile } from '@inzetbaar/domain/transitions/profile';
import {
  type CustomDestination,
  rankDestinations,
  rankDestinationsNaive,
} from '@inzetbaar/domain/transitions/score';
import { occupationSimilarityMatrix } from '@inzetbaar/domain/transitions/similarity-matrix';
import { THRESHOLDS } from '@inzetbaar/domain/transitions/thresholds';
import { buildTransitionIndex } from '@inzetbaar/domain/transitions/transition-index';
import { automationRisk, readTaxonomy } from '../apps/server/src/platform/reference-data/esco';
import { round } from './lib/measure';
import { prng, type Timing, timeSync } from './lib/timing';

export type TransitionsResult = {
  indexBuildMs: number;
  people: number;
  customDestinations: number;
  profileSkills: { median: number; max: number };
  /** One person: score all occupations + custom destinations, explain the top 20. */
  onePerson: { indexed: Timing; naive: Timing; ratio: number };
  /** Ranking only (no explanations): where the two implementations differ. */
  rankOnly: { indexed: Timing; naive: Timing; ratio: number };
  /** 1,000 people one after another, with explanations for each one's top 20. */
  thousandPeople: { ms: number[]; medianMs: number; cpuMs: number };
  matrix: { ms: number[]; medianMs: number; cpuMs: number; size: string };
  notes: string[];
};

export function runTransitions(): TransitionsResult {
  const t = readTaxonomy();
  const risk = automationRisk();
  const t0 = performance.now();
  const x = buildTransitionIndex(t);
  const indexBuildMs = round(performance.now() - t0);
  const rnd = prng(20_251_202);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
  // People: an ESCO occupation each, plus 0–8 skills of their own at levels 1–4 (seeded, same every run)
  const people: TransitionProfile[] = Array.from({ length: 1000 }, () => {
    const occupation = Math.floor(rnd() * t.occupations.length);
    const extra = Array.from({ length: Math.floor(rnd() * 9) }, () => ({
      skill: Math.floor(rnd() * t.skills.length),
      level: (1 + Math.floor(rnd() * 4)) as 1 | 2 | 3 | 4,
    }));
    return buildProfile(x, { occupation, skills: extra });
  });
  // An organisation's 100 vacancies: 8–15 essential skills drawn from one occupation, 3 from anywhere
  const custom: CustomDestination[] = Array.from({ length: 100 }, (_, i) => {
    const o = pick(t.occupations);
    const essential = [
      ...new Set([...o.essential].sort(() => rnd() - 0.5).slice(0, 8 + Math.floor(rnd() * 8))),
    ];
    return {
      id: `vacancy-${i}`,
      title: `Vacature ${o.titleNl}`,
      essential,
      optional: Array.from({ length: 3 }, () => Math.floor(rnd() * t.skills.length)),
      iscoGroup: o.iscoGroup,
    };
  });
  const ctx = { taxonomy: t, index: x, automationRisk: risk };
  const occupations = t.occupations.map((o, i) => ({
    essential: o.essential,
    optional: o.optional,
    isco: x.isco[i] as number,
  }));
  const options = { top: 20, thresholds: THRESHOLDS, custom };
  const person = (i: number) => people[i % people.length] as TransitionProfile;

  // the full path: rank + explain the top 20 (signals, missing skills, nl/en text)
  const indexed = timeSync((i) => matchTransitions(ctx, { profile: person(i), top: 20, custom }), 2000, 200);
  // the same output with the straightforward ranking: rank naively, then explain the same top 20
  const naive = timeSync(
    (i) => {
      const p = person(i);
      rankDestinationsNaive(occupations, p, options);
      // explanations cost the same in both: reuse the indexed path's explain step on the naive top
      return p;
    },
    600,
    60,
  );
  const indexedRank = timeSync((i) => rankDestinations(x, person(i), options), 2000, 200);
  const naiveRank = naive;
  const explainOnlyMs = Math.max(0, indexed.medianMs - indexedRank.medianMs);
  const naiveFull: Timing = {
    ...naive,
    medianMs: round(naive.medianMs + explainOnlyMs, 4),
    p95Ms: round(naive.p95Ms + explainOnlyMs, 4),
    minMs: round(naive.minMs + explainOnlyMs, 4),
    cpuPerRunMs: round(naive.cpuPerRunMs + explainOnlyMs, 4),
  };

  const thousand: number[] = [];
  let thousandCpu = 0;
  for (let r = 0; r < 5; r++) {
    const c0 = process.cpuUsage();
    const a = performance.now();
    for (const p of people) matchTransitions(ctx, { profile: p, top: 20, custom });
    thousand.push(round(performance.now() - a));
    const c = process.cpuUsage(c0);
    thousandCpu = round((c.user + c.system) / 1000);
  }
  const matrix: number[] = [];
  let matrixCpu = 0;
  for (let r = 0; r < 3; r++) {
    const c0 = process.cpuUsage();
    const a = performance.now();
    occupationSimilarityMatrix(x);
    matrix.push(round(performance.now() - a));
    const c = process.cpuUsage(c0);
    matrixCpu = round((c.user + c.system) / 1000);
  }
  const med = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] as number;
  const sizes = people.map((p) => p.skills.length).sort((a, b) => a - b);
  return {
    indexBuildMs,
    people: people.length,
    customDestinations: custom.length,
    profileSkills: { median: sizes[sizes.length >> 1] as number, max: sizes[sizes.length - 1] as number },
    onePerson: { indexed, naive: naiveFull, ratio: round(naiveFull.medianMs / indexed.medianMs, 1) },
    rankOnly: {
      indexed: indexedRank,
      naive: naiveRank,
      ratio: round(naiveRank.medianMs / indexedRank.medianMs, 1),
    },
    thousandPeople: { ms: thousand, medianMs: med(thousand), cpuMs: thousandCpu },
    matrix: {
      ms: matrix,
      medianMs: med(matrix),
      cpuMs: matrixCpu,
      size: `${t.occupations.length} × ${t.occupations.length}`,
    },
    notes: [
      `${t.occupations.length} ESCO occupations + ${custom.length} custom destinations (vacancies) scored per person; explanations (skills had/missing, effort, signals, nl/en text) for the top 20`,
      'people: a random ESCO occupation each (seeded) plus 0–8 random extra skills at levels 1–4; the same 1,000 every run',
      'naive = for every destination, look each of its skills up in a Map of the profile (the straightforward set intersection); onePerson.naive adds the explanation time measured on the indexed path (the same code)',
      'thousandPeople: wall time of 1,000 matchTransitions calls in a row (5 runs); cpuMs = CPU of the last run',
    ],
  };
}
