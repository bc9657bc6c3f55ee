import type { IscoGroup, Occupation, Skill, Taxonomy } from './types';

type SkillSpec = { key: string; en: string; nl?: string; altEn?: string[]; altNl?: string[] };
type OccupationSpec = {
  key: string;
  nl: string;
  en: string;
  isco: string;
  altNl?: string[];
  altEn?: string[];
  hiddenNl?: string[];
  essential?: string[];
  optional?: string[];
};

/**
 * A small hand-made taxonomy for tests: skills and occupations by key (URIs `urn:test:skill:<key>`,
 * `urn:test:occupation:<key>`); ISCO groups are made for every prefix of the codes used.
 */
export function tinyTaxonomy(spec: { skills: SkillSpec[]; occupations: OccupationSpec[] }): Taxonomy {
  const skillIndex = new Map(spec.skills.map((s, i) => [s.key, i]));
  const idx = (key: string) => {
    const i = skillIndex.get(key);
    if (i === undefined) throw new Error(`tinyTaxonomy: unknown skill ${key}`);
    return i;
  };
  const skills: Skill[] = spec.skills.map((s, i) => ({
    index: i,
    uri: `urn:test:skill:${s.key}`,
    labelEn: s.en,
    labelNl: s.nl ?? null,
    altEn: s.altEn ?? [],
    altNl: s.altNl ?? [],
    type: 'skill',
    reuse: 'sector-specific',
    broader: [],
    groups: [],
  }));
  const occupations: Occupation[] = spec.occupations.map((o, i) => ({
    index: i,
    uri: `urn:test:occupation:${o.key}`,
    iscoGroup: o.isco,
    code: `${o.isco}.${i + 1}`,
    titleNl: o.nl,
    titleEn: o.en,
    altNl: o.altNl ?? [],
    altEn: o.altEn ?? [],
    hiddenNl: o.hiddenNl ?? [],
    hiddenEn: [],
    broader: [],
    essential: (o.essential ?? []).map(idx).sort((a, b) => a - b),
    optional: (o.optional ?? []).map(idx).sort((a, b) => a - b),
  }));
  const codes = new Set(spec.occupations.flatMap((o) => [1, 2, 3, 4].map((n) => o.isco.slice(0, n))));
  const iscoGroups: IscoGroup[] = [...codes]
    .sort()
    .map((code) => ({ code, titleNl: `groep ${code}`, titleEn: `group ${code}` }));
  return {
    version: 'test',
    attribution: 'test',
    occupations,
    skills,
    skillGroups: [],
    iscoGroups,
    collections: { digital: [], green: [], transversal: [], language: [], digComp: [], research: [] },
    occupationByUri: new Map(occupations.map((o) => [o.uri, o.index])),
    skillByUri: new Map(skills.map((s) => [s.uri, s.index])),
    iscoByCode: new Map(iscoGroups.map((g) => [g.code, g])),
  };
}
