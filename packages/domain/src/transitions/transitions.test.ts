import { describe, expect, it } from 'vitest';
import { tinyTaxonomy } from '../esco/test-taxonomy';
import type { AutomationRiskTable } from '../esco/types';
import { effortOf } from './explain';
import { matchCustom, matchTransitions, type TransitionContext } from './match';
import { iscoSkillLevel } from './model';
import { buildProfile, buildProfileFromUris, customDestinationFromUris } from './profile';
import { rankDestinations, rankDestinationsNaive } from './score';
import type { ShortageTable } from './signals';
import { occupationSimilarityMatrix } from './similarity-matrix';
import { THRESHOLDS } from './thresholds';
import { buildTransitionIndex, sharedIscoDigits } from './transition-index';

// A hand-made taxonomy; every expected score below is worked out in the comments.
const t = tinyTaxonomy({
  skills: 'abcdefghijkl'.split('').map((k) => ({ key: k, en: `skill ${k}`, nl: `vaardigheid ${k}` })),
  occupations: [
    {
      key: 'heftruck',
      nl: 'heftruckchauffeur',
      en: 'forklift operator',
      isco: '8344',
      essential: [...'abcde'],
      optional: ['f'],
    },
    {
      key: 'magazijn',
      nl: 'magazijnmedewerker',
      en: 'warehouse worker',
      isco: '9333',
      essential: [...'abcgh'],
      optional: ['f', 'i'],
    },
    { key: 'orderpicker', nl: 'orderpicker', en: 'order picker', isco: '9333', essential: [...'abghij'] },
    {
      key: 'kraan',
      nl: 'kraanmachinist',
      en: 'crane operator',
      isco: '8343',
      essential: [...'cdeij'],
      optional: ['a'],
    },
    { key: 'dun', nl: 'dun beroep', en: 'thin occupation', isco: '8344', essential: ['a', 'b'] },
    { key: 'lasser', nl: 'lasser', en: 'welder', isco: '7212', essential: [...'fhikl'] },
  ],
});
const x = buildTransitionIndex(t);
const S = (k: string) => t.skillByUri.get(`urn:test:skill:${k}`) as number;
const O = (k: string) => t.occupationByUri.get(`urn:test:occupation:${k}`) as number;
const title = (target: number) => t.occupations[target]?.titleNl ?? `custom ${target - t.occupations.length}`;
const rank = (r: ReturnType<typeof rankDestinations>) =>
  r.top.map((s) => [title(s.target), Math.round(s.score * 1000) / 1000]);

describe('rankDestinations from an origin occupation (essential weight 1, optional 0.5)', () => {
  const p = buildProfile(x, { occupation: O('heftruck') });
  const r = rankDestinations(x, p, { top: 10, thresholds: THRESHOLDS });

  it('scores each destination exactly', () =>
    expect(rank(r)).toEqual([
      // c,d,e of 5 essential = 0.6; optional a covered = 1 → 0.8·0.6 + 0.2·1 = 0.68;
      // ISCO 8343 shares 3 digits with 8344: + 0.1 · 0.75 · (1 − 0.68) = 0.704
      ['kraanmachinist', 0.704],
      // a,b,c of 5 = 0.6; optional f (0.5 from the origin's optional) and i: 0.25 → 0.48 + 0.05
      ['magazijnmedewerker', 0.53],
      // a,b of 6 essential, no optional skills: the skill score is the essential coverage
      ['orderpicker', 0.333],
      // only f, at half weight: 0.5 / 5
      ['lasser', 0.1],
    ]));

  it('leaves out the origin, does not judge a destination with under 5 essential skills, counts bands', () => {
    expect(r.top.map((s) => s.target)).not.toContain(O('heftruck'));
    expect(r.notJudged.map((s) => title(s.target))).toEqual(['dun beroep']);
    expect(r.counts).toEqual({ scored: 4, strong: 1, viable: 3, notJudged: 1 });
  });

  it('is asymmetric: from kraanmachinist back to heftruckchauffeur scores differently', () => {
    const back = rankDestinations(x, buildProfile(x, { occupation: O('kraan') }), {
      top: 10,
      thresholds: THRESHOLDS,
    });
    const toHeftruck = back.top.find((s) => s.target === O('heftruck'));
    // destination essentials a,b,c,d,e: a .5 (the origin's optional) + c,d,e = 3.5 / 5 = .7; its optional f
    // is missing → .8 · .7 = .56; ISCO 8343/8344: + .1 · .75 · .44 = .593 (the other way round: .704)
    expect(Math.round((toHeftruck?.score ?? 0) * 1000) / 1000).toBe(0.593);
  });
});

