import {
  type AutomationRisk,
  type AutomationRiskTable,
  type IscoGroup,
  type Occupation,
  type ReuseLevel,
  SKILL_COLLECTIONS,
  type Skill,
  type SkillCollection,
  type SkillGroup,
  type SkillType,
  type Taxonomy,
} from './types';

/**
 * The committed bundle `data/esco/esco-v1.1.1.json.gz` (written by data/esco/derive-esco.mjs): column
 * arrays, concepts referring to each other by index, URIs without the common prefix.
 */
export type EscoBundle = {
  format: 1;
  esco: string;
  attribution: string;
  uriPrefix: string;
  counts: Record<string, unknown>;
  isco: [code: string, nl: string, en: string][];
  occupations: {
    id: string[];
    isco: string[];
    code: string[];
    nl: string[];
    nlAlt: string[][];
    nlHidden: string[][];
    en: string[];
    enAlt: string[][];
    enHidden: string[][];
    broader: number[][];
    essential: number[][];
    optional: number[][];
  };
  skills: {
    id: string[];
    /** One letter per skill: s = skill/competence, k = knowledge, - = none given. */
    type: string;
    /** One letter per skill: t/c/s/o = transversal, cross-sector, sector-specific, occupation-specific; - = none. */
    reuse: string;
    en: string[];
    enAlt: string[][];
    nl: (string | null)[];
    nlAlt: string[][];
    broader: number[][];
    group: number[][];
  };
  skillGroups: { id: string[]; code: string[]; en: string[]; nl: (string | null)[]; broader: number[][] };
  collections: Record<SkillCollection, number[]>;
};

export class EscoBundleError extends Error {}

const TYPES: Record<string, SkillType | null> = { s: 'skill', k: 'knowledge' };
const REUSE: Record<string, ReuseLevel> = {
  t: 'transversal',
  c: 'cross-sector',
  s: 'sector-specific',
  o: 'occupation-specific',
};

function columns(what: string, table: Record<string, unknown>, names: string[], length: number) {
  for (const name of names) {
    const col = table[name];
    if ((!Array.isArray(col) && typeof col !== 'string') || col.length !== length)
      throw new EscoBundleError(`ESCO bundle: ${what}.${name} should have ${length} entries`);
  }
}

/** Check the bundle's shape (column lengths agree) so a damaged file fails at start, not in a query. */
function check(b: EscoBundle): void {
  if (b?.format !== 1) throw new EscoBundleError('ESCO bundle: unknown format (expected 1)');
  const o = b.occupations;
  columns('occupations', o, Object.keys(o), o.id.length);
  columns('skills', b.skills, Object.keys(b.skills), b.skills.id.length);
  columns('skillGroups', b.skillGroups, Object.keys(b.skillGroups), b.skillGroups.id.length);
  const nSkills = b.skills.id.length;
  for (const list of [...o.essential, ...o.optional])
    for (const s of list)
      if (!(s >= 0 && s < nSkills)) throw new EscoBundleError(`ESCO bundle: skill index ${s} out of range`);
}

/**
 * Build the in-memory taxonomy from the parsed bundle (pure: the caller reads and gunzips the file).
 * @throws EscoBundleError when the bundle is damaged.
 */
export function taxonomyFromBundle(b: EscoBundle): Taxonomy {
  check(b);
  const p = b.uriPrefix;
  const o = b.occupations;
  const occupations: Occupation[] = o.id.map((id, i) => ({
    index: i,
    uri: p + id,
    iscoGroup: o.isco[i] as string,
    code: o.code[i] as string,
    titleNl: o.nl[i] as string,
    titleEn: o.en[i] as string,
    altNl: o.nlAlt[i] as string[],
    altEn: o.enAlt[i] as string[],
    hiddenNl: o.nlHidden[i] as string[],
    hiddenEn: o.enHidden[i] as string[],
    broader: o.broader[i] as number[],
    essential: o.essential[i] as number[],
    optional: o.optional[i] as number[],
  }));
  const s = b.skills;
  const skills: Skill[] = s.id.map((id, i) => ({
    index: i,
    uri: p + id,
    labelEn: s.en[i] as string,
    labelNl: s.nl[i] ?? null,
    altEn: s.enAlt[i] as string[],
    altNl: s.nlAlt[i] as string[],
    type: TYPES[s.type[i] as string] ?? null,
    reuse: REUSE[s.reuse[i] as string] ?? null,
    broader: s.broader[i] as number[],
    groups: s.group[i] as number[],
  }));
  const g = b.skillGroups;
  const skillGroups: SkillGroup[] = g.id.map((id, i) => ({
    index: i,
    uri: p + id,
    code: g.code[i] as string,
    labelEn: g.en[i] as string,
    labelNl: g.nl[i] ?? null,
    broader: g.broader[i] as number[],
  }));
  const iscoGroups: IscoGroup[] = b.isco.map(([code, titleNl, titleEn]) => ({ code, titleNl, titleEn }));
  const collections = Object.fromEntries(SKILL_COLLECTIONS.map((c) => [c, b.collections[c] ?? []])) as Record<
    SkillCollection,
    number[]
  >;
  return {
    version: b.esco,
    attribution: b.attribution,
    occupations,
    skills,
    skillGroups,
    iscoGroups,
    collections,
    occupationByUri: new Map(occupations.map((x) => [x.uri, x.index])),
    skillByUri: new Map(skills.map((x) => [x.uri, x.index])),
    iscoByCode: new Map(iscoGroups.map((x) => [x.code, x])),
  };
}

/** The committed `data/esco/nesta-automation-risk.json`. */
export type AutomationRiskFile = {
  source: string;
  licence: string;
  uriPrefix: string;
  byOccupation: Record<string, [risk: number, prevalence: number, category: AutomationRisk['category']]>;
  byIsco4: Record<string, [risk: number, prevalence: number, category: AutomationRisk['category']]>;
};

/** Nesta's automation risk keyed by full ESCO occupation URI and by ISCO-08 unit group. */
export function automationRiskFromFile(f: AutomationRiskFile): AutomationRiskTable {
  const row = ([risk, prevalence, category]: [number, number, AutomationRisk['category']]) => ({
    risk,
    prevalence,
    category,
  });
  return {
    source: f.source,
    licence: f.licence,
    byOccupation: new Map(Object.entries(f.byOccupation).map(([id, r]) => [f.uriPrefix + id, row(r)])),
    byIsco4: new Map(Object.entries(f.byIsco4).map(([code, r]) => [code, row(r)])),
  };
}
