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
 * ISCO-08 skill level (1–4) of an occupation's group: ILO, ISCO-08 Vol. 1 (2012), table 1 — major
 * group 9 is skill level 1; 4–8 level 2; 3 level 3; 2 level 4; 1 (managers) levels 3 and 4, taken
 * as 4; armed forces 01 level 4, 02 level 2, 03 level 1. Unknown (a vacancy without ISCO): 2.
 */
export function iscoSkillLevel(iscoGroup: string | null): 1 | 2 | 3 | 4 {
  if (!iscoGroup) return 2;
  const major = iscoGroup[0];
  if (major === '0') return iscoGroup[1] === '1' ? 4 : iscoGroup[1] === '3' ? 1 : 2;
  if (major === '9') return 1;
  if (major === '3') return 3;
  if (major === '1' || major === '2') return 4;
  return 2;
}

/**
 * Effort estimate, a heuristic of our own (no source gives learning time per ESCO skill): the
 * weighted essential gap Σ(1 − coverage) times a learning time per skill that grows with the
 * destination's ISCO-08 skill level — about a week per missing skill of an elementary occupation,
 * two of a level-2 occupation, a month at level 3, six weeks at level 4 (where a missing skill
 * usually means formal education).
 */
export const MONTHS_PER_SKILL: Readonly<Record<1 | 2 | 3 | 4, number>> = { 1: 0.25, 2: 0.5, 3: 1, 4: 1.5 };

export type EffortBand = 'none' | 'short' | 'medium' | 'long';
/** Bands of the estimated months: up to 1 (start with induction), 1–3, 3–12, over a year (retraining). */
export const EFFORT_BANDS: readonly {
  band: EffortBand;
  maxMonths: number;
  months: readonly [number, number | null];
}[] = [
  { band: 'none', maxMonths: 1, months: [0, 1] },
  { band: 'short', maxMonths: 3, months: [1, 3] },
  { band: 'medium', maxMonths: 12, months: [3, 12] },
  { band: 'long', maxMonths: Number.POSITIVE_INFINITY, months: [12, null] },
];