describe('a person profile (levels count: 1 → 0.5, 2 → 0.75, 3 and 4 → 1)', () => {
  const skills = [
    { skill: S('a'), level: 3 as const },
    { skill: S('b'), level: 1 as const },
    { skill: S('g'), level: 2 as const },
    { skill: S('h'), level: 4 as const },
    { skill: S('i'), level: 3 as const },
    { skill: S('j'), level: 2 as const },
  ];
  const p = buildProfile(x, { skills });
  const vacancy = {
    id: 'vacature-17',
    title: 'Teamleider magazijn',
    essential: [...'aghkl'].map(S),
    optional: [],
    iscoGroup: '4321',
  };

  it('scores occupations and a vacancy; without an origin there is no ISCO signal', () => {
    const r = rankDestinations(x, p, { top: 10, thresholds: THRESHOLDS, custom: [vacancy] });
    expect(rank(r)).toEqual([
      // a 1, b .5, g .75, h 1, i 1, j .75 of 6 → 5/6
      ['orderpicker', 0.833],
      // essential a,b,c,g,h = 3.25/5 = .65; optional f,i = .5 → .52 + .1
      ['magazijnmedewerker', 0.62],
      // the vacancy: a 1 + g .75 + h 1 of 5 = .55
      ['custom 0', 0.55],
      // essential c,d,e,i,j = 1.75/5 = .35; optional a = 1 → .28 + .2
      ['kraanmachinist', 0.48],
      ['lasser', 0.4],
      // a 1 + b .5 of 5 = .3, optional f missing → .8 · .3
      ['heftruckchauffeur', 0.24],
    ]);
  });

  it('gives the same ranking as the straightforward set intersection', () => {
    const occupations = t.occupations.map((o, i) => ({
      essential: o.essential,
      optional: o.optional,
      isco: x.isco[i] as number,
    }));
    for (const profile of [
      p,
      buildProfile(x, { occupation: O('heftruck') }),
      buildProfile(x, { occupation: O('orderpicker'), skills }),
    ]) {
      const o = { top: 10, thresholds: THRESHOLDS, custom: [vacancy] };
      expect(rankDestinationsNaive(occupations, profile, o)).toEqual(rankDestinations(x, profile, o));
    }
  });

  it('adds the person’s skills to the origin occupation’s, keeping the higher weight', () => {
    const both = buildProfile(x, {
      occupation: O('heftruck'),
      skills: [
        { skill: S('f'), level: 3 },
        { skill: S('a'), level: 1 },
      ],
    });
    expect(both.skills.map((s, i) => [t.skills[s]?.labelEn, both.weights[i]])).toEqual([
      ['skill a', 1],
      ['skill b', 1],
      ['skill c', 1],
      ['skill d', 1],
      ['skill e', 1],
      ['skill f', 1],
    ]);
    expect(both.evidence).toBe(6);
  });
});

describe('matchCustom (every opening for one profile)', () => {
  const ctx: TransitionContext = { taxonomy: t, index: x };
  const p = buildProfile(x, {
    skills: [
      { skill: S('a'), level: 3 },
      { skill: S('b'), level: 1 },
      { skill: S('g'), level: 2 },
      { skill: S('h'), level: 4 },
      { skill: S('i'), level: 3 },
      { skill: S('j'), level: 2 },
    ],
  });
  const vacancy = {
    id: 'v1',
    title: 'Teamleider magazijn',
    essential: [...'aghkl'].map(S),
    optional: [],
    iscoGroup: '4321',
  };
  const thin = { id: 'v2', title: 'Klus', essential: [...'ag'].map(S), optional: [], iscoGroup: null };

  it('scores and explains every opening as the ranking does, and names the thin ones instead of scoring them', () => {
    const r = matchCustom(ctx, p, [vacancy, thin]);
    if (r.status !== 'ok') throw new Error(r.status);
    expect(r.notJudged).toEqual(['v2']);
    expect(r.results.map((d) => [d.id, d.kind, d.score, d.band])).toEqual([['v1', 'custom', 0.55, 'strong']]);
    expect(r.results[0]?.missingEssentialSkills.map((m) => m.uri)).toEqual([
      'urn:test:skill:k',
      'urn:test:skill:l',
    ]);
    expect(r.results[0]?.partialEssentialSkills.map((m) => [m.uri, m.weight])).toEqual([
      ['urn:test:skill:g', 0.75],
    ]);
    // the same score as rankDestinations gives the vacancy among the occupations
    const ranked = rankDestinations(x, p, { top: 10, thresholds: THRESHOLDS, custom: [vacancy] });
    expect(ranked.top.find((s) => s.target === t.occupations.length)?.score).toBeCloseTo(0.55, 10);
    // the shared scratch weights are cleared afterwards
    expect([...x.scratch.weight].every((w) => w === 0)).toBe(true);
  });

  it('refuses a profile too small to judge', () => {
    const small = buildProfile(x, { skills: [{ skill: S('a'), level: 3 }] });
    expect(matchCustom(ctx, small, [vacancy])).toMatchObject({
      status: 'insufficient_data',
      reason: 'profile_too_small',
    });
  });
});

