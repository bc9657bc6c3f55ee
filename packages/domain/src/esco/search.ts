import { z } from 'zod';
import { parseInput } from './input-error';
import { addLabels, buildLabelIndex, type LabelIndex, labelSources, searchLabels } from './label-index';
import type { Lang, Occupation, ReuseLevel, Skill, SkillType, Taxonomy } from './types';

/** Label indexes over all ESCO occupations and skills, Dutch and English (built once per process). */
export type EscoSearch = { occupations: LabelIndex; skills: LabelIndex };

/** Index every preferred, alternative and hidden label of every occupation, in nl and en. */
export function buildOccupationIndex(t: Taxonomy): LabelIndex {
  const src = labelSources();
  for (const o of t.occupations) {
    addLabels(src, o.index, 'nl', o.titleNl, o.altNl, o.hiddenNl);
    addLabels(src, o.index, 'en', o.titleEn, o.altEn, o.hiddenEn);
  }
  return buildLabelIndex(t.occupations.length, src);
}

/** Index every label of every skill: English always, Dutch where ESCO has it. */
export function buildSkillIndex(t: Taxonomy): LabelIndex {
  const src = labelSources();
  for (const s of t.skills) {
    addLabels(src, s.index, 'nl', s.labelNl, s.altNl);
    addLabels(src, s.index, 'en', s.labelEn, s.altEn);
  }
  return buildLabelIndex(t.skills.length, src);
}

/** Both indexes. */
export function buildEscoSearch(t: Taxonomy): EscoSearch {
  return { occupations: buildOccupationIndex(t), skills: buildSkillIndex(t) };
}

export const ZSearchInput = z
  .object({
    q: z.string().trim().min(1).max(200),
    lang: z.enum(['nl', 'en']).optional(),
    top: z.number().int().min(1).max(100).optional(),
  })
  .strict();
export type TSearchInput = z.infer<typeof ZSearchInput>;

export type OccupationHit = {
  uri: string;
  /** Preferred label in the language asked (default nl). */
  title: string;
  /** ISCO-08 unit group as ESCO gives it. */
  iscoGroup: string;
  /** 0–1; 1 = the query is the preferred label. */
  score: number;
  index: number;
  /** The label that matched best (a synonym when the title itself did not match). */
  matchedLabel: string;
};

/** The label of an occupation in a language. */
export const occupationTitle = (o: Occupation, lang: Lang) => (lang === 'nl' ? o.titleNl : o.titleEn);

/** Occupations by Dutch and English labels and synonyms, best first (docs/esco-search.md). */
export function searchOccupations(
  t: Taxonomy,
  search: Pick<EscoSearch, 'occupations'>,
  input: TSearchInput,
): OccupationHit[] {
  const lang = input.lang ?? 'nl';
  return searchLabels(search.occupations, input.q, lang, input.top ?? 10).map((h) => {
    const o = t.occupations[h.concept] as Occupation;
    return {
      uri: o.uri,
      title: occupationTitle(o, lang),
      iscoGroup: o.iscoGroup,
      score: h.score,
      index: o.index,
      matchedLabel: h.matchedLabel,
    };
  });
}

/**
 * A skill's label in a language. ESCO v1.1.1 has Dutch labels for about 16 % of skills; the others
 * fall back to English, and `lang` says so (the UI marks them).
 */
export function skillLabel(s: Skill, lang: Lang): { label: string; lang: Lang } {
  return lang === 'nl' && s.labelNl ? { label: s.labelNl, lang: 'nl' } : { label: s.labelEn, lang: 'en' };
}

export type SkillHit = {
  uri: string;
  label: string;
  /** The language of `label`: 'en' when nl was asked and ESCO has no Dutch label. */
  labelLang: Lang;
  type: SkillType | null;
  reuse: ReuseLevel | null;
  score: number;
  index: number;
  matchedLabel: string;
};

/** Skills by Dutch and English labels and synonyms, best first. */
export function searchSkills(
  t: Taxonomy,
  search: Pick<EscoSearch, 'skills'>,
  input: TSearchInput,
): SkillHit[] {
  const lang = input.lang ?? 'nl';
  return searchLabels(search.skills, input.q, lang, input.top ?? 10).map((h) => {
    const s = t.skills[h.concept] as Skill;
    const l = skillLabel(s, lang);
    return {
      uri: s.uri,
      label: l.label,
      labelLang: l.lang,
      type: s.type,
      reuse: s.reuse,
      score: h.score,
      index: s.index,
      matchedLabel: h.matchedLabel,
    };
  });
}

/**
 * JSON entry point of `inzetbaar search-occupations` (and the API): `{q, lang?, top?}` →
 * `{results: [{uri, title, iscoGroup, score}]}`. Throws EscoInputError naming each bad field.
 */
export function searchOccupationsFromJson(
  t: Taxonomy,
  search: Pick<EscoSearch, 'occupations'>,
  input: unknown,
): { results: Pick<OccupationHit, 'uri' | 'title' | 'iscoGroup' | 'score'>[] } {
  const parsed = parseInput(ZSearchInput, input);
  return {
    results: searchOccupations(t, search, parsed).map(({ uri, title, iscoGroup, score }) => ({
      uri,
      title,
      iscoGroup,
      score,
    })),
  };
}
