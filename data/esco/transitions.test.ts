import { EscoInputError } from '@inzetbaar/domain/esco/input-error';
import { matchFromJson } from '@inzetbaar/domain/transitions/from-json';
import { buildProfile } from '@inzetbaar/domain/transitions/profile';
import { rankDestinations, rankDestinationsNaive } from '@inzetbaar/domain/transitions/score';
import { THRESHOLDS } from '@inzetbaar/domain/transitions/thresholds';
import { describe, expect, it } from 'vitest';
import {
  automationRisk,
  escoSearch,
  escoTaxonomy,
  escoTransitionIndex,
} from '../../apps/server/src/platform/reference-data/esco';
import calibration from './transition-calibration.json';

// The transition engine on the real ESCO v1.1.1 data: obvious moves rank high, unrelated ones do not.
const t = escoTaxonomy();
const x = escoTransitionIndex();
const byNl = (title: string) => {
  const o = t.occupations.find((c) => c.titleNl === title);
  if (!o) throw new Error(title);
  return o.index;
};
const all = (origin: string) =>
  rankDestinations(x, buildProfile(x, { occupation: byNl(origin) }), {
    top: t.occupations.length,
    thresholds: THRESHOLDS,
  }).top;
const rankOf = (origin: string, destination: string) =>
  all(origin).findIndex((s) => s.target === byNl(destination)) + 1;
const scoreOf = (origin: string, destination: string) =>
  all(origin).find((s) => s.target === byNl(destination))?.score ?? Number.NaN;

describe('transitions on ESCO v1.1.1', () => {
  it.each([
    // nursing → other nursing and care occupations
    ['algemeen verpleegkundige', 'verpleeghulp', 3],
    ['algemeen verpleegkundige', 'gespecialiseerd verpleegkundige', 3],
    ['algemeen verpleegkundige', 'zorghulp', 5],
    // forklift operator ↔ warehouse work
    ['heftruckchauffeur', 'magazijnmedewerker', 5],
    ['magazijnmedewerker', 'heftruckchauffeur', 5],
    ['magazijnmedewerker', 'orderpicker', 3],
    // welder → other metal work
    ['lasser', 'puntlasser', 5],
    ['lasser', 'ketelmaker', 5],
    ['lasser', 'metaalplaatwerker', 15],
    // primary school teacher → early years teacher, teaching assistant
    ['leraar basisonderwijs', 'leraar kleuteronderwijs', 3],
    ['leraar basisonderwijs', 'onderwijsassistent basisonderwijs', 5],
  ])('%s → %s ranks in the top %i', (origin, destination, top) => {
    const rank = rankOf(origin, destination);
    expect(rank).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(top);
  });

  it.each([
    ['algemeen verpleegkundige', 'lasser'],
    ['lasser', 'leraar basisonderwijs'],
    ['heftruckchauffeur', 'algemeen verpleegkundige'],
    ['leraar basisonderwijs', 'heftruckchauffeur'],
  ])('%s → %s is not a viable move and ranks low', (origin, destination) => {
    expect(scoreOf(origin, destination)).toBeLessThan(THRESHOLDS.viable);
    expect(rankOf(origin, destination)).toBeGreaterThan(500);
  });

  it('nurse → nurse assistant and welder → brazier are strong, warehouse worker → forklift operator viable', () => {
    expect(scoreOf('algemeen verpleegkundige', 'verpleeghulp')).toBeGreaterThanOrEqual(THRESHOLDS.strong);
    expect(scoreOf('lasser', 'hardsoldeerder')).toBeGreaterThanOrEqual(THRESHOLDS.strong);
    expect(scoreOf('magazijnmedewerker', 'heftruckchauffeur')).toBeGreaterThanOrEqual(THRESHOLDS.viable);
  });

  it('ranks exactly as the straightforward set intersection', () => {
    const occupations = t.occupations.map((o, i) => ({
      essential: o.essential,
      optional: o.optional,
      isco: x.isco[i] as number,
    }));
    const custom = [
      {
        id: 'v1',
        title: 'Vacature magazijn',
        essential: t.occupations[byNl('magazijnmedewerker')]?.essential.slice(0, 12) ?? [],
        optional: [],
        iscoGroup: '9333',
      },
    ];
    for (const origin of [
      'heftruckchauffeur',
      'lasser',
      'algemeen verpleegkundige',
      'leraar basisonderwijs',
    ]) {
      const p = buildProfile(x, { occupation: byNl(origin), skills: [{ skill: 7, level: 2 }] });
      const o = { top: 20, thresholds: THRESHOLDS, custom };
      expect(rankDestinationsNaive(occupations, p, o)).toEqual(rankDestinations(x, p, o));
    }
    // the indexed ranking visits only touched occupations and the origin's ISCO major group; with a
    // top larger than that (or a profile of one rare skill) the zero scores fill it in order
    for (const [p, top] of [
      [buildProfile(x, { occupation: byNl('lasser') }), 400],
      [buildProfile(x, { skills: [{ skill: 5, level: 3 }] }), 30],
      [buildProfile(x, { skills: [{ skill: 11, level: 1 }], iscoGroup: '5322' }), 30],
    ] as const) {
      const o = { top, thresholds: THRESHOLDS, custom };
      expect(rankDestinationsNaive(occupations, p, o)).toEqual(rankDestinations(x, p, o));
    }
  });

  it('uses the thresholds that the calibration chose (data/esco/transition-calibration.json)', () =>
    expect(THRESHOLDS).toEqual(calibration.thresholds));
});

describe('matchFromJson (inzetbaar match)', () => {
  const ctx = { taxonomy: t, index: x, automationRisk: automationRisk() };
  const run = (input: unknown) => matchFromJson(ctx, escoSearch, input);
  const issues = (input: unknown) => {
    try {
      run(input);
    } catch (e) {
      if (e instanceof EscoInputError) return e.issues.map((i) => [i.field, i.code]);
      throw e;
    }
    return [];
  };

  it('resolves an occupation by URI, Dutch title or synonym, and English title', () => {
    const uri = t.occupations[byNl('heftruckchauffeur')]?.uri;
    for (const occupation of [uri, 'heftruckchauffeur', 'Vorkheftruckchauffeur', 'forklift operator'])
      expect(run({ occupation, top: 1 }).origin.uri).toBe(uri);
  });

  it('returns ranked destinations with band, skills, effort, signals and explanation', () => {
    const r = run({ occupation: 'lasser', top: 3 });
    if (r.status !== 'ok') throw new Error(r.status);
    expect(r.results).toHaveLength(3);
    const first = r.results[0];
    expect(first?.title).toBe('hardsoldeerder');
    expect(first?.band).toBe('strong');
    expect(first?.missingEssentialSkills.length).toBeGreaterThan(0);
    expect(first?.signals.automationRisk?.source).toMatch(/Nesta/);
    expect(first?.explanation).toMatch(/^Sterke overstap naar hardsoldeerder/);
  });

  it('names the field of bad input', () => {
    expect(issues({ occupation: 'sterrenkijker op maandag' })).toEqual([
      ['occupation', 'unknown_occupation'],
    ]);
    expect(issues({ occupation: 'lasser', skills: ['http://data.europa.eu/esco/skill/nope'] })).toEqual([
      ['skills[0]', 'unknown_skill'],
    ]);
    expect(issues({ occupation: 'lasser', top: 0 })).toEqual([['top', 'invalid_shape']]);
    expect(issues({ skills: [] })).toEqual([['occupation', 'invalid_shape']]);
  });
});
