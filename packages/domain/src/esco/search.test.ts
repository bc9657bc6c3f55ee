import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize';
import { buildEscoSearch, searchOccupations, searchSkills, skillLabel } from './search';
import { tinyTaxonomy } from './test-taxonomy';

const t = tinyTaxonomy({
  skills: [
    { key: 'weld', en: 'use welding equipment', nl: 'lasapparatuur gebruiken' },
    { key: 'care', en: 'provide nursing care', altEn: ['nursing'] },
    { key: 'lesson', en: 'teach lessons' },
  ],
  occupations: [
    { key: 'lasser', nl: 'lasser', en: 'welder', isco: '7212', altNl: ['booglasser'] },
    { key: 'pijp', nl: 'pijplasser', en: 'pipe welder', isco: '7212' },
    {
      key: 'vpk',
      nl: 'algemeen verpleegkundige',
      en: 'nurse responsible for general care',
      isco: '2221',
      altNl: ['verpleegkundige algemene zorg', 'verpleger'],
    },
    {
      key: 'wijk',
      nl: 'wijkverpleegkundige',
      en: 'district nurse',
      isco: '2221',
      altNl: ['thuiszorgverpleegkundige'],
    },
    { key: 'cafe', nl: 'café-eigenaar', en: 'café owner', isco: '1411' },
    { key: 't1', nl: 'leraar dans', en: 'dance teacher', isco: '2355' },
    { key: 't2', nl: 'leraar muziek', en: 'music teacher', isco: '2354' },
    { key: 't3', nl: 'leraar kunst', en: 'art teacher', isco: '2355' },
    { key: 'lect', nl: 'docent politicologie', en: 'politics lecturer', isco: '2310', altEn: ['teacher'] },
  ],
});
const search = buildEscoSearch(t);
const find = (q: string, lang?: 'nl' | 'en', top?: number) =>
  searchOccupations(t, search, { q, ...(lang ? { lang } : {}), ...(top ? { top } : {}) }).map((h) => [
    h.title,
    h.score,
  ]);

describe('normalizeText', () => {
  it.each([
    ['O&G-verpleegkundige', 'o g verpleegkundige'],
    ['  Café  Crème ', 'cafe creme'],
    ['ĳzervlechter', 'ijzervlechter'],
    ['Straße', 'strasse'],
    ['naïef—test', 'naief test'],
    ['Ærø', 'aero'],
    ['---', ''],
  ])('%s → %s', (input, out) => expect(normalizeText(input)).toBe(out));
});

describe('searchOccupations on a hand-made taxonomy (scores: docs/esco-search.md)', () => {
  it.each([
    // exact preferred label = 1; "pijplasser" holds "lasser" inside a compound: 0.35 + 0.08·6/10
    [
      'lasser',
      'nl',
      [
        ['lasser', 1],
        ['pijplasser', 0.398],
      ],
    ],
    // whole word in a title 0.8 + 0.08·15/24, plus 0.01 for the synonym that matches too;
    // the compound 0.35 + 0.08·15/19 + 0.01 (its synonym holds the word as well)
    [
      'Verpleegkundige',
      'nl',
      [
        ['algemeen verpleegkundige', 0.86],
        ['wijkverpleegkundige', 0.423],
      ],
    ],
    // case and diacritics do not matter; whole word at the start 0.8 + 0.05 + 0.08·4/10, + 0.01 for the Dutch title
    ['CAFE', 'en', [['café owner', 0.892]]],
    // every word must match: "pipe" whole, "weld" a prefix → 0.6 + 0.05 (label starts with the query) + 0.08·9/11
    ['pipe weld', 'en', [['pipe welder', 0.715]]],
    // a Dutch synonym asked in English: 0.95 − 0.1 for the other language
    ['verpleger', 'en', [['nurse responsible for general care', 0.85]]],
    // "teacher" is a word of three titles (0.8 + 0.08·7/11 or 7/13): the politics lecturer's exact
    // synonym ranks as 0.78, after them
    [
      'teacher',
      'en',
      [
        ['art teacher', 0.851],
        ['dance teacher', 0.843],
        ['music teacher', 0.843],
        ['politics lecturer', 0.78],
      ],
    ],
    ['', 'nl', []],
    ['---', 'nl', []],
    ['xyz', 'nl', []],
  ] as const)('%s (%s)', (q, lang, expected) => expect(find(q, lang)).toEqual(expected));

  it('returns the title in the language asked (default nl), the ISCO group and at most `top`', () => {
    expect(searchOccupations(t, search, { q: 'welder' })[0]).toMatchObject({
      uri: 'urn:test:occupation:lasser',
      title: 'lasser',
      iscoGroup: '7212',
      matchedLabel: 'welder',
    });
    expect(find('leraar', 'nl', 2)).toHaveLength(2);
  });

  it('matches inside compounds from 4 letters, shorter words only at the start of a word', () => {
    expect(find('verpl', 'nl').map((r) => r[0])).toEqual(['algemeen verpleegkundige', 'wijkverpleegkundige']);
    expect(find('ver', 'nl').map((r) => r[0])).toEqual(['algemeen verpleegkundige']);
    // one or two letters only complete the start of a label: "zorg" is the last word of a synonym
    expect(find('zo', 'nl')).toEqual([]);
    expect(find('zor', 'nl').map((r) => r[0])).toEqual(['algemeen verpleegkundige']);
    expect(find('wi', 'nl').map((r) => r[0])).toEqual(['wijkverpleegkundige']);
    // both inside a word: the shorter label first
    expect(find('pleeg', 'nl').map((r) => r[0])).toEqual(['wijkverpleegkundige', 'algemeen verpleegkundige']);
  });
});

describe('searchSkills', () => {
  it('finds skills by Dutch and English labels and marks English fallbacks', () => {
    const hits = searchSkills(t, search, { q: 'nursing', lang: 'nl' });
    expect(hits.map((h) => [h.label, h.labelLang, h.matchedLabel])).toEqual([
      ['provide nursing care', 'en', 'nursing'],
    ]);
    expect(searchSkills(t, search, { q: 'lasapparatuur' }).map((h) => h.label)).toEqual([
      'lasapparatuur gebruiken',
    ]);
    expect(skillLabel(t.skills[0] as never, 'en')).toEqual({ label: 'use welding equipment', lang: 'en' });
  });
});
