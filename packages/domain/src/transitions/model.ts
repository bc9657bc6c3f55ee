/**
 * The transition model's parameters (docs/mobility-engine.md). The viable/strong thresholds are in
 * thresholds.ts, calibrated on the real occupation × occupation matrix.
 */

/** Skill level of a person's profile (LLO issue): 1 basic, 2 intermediate, 3 advanced, 4 expert. */
export type SkillLevel = 1 | 2 | 3 | 4;

/**
 * How much of a destination's skill a level covers. ESCO's "essential" means needed to work in the
 * occupation; level 3 (advanced: works independently) covers it fully, lower levels in part. Expert
 * adds nothing over advanced for coverage (a skill cannot be covered more than once).
 */
export const LEVEL_WEIGHT: Readonly<Record<SkillLevel, number>> = { 1: 0.5, 2: 0.75, 3: 1, 4: 1 };

/**
 * Someone in the origin occupation has its essential skills (weight 1) and may have its optional ones:
 * ESCO marks those "may be relevant", so they count half.
 */
export const ORIGIN_ESSENTIAL_WEIGHT = 1;
export const ORIGIN_OPTIONAL_WEIGHT = 0.5;

/** Share of the destination's essential skills in the skill score; its optional skills weigh the rest. */
export const ESSENTIAL_SHARE = 0.8;

/**
 * ISCO-08 as a secondary signal: a destination in the same unit group (4 digits) closes ISCO_WEIGHT
 * of the remaining gap, the same minor group (3) three quarters of that, and so on. It can never
 * lift a destination without skill overlap far: score = skill + ISCO_WEIGHT · isco · (1 − skill).
 */
export const ISCO_WEIGHT = 0.1;
export const ISCO_SHARED_DIGITS: readonly number[] = [0, 0.25, 0.5, 0.75, 1];

/** "Too little data": a destination with fewer essential skills is not judged (10 ESCO occupations have 0–4). */
export const MIN_DESTINATION_ESSENTIAL = 5;
/** "Too little data": a profile whose skills (weighted by level) that occupations use sum to less. */
export const MIN_PROFILE_EVIDENCE = 5;

/**
 * Effort estimate from the weighted essential gap Σ(1 − coverage) over the destination's essential
 * skills. A heuristic of our own (no source gives learning time per ESCO skill): about one skill a
 * month next to work, so ≤ 1 skill: start now with induction; ≤ 4: up to 3 months; ≤ 10: 3–12 months;
 * more: over a year, a retraining programme.
 */
export type EffortBand = 'none' | 'short' | 'medium' | 'long';
export const EFFORT_BANDS: readonly {
  band: EffortBand;
  maxGap: number;
  months: readonly [number, number | null];
}[] = [
  { band: 'none', maxGap: 1, months: [0, 1] },
  { band: 'short', maxGap: 4, months: [1, 3] },
  { band: 'medium', maxGap: 10, months: [3, 12] },
  { band: 'long', maxGap: Number.POSITIVE_INFINITY, months: [12, null] },
];
