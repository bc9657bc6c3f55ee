/*
 * Gaps between a person's skills profile and a target: the essential skills of a target ESCO
 * occupation, the skills of an internal role, or skills named in a development goal.
 */

export type ProfileSkill = { uri: string; level: number };
export type TargetSkill = { uri: string; level: number; essential: boolean };
export type SkillGap = {
  uri: string;
  requiredLevel: number;
  /** 0 when the skill is not on the profile. */
  currentLevel: number;
  gap: number;
  essential: boolean;
};
export type GapReport = {
  /** Unmet skills first (essential before optional, largest gap first), then the met ones. */
  items: SkillGap[];
  /** Essential target skills held at the required level or higher. */
  met: number;
  essential: number;
  /** met / essential in whole percent; 100 when there is nothing essential to meet. */
  coveragePercent: number;
};

/** Level expected for an occupation's essential skills unless a goal says otherwise: 2 (gevorderd). */
export const DEFAULT_TARGET_LEVEL = 2;

/** An ESCO occupation as a target: its essential skills at `level`, its optional ones at level 1. */
export function occupationTarget(
  essentialUris: readonly string[],
  optionalUris: readonly string[],
  level = DEFAULT_TARGET_LEVEL,
): TargetSkill[] {
  const essential = new Set(essentialUris);
  return [
    ...essentialUris.map((uri) => ({ uri, level, essential: true })),
    ...optionalUris.filter((u) => !essential.has(u)).map((uri) => ({ uri, level: 1, essential: false })),
  ];
}

/** Compare a profile with a target (a skill listed twice in the target keeps its highest level). */
export function skillGaps(profile: readonly ProfileSkill[], target: readonly TargetSkill[]): GapReport {
  const have = new Map<string, number>();
  for (const s of profile) have.set(s.uri, Math.max(have.get(s.uri) ?? 0, s.level));
  const want = new Map<string, TargetSkill>();
  for (const t of target) {
    const cur = want.get(t.uri);
    want.set(t.uri, {
      uri: t.uri,
      level: Math.max(cur?.level ?? 0, t.level),
      essential: (cur?.essential ?? false) || t.essential,
    });
  }
  const items = [...want.values()].map((t) => {
    const currentLevel = have.get(t.uri) ?? 0;
    return {
      uri: t.uri,
      requiredLevel: t.level,
      currentLevel,
      gap: Math.max(0, t.level - currentLevel),
      essential: t.essential,
    };
  });
  items.sort(
    (a, b) =>
      Number(b.gap > 0) - Number(a.gap > 0) ||
      Number(b.essential) - Number(a.essential) ||
      b.gap - a.gap ||
      a.uri.localeCompare(b.uri),
  );
  const essential = items.filter((i) => i.essential);
  const met = essential.filter((i) => i.gap === 0).length;
  return {
    items,
    met,
    essential: essential.length,
    coveragePercent: essential.length ? Math.round((met / essential.length) * 100) : 100,
  };
}
