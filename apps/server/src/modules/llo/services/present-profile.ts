import type { TProfileSkill, TSkillSuggestion } from '@inzetbaar/contracts';
import type { esco } from '@inzetbaar/domain';
import type { ProfileSkillRow } from '../repo/profile.repo';
import type { SkillCatalog } from './skill-labels';

export const presentProfileSkill = (
  row: ProfileSkillRow,
  cat: SkillCatalog,
  names: ReadonlyMap<string, string>,
): TProfileSkill => ({
  ...cat.label(row.skillRef),
  id: row.id,
  level: row.level,
  source: row.source,
  assessedOn: row.assessedOn,
  confirmedByName: row.confirmedByPersonId ? (names.get(row.confirmedByPersonId) ?? null) : null,
  confirmedOn: row.confirmedOn,
  version: row.version,
});

/**
 * Suggestions from an ESCO occupation: its essential skills, then its optional ones, leaving out
 * what the profile already holds (also through a custom skill mapped to ESCO) and what the person
 * turned down before.
 */
export function suggestionsFor(
  occupation: esco.Occupation,
  skills: readonly esco.Skill[],
  held: readonly ProfileSkillRow[],
  rejected: ReadonlySet<string>,
  cat: SkillCatalog,
): TSkillSuggestion[] {
  const have = new Set(held.map((r) => cat.escoUriOf(r.skillRef)).filter((u): u is string => !!u));
  const out: TSkillSuggestion[] = [];
  const add = (index: number, essential: boolean) => {
    const uri = skills[index]?.uri;
    if (!uri || have.has(uri) || rejected.has(uri) || out.some((s) => s.ref === uri)) return;
    out.push({ ...cat.label(uri), essential });
  };
  for (const i of occupation.essential) add(i, true);
  for (const i of occupation.optional) add(i, false);
  return out;
}
