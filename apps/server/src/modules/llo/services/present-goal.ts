import type { TGoal } from '@inzetbaar/contracts';
import { llo } from '@inzetbaar/domain';
import type { Lang } from '../../../platform/http/messages';
import { escoTaxonomy } from '../../../platform/reference-data/esco';
import type { LearningItemRow } from '../repo/catalogue.repo';
import type { InternalRoleRow } from '../repo/custom-skills.repo';
import type { GoalRow } from '../repo/pop.repo';
import type { ProfileSkillRow } from '../repo/profile.repo';
import { occupationOf, type SkillCatalog } from './skill-labels';

export type GoalContext = {
  cat: SkillCatalog;
  lang: Lang;
  day: string;
  profile: readonly ProfileSkillRow[];
  roles: ReadonlyMap<string, InternalRoleRow>;
  items: readonly LearningItemRow[];
};

/** The skills a goal aims at: a target occupation's, an internal role's, and any named in the goal. */
function targetOf(goal: GoalRow, ctx: GoalContext): llo.TargetSkill[] {
  const skills = escoTaxonomy().skills;
  const uris = (ix: readonly number[]) => ix.map((i) => skills[i]?.uri).filter((u): u is string => !!u);
  const fromOccupation = (uri: string | null) => {
    const occ = occupationOf(uri, ctx.lang)?.occupation;
    return occ
      ? llo.occupationTarget(uris(occ.essential), goal.targetKind === 'occupation' ? uris(occ.optional) : [])
      : [];
  };
  const named = goal.targetSkills.map((s) => ({ uri: s.ref, level: s.level, essential: true }));
  if (goal.targetKind === 'occupation') return [...fromOccupation(goal.targetOccupationUri), ...named];
  if (goal.targetKind === 'role') {
    const role = goal.targetRoleId ? ctx.roles.get(goal.targetRoleId) : undefined;
    return [
      ...fromOccupation(role?.escoOccupationUri ?? null),
      ...(role?.skills ?? []).map((s) => ({ uri: s.ref, level: s.level, essential: true })),
      ...named,
    ];
  }
  return named;
}

/** A POP goal with its skill gaps (a custom skill mapped to ESCO counts for that ESCO skill). */
export function presentGoal(goal: GoalRow, ctx: GoalContext): TGoal {
  const held = ctx.profile.flatMap((p) => {
    const esco = ctx.cat.escoUriOf(p.skillRef);
    return esco && esco !== p.skillRef
      ? [
          { uri: p.skillRef, level: p.level },
          { uri: esco, level: p.level },
        ]
      : [{ uri: p.skillRef, level: p.level }];
  });
  const gaps = llo.skillGaps(held, targetOf(goal, ctx));
  const open = new Set(gaps.items.filter((g) => g.gap > 0).map((g) => g.uri));
  const role = goal.targetRoleId ? ctx.roles.get(goal.targetRoleId) : undefined;
  const occ = occupationOf(goal.targetOccupationUri, ctx.lang);
  const done = goal.actions.filter((a) => a.doneOn).length;
  return {
    id: goal.id,
    personId: goal.personId,
    title: goal.title,
    description: goal.description,
    targetKind: goal.targetKind,
    targetOccupation: occ ? { uri: occ.occupation.uri, title: occ.title } : null,
    targetRole: role ? { id: role.id, name: role.name } : null,
    targetSkills: goal.targetSkills.map((s) => ({ ...ctx.cat.label(s.ref), level: s.level })),
    deadline: goal.deadline,
    status: goal.status,
    actions: goal.actions,
    progressPercent:
      goal.status === 'achieved'
        ? 100
        : goal.actions.length
          ? Math.round((done / goal.actions.length) * 100)
          : 0,
    isOverdue: goal.status === 'open' && !!goal.deadline && goal.deadline < ctx.day,
    gaps: {
      ...gaps,
      items: gaps.items.map((g) => ({
        ...ctx.cat.label(g.uri),
        requiredLevel: g.requiredLevel,
        currentLevel: g.currentLevel,
        gap: g.gap,
        essential: g.essential,
      })),
    },
    suggestedItems: ctx.items
      .filter((i) => i.skills.some((s) => open.has(s.ref)))
      .slice(0, 10)
      .map((i) => ({ id: i.id, title: i.title, kind: i.kind })),
    version: goal.version,
  };
}