describe('matchTransitions', () => {
  const risk: AutomationRiskTable = {
    source: 'Kanders et al. (2020), Nesta',
    licence: 'MIT',
    byOccupation: new Map([
      ['urn:test:occupation:magazijn', { risk: 2.1, prevalence: 0.6, category: 'low' }],
    ]),
    byIsco4: new Map([['9333', { risk: 3.9, prevalence: 0.1, category: 'high' }]]),
  };
  const shortage: ShortageTable = {
    byOccupation: new Map([
      ['urn:test:occupation:magazijn', { level: 'zeer_krap', source: 'UWV', date: '2024-Q4' }],
    ]),
    byIsco4: new Map([['9333', { level: 'krap', source: 'UWV', date: '2024-Q4' }]]),
  };
  const ctx: TransitionContext<{ title: string }> = {
    taxonomy: t,
    index: x,
    automationRisk: risk,
    shortage,
    learningBySkill: new Map([['urn:test:skill:c', [{ title: 'Cursus c' }]]]),
  };
  const person = buildProfile(x, {
    skills: [
      { skill: S('a'), level: 3 },
      { skill: S('b'), level: 1 },
      { skill: S('g'), level: 2 },
      { skill: S('h'), level: 4 },
      { skill: S('i'), level: 3 },
      { skill: S('j'), level: 2 },
    ],
  });

  it('explains a destination: skills had, partly had and missing, effort, signals, text in nl and en', () => {
    const r = matchTransitions(ctx, { profile: person, top: 3 });
    if (r.status !== 'ok') throw new Error(r.status);
    const m = r.results[1];
    expect(m?.title.nl).toBe('magazijnmedewerker');
    expect(m?.band).toBe('strong');
    expect(m?.matchedSkills.map((s) => [s.label, s.relation, s.weight])).toEqual([
      ['vaardigheid a', 'essential', 1],
      ['vaardigheid b', 'essential', 0.5],
      ['vaardigheid g', 'essential', 0.75],
      ['vaardigheid h', 'essential', 1],
      ['vaardigheid i', 'optional', 1],
    ]);
    expect(m?.missingEssentialSkills).toEqual([
      {
        uri: 'urn:test:skill:c',
        label: 'vaardigheid c',
        labelLang: 'nl',
        essentialIn: 3,
        learning: [{ title: 'Cursus c' }],
      },
    ]);
    expect(m?.partialEssentialSkills.map((s) => [s.label, s.weight])).toEqual([
      ['vaardigheid b', 0.5],
      ['vaardigheid g', 0.75],
    ]);
    // gap: b .5 + c 1 + g .25 = 1.75 skills; ISCO 9333 is skill level 1: 0.25 month a skill → 0.44 months
    expect(m?.effort).toEqual({
      band: 'none',
      months: [0, 1],
      estimateMonths: 0.5,
      skillLevel: 1,
      missingEssential: 1,
      gap: 1.75,
    });
    expect(m?.signals.automationRisk).toMatchObject({
      category: 'low',
      futureProof: 'yes',
      basis: 'esco_occupation',
    });
    expect(m?.signals.shortage).toEqual({
      level: 'zeer_krap',
      source: 'UWV',
      date: '2024-Q4',
      basis: 'esco_occupation',
    });
    expect(m?.explanation.nl).toBe(
      'Sterke overstap naar magazijnmedewerker: 2 van de 5 essentiële vaardigheden aanwezig (dekking 65 %), 2 gedeeltelijk. Nog te leren: vaardigheid c. Inschatting: direct te beginnen, met inwerken (minder dan een maand leren). Toekomstbestendig: laag automatiseringsrisico (Nesta). Arbeidsmarkt: zeer krap (UWV, 2024-Q4).',
    );
    expect(m?.explanation.en).toBe(
      'Strong move to warehouse worker: 2 of the 5 essential skills present (coverage 65%), 2 partly. Still to learn: skill c. Estimate: can start now, with induction (under a month of learning). Future-proof: low automation risk (Nesta). Labour market: very tight (many vacancies per job seeker) (UWV, 2024-Q4).',
    );
  });

  it('orders missing skills by how many occupations need them, and falls back to the ISCO group for signals', () => {
    const r = matchTransitions(ctx, { profile: buildProfile(x, { occupation: O('heftruck') }), top: 5 });
    if (r.status !== 'ok') throw new Error(r.status);
    const orderpicker = r.results.find((d) => d.title.nl === 'orderpicker');
    // missing g (essential in 2), h (3), i (3), j (2) → h, i, g, j
    expect(orderpicker?.missingEssentialSkills.map((s) => [s.label, s.essentialIn])).toEqual([
      ['vaardigheid h', 3],
      ['vaardigheid i', 3],
      ['vaardigheid g', 2],
      ['vaardigheid j', 2],
    ]);
    expect(orderpicker?.signals.automationRisk).toMatchObject({
      category: 'high',
      futureProof: 'no',
      basis: 'isco_unit_group',
    });
    expect(orderpicker?.signals.shortage).toMatchObject({ level: 'krap', basis: 'isco_unit_group' });
    expect(r.results.find((d) => d.title.nl === 'lasser')?.signals).toEqual({
      automationRisk: null,
      shortage: null,
    });
    expect(r.notJudged).toEqual([
      {
        id: 'urn:test:occupation:dun',
        uri: 'urn:test:occupation:dun',
        title: { nl: 'dun beroep', en: 'thin occupation' },
        essentialSkills: 2,
        reason: 'few_essential_skills',
      },
    ]);
  });

  it('refuses a profile too small to judge instead of guessing', () => {
    const small = buildProfile(x, {
      skills: [
        { skill: S('a'), level: 3 },
        { skill: S('b'), level: 3 },
        { skill: S('c'), level: 2 },
      ],
    });
    expect(matchTransitions(ctx, { profile: small })).toEqual({
      status: 'insufficient_data',
      reason: 'profile_too_small',
      profile: { skills: 3, evidence: 2.75 },
      minimumEvidence: 5,
      results: [],
    });
  });
});

