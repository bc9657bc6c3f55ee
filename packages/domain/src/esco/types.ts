/**
 * The ESCO v1.1.1 taxonomy in memory (data/esco/SOURCE.md). Occupations, skills, skill groups and
 * ISCO-08 groups are arrays; they refer to each other by index into those arrays. URIs are the full
 * ESCO concept URIs (`http://data.europa.eu/esco/occupation/…`).
 * "This service uses the ESCO classification of the European Commission."
 */
export type Lang = 'nl' | 'en';

export type IscoGroup = {
  /** ISCO-08 code as ESCO writes it: 1 digit (major group) to 4 digits (unit group); "0" = armed forces. */
  code: string;
  titleNl: string;
  titleEn: string;
};

export type Occupation = {
  index: number;
  uri: string;
  /** ISCO-08 unit group (4 digits) as ESCO gives it. */
  iscoGroup: string;
  /** ESCO occupation code, e.g. "2654.1.7". */
  code: string;
  titleNl: string;
  titleEn: string;
  /** Alternative labels (synonyms, gendered forms), without the preferred label. */
  altNl: readonly string[];
  altEn: readonly string[];
  /** ESCO's hidden labels: search terms (spelling variants) never shown. */
  hiddenNl: readonly string[];
  hiddenEn: readonly string[];
  /** Broader ESCO occupations (indexes); empty when the broader concept is the ISCO group. */
  broader: readonly number[];
  /** Skill indexes, ascending. */
  essential: readonly number[];
  optional: readonly number[];
};

export type SkillType = 'skill' | 'knowledge';
export type ReuseLevel = 'transversal' | 'cross-sector' | 'sector-specific' | 'occupation-specific';

export type Skill = {
  index: number;
  uri: string;
  labelEn: string;
  /** Dutch label where ESCO v1.1.1 has one (about 16 % of skills: those in a skill collection). */
  labelNl: string | null;
  altEn: readonly string[];
  altNl: readonly string[];
  type: SkillType | null;
  reuse: ReuseLevel | null;
  /** Broader skills (indexes into `skills`), e.g. a programming language → computer programming. */
  broader: readonly number[];
  /** Skill groups of the ESCO skills hierarchy (indexes into `skillGroups`). */
  groups: readonly number[];
};

export type SkillGroup = {
  index: number;
  uri: string;
  /** Hierarchy code, e.g. "S1.2" or an ISCED-F code for knowledge groups. */
  code: string;
  labelEn: string;
  labelNl: string | null;
  broader: readonly number[];
};

export const SKILL_COLLECTIONS = [
  'digital',
  'green',
  'transversal',
  'language',
  'digComp',
  'research',
] as const;
export type SkillCollection = (typeof SKILL_COLLECTIONS)[number];

export type Taxonomy = {
  version: string;
  attribution: string;
  occupations: readonly Occupation[];
  skills: readonly Skill[];
  skillGroups: readonly SkillGroup[];
  iscoGroups: readonly IscoGroup[];
  /** Skill indexes per ESCO collection, ascending. */
  collections: Readonly<Record<SkillCollection, readonly number[]>>;
  occupationByUri: ReadonlyMap<string, number>;
  skillByUri: ReadonlyMap<string, number>;
  iscoByCode: ReadonlyMap<string, IscoGroup>;
};

/** Automation risk of an occupation, from Nesta's Mapping Career Causeways (Kanders et al. 2020). */
export type AutomationRisk = {
  /** Overall automation risk, 1 (low) to 5 (high). */
  risk: number;
  /** Share of bottleneck tasks (hard to automate), 0 to 1. */
  prevalence: number;
  /** Nesta's category: high = 4th quartile of risk and 1st quartile of bottleneck prevalence. */
  category: 'high' | 'low' | 'other';
};

export type AutomationRiskTable = {
  source: string;
  licence: string;
  /** Keyed by full ESCO occupation URI. */
  byOccupation: ReadonlyMap<string, AutomationRisk>;
  /** Nesta's aggregate per ISCO-08 unit group (4 digits), a fallback for occupations it did not score. */
  byIsco4: ReadonlyMap<string, AutomationRisk>;
};
