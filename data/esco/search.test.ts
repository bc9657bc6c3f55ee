import { searchOccupations, searchSkills } from '@inzetbaar/domain/esco/search';
import { describe, expect, it } from 'vitest';
import { escoSearch, escoTaxonomy } from '../../apps/server/src/platform/reference-data/esco';

// Search on the real ESCO v1.1.1 bundle: the examples and our own.
const t = escoTaxonomy();
const occ = (q: string, lang: 'nl' | 'en' = 'nl', top = 10) =>
  searchOccupations(t, escoSearch, { q, lang, top });
const O = 'http://data.europa.eu/esco/occupation/';
const HEFTRUCK = `${O}eeac6251-1974-42f5-91ed-513c6c883755`;
const ALGEMEEN_VPK = `${O}8d3e8aaa-791b-4c75-a465-f3f827028f50`;
const LASSER = `${O}7aedaa07-3884-4c5b-88f9-80997b2aa54b`;

describe('occupation search on ESCO v1.1.1', () => {
  it.each([
    ['heftruckchauffeur', 'nl', HEFTRUCK],
    ['forklift operator', 'en', HEFTRUCK],
    ['HEFTRUCKCHAUFFEUR', 'nl', HEFTRUCK], // case
    ['heftruckchauf', 'nl', HEFTRUCK], // prefix while typing
    ['vorkheftruckbestuurder', 'nl', HEFTRUCK], // Dutch synonym
    ['lasser', 'nl', LASSER],
    ['welder', 'en', LASSER],
    ['industriele kok', 'nl', `${O}11e6d39e-1295-40e7-8eea-3eb042bc7e34`], // diacritics: industriële kok
  ])('%s (%s) → first: %s', (q, lang, uri) => {
    const top = occ(q, lang as 'nl' | 'en')[0];
    expect(top?.uri, JSON.stringify(top)).toBe(uri);
  });

  it('verpleegkundige: ESCO has no such preferred label; the nursing occupations (ISCO 2221) come first', () => {
    const hits = occ('verpleegkundige', 'nl', 3);
    expect(hits.map((h) => h.iscoGroup)).toEqual(['2221', '2221', '2221']);
    expect(hits.map((h) => h.uri)).toContain(ALGEMEEN_VPK);
  });

  it('nurse: nursing occupations first (2221 nurses, 5321 nurse assistant)', () => {
    const hits = occ('nurse', 'en', 4);
    expect(hits.map((h) => h.uri)).toContain(ALGEMEEN_VPK);
    for (const h of hits) expect(['2221', '5321']).toContain(h.iscoGroup);
  });

  it('leerkracht and teacher: teaching occupations first', () => {
    for (const h of occ('leerkracht', 'nl', 5)) {
      expect(h.title).toMatch(/^leerkracht /);
      expect(h.iscoGroup).toMatch(/^23/);
    }
    for (const h of occ('teacher', 'en', 5)) expect(h.title).toMatch(/\bteacher\b/);
    expect(occ('leraar', 'nl', 5).every((h) => h.iscoGroup.startsWith('23'))).toBe(true);
  });

  it('finds Dutch compounds by their parts and titles in the language asked', () => {
    const titles = occ('verpleegkundige', 'nl', 30).map((h) => h.title);
    expect(titles).toContain('dierenverpleegkundige');
    expect(occ('heftruckchauffeur', 'en')[0]?.title).toBe('forklift operator');
  });
});

describe('skill search on ESCO v1.1.1', () => {
  it('finds skills by English label and Dutch label, marking English fallbacks', () => {
    const forklift = searchSkills(t, escoSearch, { q: 'forklift', lang: 'nl', top: 3 });
    expect(forklift[0]).toMatchObject({ label: 'operate forklift', labelLang: 'en' });
    const nl = searchSkills(t, escoSearch, { q: 'samenwerken', lang: 'nl', top: 3 });
    expect(nl[0]?.labelLang).toBe('nl');
    expect(nl[0]?.label).toMatch(/samenwerken/);
  });
});
