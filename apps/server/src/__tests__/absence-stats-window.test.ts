import { schema } from '@inzetbaar/db';
import { addDays } from '@inzetbaar/domain';
import { type Absence, computeAbsenceStats, type Employee } from '@inzetbaar/domain/absence-stats/index';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { descendantUnitIds } from '../modules/people/repo/units.repo';
import { statsEmployments, statsReports } from '../modules/verzuim/repo/absence-stats.repo';

/*
 * The statistics service loads only what a period needs (employments of the people employed in
 * it or sick in its look-back window, reports overlapping [look-back start, to]). These tests
 * compare every figure it returns with the pure domain function fed the FULL, unfiltered history
 * of the organisation, as the service did before — including the cases a window could cut short.
 */

let t: TestApp;
let org: TestOrg;
const U = ['Zorg Noord', 'Zorg Zuid', 'Facilitair', 'Staf'];
let unitIds: string[] = [];

/** Deterministic PRNG (mulberry32), so the history is the same every run. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

type Person = typeof schema.persons.$inferInsert;
type Employment = typeof schema.employments.$inferInsert;
type Report = typeof schema.absenceReports.$inferInsert;
type Segment = typeof schema.absenceRecoverySegments.$inferInsert;

/** The people whose figures a cut window would lose (their ids, for the assertions). */
const SPECIAL = { longCase: '', leaverFrequent: '', leaverCaseEndsInPeriod: '' };

async function seedHistory() {
  const organizationId = org.organizationId;
  const rnd = prng(20_250_101);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const persons: Person[] = [];
  const employments: Employment[] = [];
  const reports: Report[] = [];
  const segments: Segment[] = [];
  let n = 0;
  const person = (birthDate: string | null) => {
    const id = crypto.randomUUID();
    persons.push({
      id,
      organizationId,
      givenName: `P${n}`,
      surname: 'Venster',
      employeeNumber: `W-${n++}`,
      birthDate,
    });
    return id;
  };
  const employ = (personId: string, startDate: string, endDate: string | null, unitId: string, hours = 24) =>
    employments.push({
      organizationId,
      personId,
      startDate,
      endDate,
      hoursPerWeek: hours,
      jobTitle: 'Medewerker',
      unitId,
    });
  const sick = (personId: string, startDate: string, endDate: string | null, extra: Partial<Report> = {}) => {
    const id = crypto.randomUUID();
    reports.push({ id, organizationId, caseId: id, personId, startDate, endDate, ...extra });
    return id;
  };

  // 70 people with random histories 2021–2025: joiners, leavers, contract changes to another unit,
  // short and long spells, ongoing ones, partial recovery, pregnancy-related ones, sickness that
  // runs on past the end of the contract.
  for (let i = 0; i < 70; i++) {
    const id = person(rnd() < 0.1 ? null : addDays('1960-01-01', Math.floor(rnd() * 15_000)));
    const start = addDays('2019-06-01', Math.floor(rnd() * 2200));
    const end = rnd() < 0.3 ? addDays(start, 120 + Math.floor(rnd() * 900)) : null;
    const unit = pick(unitIds);
    if (rnd() < 0.15) {
      const change = addDays(start, 60 + Math.floor(rnd() * 300));
      employ(id, start, addDays(change, -1), unit, pick([16, 24, 32]));
      employ(id, change, end && end > change ? end : null, pick(unitIds), pick([20, 28, 36]));
    } else employ(id, start, end, unit, pick([16, 24, 32, 36]));
    let day = start > '2021-01-01' ? start : '2021-01-01';
    for (;;) {
      day = addDays(day, 10 + Math.floor(rnd() * 250));
      if (day > '2025-12-31' || (end !== null && day > end)) break;
      const long = rnd() < 0.12;
      const length = long ? 30 + Math.floor(rnd() * 500) : 1 + Math.floor(rnd() * 9);
      const last = addDays(day, length - 1);
      const ongoing = last > '2025-12-31' && rnd() < 0.6;
      const reportId = sick(id, day, ongoing ? null : last, { safetyNet: rnd() < 0.04 });
      if (long)
        segments.push({ organizationId, reportId, fromDate: addDays(day, 14), incapacityPercentage: 50 });
      if (ongoing) break;
      day = last;
    }
  }
  // Cases that a window cut at the period would get wrong, for Q1 2025:
  // 1. a case of 768 days ending in the period (10 Jan 2023 … 15 Feb 2025): its days before the
  //    period count for the gemiddelde verzuimduur and its duration class;
  SPECIAL.longCase = person('1975-05-05');
  employ(SPECIAL.longCase, '2018-01-01', null, unitIds[0] as string);
  const long = sick(SPECIAL.longCase, '2023-01-10', '2025-02-15');
  segments.push({ organizationId, reportId: long, fromDate: '2023-06-01', incapacityPercentage: 40 });
  // 2. a leaver (30 Nov 2024) with 3 reports in the 12 months up to 31 Mar 2025: a frequent absentee;
  SPECIAL.leaverFrequent = person('1990-02-02');
  employ(SPECIAL.leaverFrequent, '2019-01-01', '2024-11-30', unitIds[1] as string);
  sick(SPECIAL.leaverFrequent, '2024-04-15', '2024-04-17');
  sick(SPECIAL.leaverFrequent, '2024-07-01', '2024-07-02');
  sick(SPECIAL.leaverFrequent, '2024-10-07', '2024-10-11');
  // 3. a leaver (31 Dec 2024) sick 20 Dec 2024 … 5 Jan 2025: no employment day in Q1, but a case
  //    ended in it.
  SPECIAL.leaverCaseEndsInPeriod = person(null);
  employ(SPECIAL.leaverCaseEndsInPeriod, '2020-03-01', '2024-12-31', unitIds[2] as string);
  sick(SPECIAL.leaverCaseEndsInPeriod, '2024-12-20', '2025-01-05');

  const { db } = t.deps;
  await db.insert(schema.persons).values(persons);
  await db.insert(schema.employments).values(employments);
  await db.insert(schema.absenceReports).values(reports);
  await db.insert(schema.absenceRecoverySegments).values(segments);
}