describe('effort from the gap and the destination’s ISCO-08 skill level (ILO 2012, table 1)', () => {
  it.each([
    // [ISCO group, gap, skill level, estimate months, band]
    ['9333', 1.75, 1, 0.5, 'none'], // elementary: a week a skill
    ['9333', 14, 1, 3.5, 'medium'],
    ['8344', 4, 2, 2, 'short'], // plant and machine operators: level 2
    ['3115', 6, 3, 6, 'medium'], // technicians: level 3
    ['2221', 10, 4, 15, 'long'], // professionals: level 4
    ['1324', 2, 4, 3, 'short'], // managers: levels 3 and 4, taken as 4
    ['0110', 1, 4, 1.5, 'short'], // commissioned armed forces officers
    ['0310', 1, 1, 0.5, 'none'], // armed forces, other ranks
    [null, 2, 2, 1, 'none'], // a vacancy without ISCO group
  ] as const)('%s with a gap of %f: level %i, %f months, %s', (isco, gap, level, months, band) => {
    expect(iscoSkillLevel(isco)).toBe(level);
    expect(effortOf(gap, 0, isco)).toMatchObject({ skillLevel: level, estimateMonths: months, band });
  });
});

describe('the occupation × occupation matrix and ISCO digits', () => {
  it('holds the same scores as ranking from each origin', () => {
    const m = occupationSimilarityMatrix(x);
    const n = t.occupations.length;
    for (let o = 0; o < n; o++) {
      const r = rankDestinations(x, buildProfile(x, { occupation: o }), {
        top: n,
        thresholds: { viable: 0, strong: 0 },
      });
      for (const s of [...r.top, ...r.notJudged]) expect(m[o * n + s.target]).toBeCloseTo(s.score, 6);
    }
    expect(m[O('heftruck') * n + O('kraan')]).toBeCloseTo(0.704, 6);
  });

  it.each([
    [8344, 8344, 4],
    [8344, 8343, 3],
    [8344, 8311, 2],
    [8344, 8111, 1],
    [8344, 9333, 0],
    [110, 210, 1], // 0110 and 0210: armed forces, major group 0
    [110, 1110, 0],
    [-1, 8344, 0],
  ])('ISCO %i and %i share %i digits', (a, b, n) => expect(sharedIscoDigits(a, b)).toBe(n));
});

describe('profiles and destinations from URIs (as the app stores them)', () => {
  it('resolves known URIs and returns the unknown ones', () => {
    const { profile, unknown } = buildProfileFromUris(t, x, {
      occupationUri: 'urn:test:occupation:heftruck',
      skills: [
        { uri: 'urn:test:skill:g', level: 2 },
        { uri: 'urn:test:skill:zz', level: 3 },
      ],
    });
    expect(unknown).toEqual(['urn:test:skill:zz']);
    expect(profile.origin).toBe(O('heftruck'));
    expect(profile.weights[profile.skills.indexOf(S('g'))]).toBe(0.75);
    const v = customDestinationFromUris(t, {
      id: 'v',
      title: 'Vacature',
      essential: ['urn:test:skill:a', 'urn:test:skill:a', 'urn:nope'],
    });
    expect(v).toEqual({
      destination: { id: 'v', title: 'Vacature', essential: [S('a')], optional: [], iscoGroup: null },
      unknown: ['urn:nope'],
    });
  });
});
