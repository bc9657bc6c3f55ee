import { describe, expect, it } from 'vitest';
import { VitalityInputError } from './errors';
import { releaseGroups } from './release';
import { releaseFromJson } from './release-from-json';

const people = (unit: string, n: number, ageBand?: string) =>
  Array.from({ length: n }, () => (ageBand ? { unit, ageBand } : { unit }));

describe('releaseFromJson (survey-release)', () => {
  it.each([
    {
      name: 'parent 12 and child 10 would reveal a 2-person remainder: the child is withheld',
      input: {
        k: 10,
        units: [
          { id: 'P', parentId: null },
          { id: 'C', parentId: 'P' },
        ],
        respondents: [...people('P', 2), ...people('C', 10)],
      },
      released: [{ units: ['P', 'C'], n: 12 }],
    },
    {
      name: 'two children of 12 and an empty parent: all three (the difference is 0)',
      input: {
        k: 10,
        units: [
          { id: 'O', parentId: null },
          { id: 'A', parentId: 'O' },
          { id: 'B', parentId: 'O' },
        ],
        respondents: [...people('A', 12), ...people('B', 12)],
      },
      released: [
        { units: ['O', 'A', 'B'], n: 24 },
        { units: ['A'], n: 12 },
        { units: ['B'], n: 12 },
      ],
    },
    {
      name: 'fewer than k in the whole organisation: nothing',
      input: { k: 10, units: [{ id: 'O', parentId: null }], respondents: people('O', 9) },
      released: [],
    },
    {
      name: 'k defaults to 10',
      input: { units: [{ id: 'O', parentId: null }], respondents: people('O', 9) },
      released: [],
    },
    {
      name: 'small units roll up: their remainder is released as one group',
      input: {
        k: 5,
        units: [
          { id: 'O', parentId: null },
          { id: 'A', parentId: 'O' },
          { id: 'B', parentId: 'O' },
          { id: 'C', parentId: 'O' },
        ],
        respondents: [...people('A', 20), ...people('B', 3), ...people('C', 4)],
      },
      released: [
        { units: ['O', 'A', 'B', 'C'], n: 27 },
        { units: ['O', 'B', 'C'], n: 7 },
        { units: ['A'], n: 20 },
      ],
    },
    {
      name: 'sibling remainder of 3 (k 5): the smaller sibling is withheld, not the department',
      input: {
        k: 5,
        units: [
          { id: 'O', parentId: null },
          { id: 'D', parentId: 'O' },
          { id: 'T1', parentId: 'D' },
          { id: 'T2', parentId: 'D' },
          { id: 'T3', parentId: 'D' },
        ],
        respondents: [...people('T1', 6), ...people('T2', 8), ...people('T3', 3)],
      },
      // D = 17 with T1 6, T2 8 released would leave T3's 3: T1 (the smallest) goes, D's own part = 9
      released: [
        { units: ['O', 'D', 'T1', 'T2', 'T3'], n: 17 },
        { units: ['D', 'T1', 'T2', 'T3'], n: 17 },
        { units: ['D', 'T1', 'T3'], n: 9 },
        { units: ['T2'], n: 8 },
      ],
    },
    {
      name: 'several root units: the organisation is the virtual group of all of them',
      input: {
        k: 5,
        units: [
          { id: 'A', parentId: null },
          { id: 'B', parentId: null },
        ],
        respondents: [...people('A', 6), ...people('B', 6)],
      },
      released: [
        { units: ['A', 'B'], n: 12 },
        { units: ['A'], n: 6 },
        { units: ['B'], n: 6 },
      ],
    },
  ])('$name', ({ input, released }) => expect(releaseFromJson(input).released).toEqual(released));

  it('breaks a large unit down by age band, merging a small band with its neighbour', () => {
    const input = {
      k: 10,
      units: [{ id: 'O', parentId: null }],
      respondents: [
        ...people('O', 15, '<25'),
        ...people('O', 13, '25-34'),
        ...people('O', 4, '35-44'),
        ...people('O', 12, '45-54'),
      ],
      breakdowns: ['ageBand'],
    };
    expect(releaseFromJson(input).released).toEqual([
      { units: ['O'], n: 44 },
      { units: ['O'], ageBand: '<25', n: 15 },
      // 35-44 (4) merges with the smaller neighbour overall: 45-54 (12) rather than 25-34 (13)
      { units: ['O'], ageBand: '25-34', n: 13 },
      { units: ['O'], ageBands: ['35-44', '45-54'], n: 16 },
    ]);
  });

  it('gives no org-wide age breakdown when a released unit would be split below k, but breaks down that big unit itself', () => {
    const input = {
      k: 5,
      units: [
        { id: 'O', parentId: null },
        { id: 'A', parentId: 'O' },
        { id: 'B', parentId: 'O' },
      ],
      respondents: [
        ...people('A', 6, '<25'),
        ...people('A', 6, '55+'),
        ...people('B', 3, '<25'),
        ...people('B', 3, '55+'),
      ],
      breakdowns: ['ageBand'],
    };
    const { released } = releaseFromJson(input);
    // B (6) split by band gives 3 + 3: no breakdown of O (it would expose B × band by subtraction)
    expect(released).toEqual([
      { units: ['O', 'A', 'B'], n: 18 },
      { units: ['A'], n: 12 },
      { units: ['A'], ageBand: '<25', n: 6 },
      { units: ['A'], ageBand: '55+', n: 6 },
      { units: ['B'], n: 6 },
    ]);
  });

  it('rejects k below 5 with the field named (never clamped)', () => {
    expect(() => releaseFromJson({ k: 4, units: [], respondents: [] })).toThrow(VitalityInputError);
    try {
      releaseFromJson({ k: 3, units: [], respondents: [] });
    } catch (e) {
      expect((e as VitalityInputError).issues).toEqual([
        expect.objectContaining({ path: 'k', code: 'below_minimum' }),
      ]);
    }
  });

  it.each([
    [{ units: [{ id: 'A', parentId: 'B' }], respondents: [] }, 'units[0].parentId'],
    [{ units: [{ id: 'A', parentId: null }], respondents: [{ unit: 'X' }] }, 'respondents[0].unit'],
    [
      {
        units: [
          { id: 'A', parentId: null },
          { id: 'A', parentId: null },
        ],
        respondents: [],
      },
      'units[1].id',
    ],
    [
      {
        units: [
          { id: 'A', parentId: 'B' },
          { id: 'B', parentId: 'A' },
        ],
        respondents: [],
      },
      'units[0].parentId',
    ],
    [{ units: [], respondents: [], breakdowns: ['gender'] }, 'breakdowns[0]'],
    [{ units: 'x', respondents: [] }, 'units'],
  ])('invalid input %j names %s', (input, path) => {
    try {
      releaseFromJson(input);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(VitalityInputError);
      expect((e as VitalityInputError).issues.map((i) => i.path)).toContain(path);
    }
  });
});

describe('releaseGroups (what the API shows)', () => {
  it('says why a unit is not shown and where its respondents are counted', () => {
    const r = releaseGroups({
      k: 10,
      units: [
        { id: 'P', parentId: null },
        { id: 'C', parentId: 'P' },
        { id: 'S', parentId: 'P' },
      ],
      cells: [
        { unit: 'P', ageBand: null, n: 2 },
        { unit: 'C', ageBand: null, n: 10 },
        { unit: 'S', ageBand: null, n: 3 },
      ],
    });
    expect(r.groups.map((g) => [g.key, g.n])).toEqual([['org', 15]]);
    expect(r.withheld).toEqual([
      { unitId: 'C', reason: 'complementary', includedIn: 'org' },
      { unitId: 'S', reason: 'below_k', includedIn: 'org' },
    ]);
  });
});