beforeAll(async () => {
  t = await createTestApp();
  org = await createTestOrg(t);
  for (const name of U) {
    const res = await api(t, '/api/v1/units', {
      method: 'POST',
      cookie: org.users.hr.cookie,
      body: { name },
    });
    unitIds.push((await res.json()).id);
  }
  unitIds = [...unitIds, org.units.a1];
  await seedHistory();
});
afterAll(() => t.close());

/**
 * The reference: the organisation's whole history straight from the tables, made into the domain's
 * input the way the service did before it loaded by window (everyone with an employment, their unit
 * on the period end, reports that started inside an employment, segments inside their report).
 */
async function reference(from: string, to: string, groupBy: string, managerOf?: string) {
  const { db } = t.deps;
  const id = org.organizationId;
  const [persons, employments, reports, segments, units] = await Promise.all([
    db.select().from(schema.persons).where(eq(schema.persons.organizationId, id)),
    db.select().from(schema.employments).where(eq(schema.employments.organizationId, id)),
    db.select().from(schema.absenceReports).where(eq(schema.absenceReports.organizationId, id)),
    db
      .select()
      .from(schema.absenceRecoverySegments)
      .where(eq(schema.absenceRecoverySegments.organizationId, id)),
    db.select().from(schema.units).where(eq(schema.units.organizationId, id)),
  ]);
  const scope = managerOf ? descendantUnitIds(units, [managerOf]) : null;
  const birth = new Map(persons.map((p) => [p.id, p.birthDate]));
  const jobs = new Map<string, typeof employments>();
  for (const e of employments) jobs.set(e.personId, [...(jobs.get(e.personId) ?? []), e]);
  const employees: Employee[] = [];
  for (const [personId, list] of jobs) {
    list.sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
    const running = list.find((e) => e.startDate <= to && (!e.endDate || e.endDate >= to));
    const unitId = (running ?? list.filter((e) => e.startDate <= to).at(-1) ?? list.at(-1))?.unitId ?? null;
    if (scope && !(unitId && scope.has(unitId))) continue;
    const birthDate = birth.get(personId);
    employees.push({
      id: personId,
      ...(birthDate ? { birthDate } : {}),
      ...(unitId ? { unitId } : {}),
      employments: list.map((e) => ({ start: e.startDate, end: e.endDate, hoursPerWeek: e.hoursPerWeek })),
    });
  }
  const inPopulation = new Set(employees.map((e) => e.id));
  const absences: Absence[] = reports
    .filter(
      (r) =>
        inPopulation.has(r.personId) &&
        (jobs.get(r.personId) ?? []).some(
          (e) => e.startDate <= r.startDate && (!e.endDate || e.endDate >= r.startDate),
        ),
    )
    .map((r) => {
      const own = segments
        .filter(
          (s) => s.reportId === r.id && s.fromDate >= r.startDate && (!r.endDate || s.fromDate <= r.endDate),
        )
        .sort((a, b) => (a.fromDate < b.fromDate ? -1 : 1))
        .map((s) => ({ from: s.fromDate, percentage: s.incapacityPercentage }));
      return {
        employeeId: r.personId,
        start: r.startDate,
        end: r.endDate,
        ...(own.length ? { segments: own } : {}),
      };
    });
  const stats = computeAbsenceStats(
    { from, to, fullTimeHours: 36, employees, absences },
    { minGroupSize: 5, subPeriod: groupBy === 'month' ? 'month' : 'quarter' },
  );
  const figures = (f: (typeof stats)['totals']) => ({
    employees: f.employees,
    averageHeadcount: f.averageHeadcount,
    verzuimpercentage: f.verzuimpercentage,
    meldingsfrequentie: f.meldingsfrequentie,
    gemiddeldeVerzuimduur: f.gemiddeldeVerzuimduur,
    nulverzuim: f.nulverzuim,
    reports: f.reports,
    casesEnded: f.casesEnded,
  });
  const breakdown =
    groupBy === 'unit'
      ? stats.breakdowns.byUnit
      : groupBy === 'ageBand'
        ? stats.breakdowns.byAgeBand
        : stats.breakdowns.bySubPeriod;
  return {
    totals: figures(stats.totals),
    durationClasses: stats.durationClasses.ended,
    groups: breakdown.map((g) => ({
      key: g.key,
      suppressed: g.suppressed,
      figures: g.suppressed ? null : figures(g),
    })),
    frequentAbsentees: stats.frequentAbsentees.employees.map((e) => ({
      personId: e.employeeId,
      reports: e.reports,
    })),
  };
}

