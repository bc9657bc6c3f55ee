import { describe, expect, it } from 'vitest';
import { occupationTarget, skillGaps } from './skill-gaps';

const A = 'http://data.europa.eu/esco/skill/a';
const B = 'http://data.europa.eu/esco/skill/b';
const C = 'http://data.europa.eu/esco/skill/c';
const D = 'http://data.europa.eu/esco/skill/d';

describe('occupationTarget', () => {
  it('asks essential skills at level 2 and optional ones at level 1, without duplicates', () => {
    expect(occupationTarget([A, B], [B, C])).toEqual([
      { uri: A, level: 2, essential: true },
      { uri: B, level: 2, essential: true },
      { uri: C, level: 1, essential: false },
    ]);
  });
});

describe('skillGaps', () => {
  it.each([
    {
      what: 'nothing on the profile: every essential skill is a gap',
      profile: [],
      target: occupationTarget([A, B], [C]),
      met: 0,
      essential: 2,
      coverage: 0,
      gaps: [
        [A, 2],
        [B, 2],
        [C, 1],
      ],
    },
    {
      what: 'a skill held below the level is a smaller gap; one held higher is met',
      profile: [
        { uri: A, level: 1 },
        { uri: B, level: 4 },
      ],
      target: occupationTarget([A, B], []),
      met: 1,
      essential: 2,
      coverage: 50,
      gaps: [
        [A, 1],
        [B, 0],
      ],
    },
    {
      what: 'a goal asks level 3 of a skill the occupation asks at 2: the higher level counts',
      profile: [{ uri: A, level: 2 }],
      target: [...occupationTarget([A], []), { uri: A, level: 3, essential: true }],
      met: 0,
      essential: 1,
      coverage: 0,
      gaps: [[A, 1]],
    },
    {
      what: 'only optional skills: full coverage, gaps still listed',
      profile: [],
      target: occupationTarget([], [D]),
      met: 0,
      essential: 0,
      coverage: 100,
      gaps: [[D, 1]],
    },
    {
      what: 'two of three essentials met rounds to 67%',
      profile: [
        { uri: A, level: 2 },
        { uri: B, level: 3 },
      ],
      target: occupationTarget([A, B, C], []),
      met: 2,
      essential: 3,
      coverage: 67,
      gaps: [
        [C, 2],
        [A, 0],
        [B, 0],
      ],
    },
  ])('$what', ({ profile, target, met, essential, coverage, gaps }) => {
    const r = skillGaps(profile, target);
    expect({ met: r.met, essential: r.essential, coverage: r.coveragePercent }).toEqual({
      met,
      essential,
      coverage,
    });
    expect(r.items.map((i) => [i.uri, i.gap])).toEqual(gaps);
  });
});
