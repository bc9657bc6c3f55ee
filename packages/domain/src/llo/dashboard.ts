/*
 * The LLO dashboard for HR and the works council: aggregates per unit and for the organisation.
 * The works council sees aggregates only, and a group smaller than `minGroupSize` is suppressed;
 * when suppressing leaves a hidden remainder of fewer than `minGroupSize` people, the next smallest
 * unit is hidden too, so no unit can be worked out from the total minus the others
 * (domain-rules §2.5: n ≥ 10 by default, never below 5, block differencing).
 */

export type DashboardPerson = {
  unitId: string | null;
  /** Contract hours / full-time hours of the current employment (0–1+). */
  fte: number;
  /** At least one learning activity (completed, or approved and started) in the last 12 months. */
  hasActivity: boolean;
  /** Hours of learning completed in the last 12 months. */
  learningHours: number;
  budgetAvailableCents: number;
  budgetUsedCents: number;
  /** Essential skills of the person's ESCO occupation, and how many of them are on the profile. */
  essentialSkills: number;
  essentialSkillsHeld: number;
  /** Certificates expiring within 90 days (or expired in the last 30). */
  certificatesExpiring: number;
  /** A development talk held in the last 12 months. */
  hadTalk: boolean;
};

export type DashboardFigures = {
  people: number;
  /** % of people with at least one learning activity in 12 months. */
  participationPercent: number;
  hoursPerFte: number;
  budgetUsedCents: number;
  budgetAvailableCents: number;
  /** % of the essential skills of people's occupations held on their profiles (null: no occupations). */
  skillCoveragePercent: number | null;
  certificatesExpiring: number;
  /** % of people with a development talk in 12 months. */
  talkPercent: number;
};

export type DashboardGroup = { key: string | null; suppressed: boolean; figures: DashboardFigures | null };

export const DEFAULT_MIN_GROUP_SIZE = 10;
export const MIN_GROUP_SIZE_FLOOR = 5;

const pct = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 10 : 0);

export function dashboardFigures(people: readonly DashboardPerson[]): DashboardFigures {
  const fte = people.reduce((s, p) => s + p.fte, 0);
  const hours = people.reduce((s, p) => s + p.learningHours, 0);
  const essential = people.reduce((s, p) => s + p.essentialSkills, 0);
  const held = people.reduce((s, p) => s + p.essentialSkillsHeld, 0);
  return {
    people: people.length,
    participationPercent: pct(people.filter((p) => p.hasActivity).length, people.length),
    hoursPerFte: fte ? Math.round((hours / fte) * 10) / 10 : 0,
    budgetUsedCents: people.reduce((s, p) => s + p.budgetUsedCents, 0),
    budgetAvailableCents: people.reduce((s, p) => s + p.budgetAvailableCents, 0),
    skillCoveragePercent: essential ? pct(held, essential) : null,
    certificatesExpiring: people.reduce((s, p) => s + p.certificatesExpiring, 0),
    talkPercent: pct(people.filter((p) => p.hadTalk).length, people.length),
  };
}

/**
 * Figures for the organisation and per unit. `minGroupSize` 1 shows every group (HR); the works
 * council gets at least `MIN_GROUP_SIZE_FLOOR`.
 */
export function lloDashboard(
  people: readonly DashboardPerson[],
  minGroupSize: number,
): { organization: DashboardGroup; units: DashboardGroup[] } {
  const byUnit = new Map<string | null, DashboardPerson[]>();
  for (const p of people) byUnit.set(p.unitId, [...(byUnit.get(p.unitId) ?? []), p]);
  const groups = [...byUnit.entries()].map(([key, members]) => ({
    key,
    members,
    suppressed: members.length < minGroupSize,
  }));
  // Complementary suppression: the hidden remainder is 0 or at least minGroupSize people.
  const hidden = () => groups.filter((g) => g.suppressed).reduce((s, g) => s + g.members.length, 0);
  while (hidden() > 0 && hidden() < minGroupSize) {
    const next = groups.filter((g) => !g.suppressed).sort((a, b) => a.members.length - b.members.length)[0];
    if (!next) break;
    next.suppressed = true;
  }
  const orgSuppressed = people.length < minGroupSize;
  return {
    organization: {
      key: null,
      suppressed: orgSuppressed,
      figures: orgSuppressed ? null : dashboardFigures(people),
    },
    units: groups.map((g) => ({
      key: g.key,
      suppressed: g.suppressed,
      figures: g.suppressed ? null : dashboardFigures(g.members),
    })),
  };
}