/** Numbers to 10 significant digits: sums over people in another order may differ in the last bits. */
const rounded = (v: unknown): unknown =>
  typeof v === 'number'
    ? Number(v.toPrecision(10))
    : Array.isArray(v)
      ? v.map(rounded)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, rounded(x)]))
        : v;

async function served(query: string, role: 'hr' | 'manager' = 'hr') {
  const res = await api(t, `/api/v1/absence-stats?${query}`, { cookie: org.users[role].cookie });
  expect(res.status).toBe(200);
  const s = await res.json();
  return {
    totals: s.totals,
    durationClasses: s.durationClasses,
    groups: s.groups.map((g: { key: string; suppressed: boolean; figures: unknown }) => ({
      key: g.key,
      suppressed: g.suppressed,
      figures: g.figures,
    })),
    frequentAbsentees:
      s.frequentAbsentees?.map((e: { personId: string; reports: number }) => ({
        personId: e.personId,
        reports: e.reports,
      })) ?? null,
  };
}

describe('statistics loaded by window equal the domain over the full history', () => {
  it.each([
    ['Q1 2025 by unit', '2025-01-01', '2025-03-31', 'unit'],
    ['Q1 2025 by age band', '2025-01-01', '2025-03-31', 'ageBand'],
    ['Q1 2025 by month', '2025-01-01', '2025-03-31', 'month'],
    ['2025 by unit', '2025-01-01', '2025-12-31', 'unit'],
    ['June 2024 by month', '2024-06-01', '2024-06-30', 'month'],
    ['2023–2025 by age band', '2023-01-01', '2025-12-31', 'ageBand'],
    ['a single day', '2024-02-29', '2024-02-29', 'unit'],
  ])('%s', async (_, from, to, groupBy) => {
    const want = await reference(from, to, groupBy);
    const got = await served(`from=${from}&to=${to}&groupBy=${groupBy}`);
    expect(rounded(got)).toEqual(rounded(want));
  });

  it('keeps what a window cut at the period would lose (Q1 2025)', async () => {
    const want = await reference('2025-01-01', '2025-03-31', 'unit');
    // the reference holds the three cases the look-back and whole-report loading exist for
    expect(want.frequentAbsentees).toContainEqual({ personId: SPECIAL.leaverFrequent, reports: 3 });
    expect(want.durationClasses.find((c) => c.key === 'langerDan730')?.count).toBeGreaterThanOrEqual(1);
    const got = await served('from=2025-01-01&to=2025-03-31&groupBy=unit');
    expect(got.frequentAbsentees).toContainEqual({ personId: SPECIAL.leaverFrequent, reports: 3 });
    expect(got.durationClasses.find((c: { key: string }) => c.key === 'langerDan730')).toEqual(
      want.durationClasses.find((c) => c.key === 'langerDan730'),
    );
    expect(got.totals.casesEnded).toBe(want.totals.casesEnded);
    expect(got.totals.gemiddeldeVerzuimduur).toBeCloseTo(want.totals.gemiddeldeVerzuimduur as number, 10);
  });

  it('gives a manager the same figures as the domain over their units’ full history', async () => {
    const want = await reference('2025-01-01', '2025-06-30', 'month', org.units.a);
    const got = await served('from=2025-01-01&to=2025-06-30&groupBy=month', 'manager');
    expect(rounded(got)).toEqual(rounded(want));
  });
});

describe('the two ways the rows travel', () => {
  it('gives the same rows as row-by-row results and as one json_agg value', async () => {
    // PostgreSQL gets rows, PGlite one JSON value; both forms run on either database, so the
    // test database checks that the JSON form keeps every value and type (dates as strings, …)
    const w = { from: '2025-01-01', to: '2025-03-31', lookBackFrom: '2024-04-01' };
    const id = org.organizationId;
    const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
    const [rowsE, jsonE, rowsR, jsonR] = await Promise.all([
      statsEmployments(t.deps.db, 'postgres', id, w),
      statsEmployments(t.deps.db, 'pglite', id, w),
      statsReports(t.deps.db, 'postgres', id, w),
      statsReports(t.deps.db, 'pglite', id, w),
    ]);
    expect(rowsE.length).toBeGreaterThan(50);
    expect(rowsR.some((r) => r.segmentFrom !== null)).toBe(true);
    expect(sorted(jsonE)).toEqual(sorted(rowsE));
    expect(sorted(jsonR)).toEqual(sorted(rowsR));
  });
});
