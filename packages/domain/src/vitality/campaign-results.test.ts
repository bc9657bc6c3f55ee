import { describe, expect, it } from 'vitest';
import { campaignResults, type ScoreCell } from './campaign-results';
import { personalFeedback } from './feedback';
import type { TInstrument, TScale } from './instrument.schema';
import { releaseGroups } from './release';
import { resolveFilter } from './resolve-filter';

const scale: TScale = {
  id: 'work',
  label: { nl: 'Werk', en: 'Work' },
  formula: { type: 'mean', items: ['a', 'b'], minAnswered: 1 },
  min: 0,
  max: 100,
  higherIsWorse: true,
  bands: [
    { from: 0, tone: 'good', label: { nl: 'Laag', en: 'Low' }, advice: { nl: 'Goed zo.', en: 'Fine.' } },
    {
      from: 50,
      tone: 'attention',
      hotspot: true,
      label: { nl: 'Hoog', en: 'High' },
      advice: { nl: 'Let op.', en: 'Watch out.' },
      steps: ['interventions', 'occupational_physician'],
    },
  ],
  bandsSource: 'test',
};
const units = [
  { id: 'O', parentId: null },
  { id: 'A', parentId: 'O' },
  { id: 'B', parentId: 'O' },
];
const cell = (unit: string, n: number, sum: number, ageBand: string | null = null): ScoreCell => ({
  scale: 'x.work',
  unit,
  ageBand,
  n,
  sum,
});

describe('campaignResults', () => {
  it('averages each released group over its units, and flags a hotspot band', () => {
    const r = campaignResults({
      k: 5,
      units,
      respondents: [
        { unit: 'A', ageBand: null, n: 6 },
        { unit: 'B', ageBand: null, n: 6 },
      ],
      scores: [cell('A', 6, 6 * 60), cell('B', 6, 6 * 20)],
      scales: new Map([['x.work', scale]]),
    });
    expect(r.groups.map((g) => [g.key, g.n, g.scales['x.work']])).toEqual([
      ['org', 12, { mean: 40, n: 12, tone: 'good', hotspot: false }],
      ['unit:A', 6, { mean: 60, n: 6, tone: 'attention', hotspot: true }],
      ['unit:B', 6, { mean: 20, n: 6, tone: 'good', hotspot: false }],
    ]);
  });

  it('withholds a scale where fewer people scored it would make the difference computable', () => {
    // A: 6 respondents, all scored; B: 6 respondents, only 3 scored (client questions skipped).
    // O's mean over 9 minus A's over 6 would reveal the 3 in B: the scale is shown for A only… and not for O either
    const r = campaignResults({
      k: 5,
      units,
      respondents: [
        { unit: 'A', ageBand: null, n: 6 },
        { unit: 'B', ageBand: null, n: 6 },
      ],
      scores: [cell('A', 6, 300), cell('B', 3, 240)],
      scales: new Map([['x.work', scale]]),
    });
    const shown = Object.fromEntries(r.groups.map((g) => [g.key, g.scales['x.work']?.n ?? null]));
    // for the scale, B (3) is below k and rolls up: only O (9) is released, so A's figure is withheld
    expect(shown).toEqual({ org: 9, 'unit:A': null, 'unit:B': null });
  });
});

describe('resolveFilter', () => {
  // O = A 13 + B 5 + C 2; C's 2 would be O minus A minus B, so B (the smaller) is withheld
  const release = releaseGroups({
    k: 5,
    units: [...units, { id: 'C', parentId: 'O' }],
    cells: [
      { unit: 'A', ageBand: '<25', n: 6 },
      { unit: 'A', ageBand: '55+', n: 2 },
      { unit: 'A', ageBand: '35-44', n: 5 },
      { unit: 'B', ageBand: '<25', n: 3 },
      { unit: 'B', ageBand: '55+', n: 2 },
      { unit: 'C', ageBand: '<25', n: 2 },
    ],
    breakdowns: ['ageBand'],
  });

  it.each([
    [{}, { ok: true, key: 'org' }],
    [{ unitId: 'A' }, { ok: true, key: 'unit:A' }],
    [{ unitId: 'B' }, { ok: false, reason: 'complementary' }],
    [{ unitId: 'C' }, { ok: false, reason: 'below_k' }],
    [
      { unitId: 'A', ageBand: '<25' },
      { ok: true, key: 'unit:A@<25' },
    ],
    [
      { unitId: 'A', ageBand: '55+' },
      { ok: false, reason: 'age_band_merged' },
    ],
    [{ ageBand: '<25' }, { ok: false, reason: 'no_age_breakdown' }],
    [{ unitId: 'Z' }, { ok: false, reason: 'no_such_group' }],
  ])('%j → %j', (filter, expected) => {
    const r = resolveFilter(release, filter);
    expect(r.ok ? { ok: true, key: r.group.key } : { ok: false, reason: r.reason }).toEqual(expected);
  });
});

describe('personalFeedback', () => {
  const instrument = {
    id: 'x',
    version: '1',
    name: { nl: 'X', en: 'X' },
    description: { nl: 'X', en: 'X' },
    validated: false,
    source: { citation: 'test' },
    licence: { kind: 'own', text: 'test' },
    languages: ['nl'],
    responseScales: [
      {
        id: 'f',
        options: [100, 75, 50, 25, 0].map((value) => ({ value, label: { nl: `${value}`, en: `${value}` } })),
      },
    ],
    sections: [{ id: 's', title: { nl: 'S', en: 'S' }, items: ['a', 'b', 'note'] }],
    items: [
      { id: 'a', text: { nl: 'A', en: 'A' }, responseScale: 'f' },
      { id: 'b', text: { nl: 'B', en: 'B' }, responseScale: 'f' },
      { id: 'note', text: { nl: 'Notitie', en: 'Note' }, responseScale: 'text', private: true },
    ],
    scales: [scale],
  } satisfies TInstrument;
  const catalogue = [
    { id: 'coach', scales: ['x.work'] },
    { id: 'sleep', scales: ['y.sleep'] },
  ] as never;

  it('gives the band, its advice and next steps, and suggests interventions for raised scales', () => {
    const f = personalFeedback([{ instrument, answers: { a: 1, b: 3, note: 'Meer pauzes' } }], catalogue);
    expect(f.instruments[0]?.scales[0]).toMatchObject({
      key: 'x.work',
      score: 75,
      band: { tone: 'attention' },
    });
    expect(f.steps).toEqual(['occupational_physician', 'interventions']);
    expect(f.interventions).toEqual(['coach']);
    expect(f.instruments[0]?.ownTexts).toEqual([
      { item: { nl: 'Notitie', en: 'Note' }, text: 'Meer pauzes' },
    ]);
  });

  it('suggests nothing when all is well', () => {
    const f = personalFeedback([{ instrument, answers: { a: 5, b: 5 } }], catalogue);
    expect([f.steps, f.interventions, f.instruments[0]?.scales[0]?.band?.tone]).toEqual([[], [], 'good']);
  });
});
