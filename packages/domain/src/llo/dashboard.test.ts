import { describe, expect, it } from 'vitest';
import { type DashboardPerson, dashboardFigures, lloDashboard } from './dashboard';

const person = (unitId: string | null, p: Partial<DashboardPerson> = {}): DashboardPerson => ({
  unitId,
  fte: 1,
  hasActivity: false,
  learningHours: 0,
  budgetAvailableCents: 0,
  budgetUsedCents: 0,
  essentialSkills: 0,
  essentialSkillsHeld: 0,
  certificatesExpiring: 0,
  hadTalk: false,
  ...p,
});
const many = (n: number, unitId: string | null, p: Partial<DashboardPerson> = {}) =>
  Array.from({ length: n }, () => person(unitId, p));

describe('dashboardFigures', () => {
  it('computes participation, hours per FTE, budget, skill coverage, certificates and talks', () => {
    const f = dashboardFigures([
      person('u', {
        fte: 1,
        hasActivity: true,
        learningHours: 16,
        budgetUsedCents: 50_000,
        budgetAvailableCents: 100_000,
        essentialSkills: 10,
        essentialSkillsHeld: 7,
        hadTalk: true,
      }),
      person('u', {
        fte: 0.5,
        learningHours: 8,
        budgetAvailableCents: 75_000,
        essentialSkills: 10,
        essentialSkillsHeld: 3,
        certificatesExpiring: 2,
      }),
      person('u', { fte: 0.5 }),
    ]);
    expect(f).toEqual({
      people: 3,
      participationPercent: 33.3,
      hoursPerFte: 12, // 24 hours / 2 FTE
      budgetUsedCents: 50_000,
      budgetAvailableCents: 175_000,
      skillCoveragePercent: 50,
      certificatesExpiring: 2,
      talkPercent: 33.3,
    });
  });

  it('has no skill coverage without occupations, and zeros for nobody', () => {
    expect(dashboardFigures([person('u')]).skillCoveragePercent).toBeNull();
    expect(dashboardFigures([]).participationPercent).toBe(0);
    expect(dashboardFigures([]).hoursPerFte).toBe(0);
  });
});

describe('lloDashboard', () => {
  it.each([
    {
      what: 'HR (group size 1) sees every unit',
      people: [...many(12, 'a'), ...many(3, 'b')],
      k: 1,
      suppressed: { a: false, b: false },
    },
    {
      what: 'works council: a unit of 3 is hidden, and the next smallest too so 3 cannot be derived',
      people: [...many(30, 'a'), ...many(12, 'b'), ...many(3, 'c')],
      k: 10,
      suppressed: { a: false, b: true, c: true },
    },
    {
      what: 'two small units that together reach 10 hide each other',
      people: [...many(20, 'a'), ...many(6, 'b'), ...many(4, 'c')],
      k: 10,
      suppressed: { a: false, b: true, c: true },
    },
    {
      what: 'no small unit: nothing hidden',
      people: [...many(10, 'a'), ...many(11, 'b')],
      k: 10,
      suppressed: { a: false, b: false },
    },
  ])('$what', ({ people, k, suppressed }) => {
    const d = lloDashboard(people, k);
    expect(Object.fromEntries(d.units.map((u) => [u.key, u.suppressed]))).toEqual(suppressed);
    for (const u of d.units) expect(u.figures === null).toBe(u.suppressed);
  });

  it('hides the organisation itself when it is smaller than the group size', () => {
    expect(lloDashboard(many(4, 'a'), 5).organization).toEqual({
      key: null,
      suppressed: true,
      figures: null,
    });
    expect(lloDashboard(many(5, 'a'), 5).organization.figures?.people).toBe(5);
  });
});
