import { type AppDb, schema } from '@inzetbaar/db';
import { createRng, type Rng } from '@inzetbaar/db/demo/prng';
import type { PgTable } from 'drizzle-orm/pg-core';
import { createUserWithPassword } from '../apps/server/src/auth/create-user';
import { linkPersonToUser } from '../apps/server/src/modules/people/repo/people.repo';
import { insertRoleAssignment } from '../apps/server/src/modules/people/repo/roles.repo';
import type { Deps } from '../apps/server/src/platform/http/context';
import { dayOf, isoOf } from './lib/days';

/*
 * A deterministic organisation of N employees with three years of absence history (2023–2025):
 * departments of ~10 teams of ~25 people, part-time contracts, joiners, leavers and contract
 * changes; about 1.1 sick reports per person-year, mostly short spells, some long cases (> 1 year
 * possible), partial recovery segments on about half of the spells longer than four weeks, and 1 %
 * vangnet (Ziektewet safety-net) spells. Reports of one person less than 28 days apart share a case
 * whatever the cause (samentelregel). Comes out at about 4 % absence and 1.0 reports per person-year (2025), near the
 * Dutch all-sector averages (CBS).
 */

export const HISTORY_FROM = '2023-01-01';
export const HISTORY_TO = '2025-12-31';
export const HR_EMAIL = 'hr.bench@demo.inzetbaar.nl';
export const HR_PASSWORD = 'bench-password-not-secret';

type Insert<T extends PgTable> = T['$inferInsert'];
export type BenchData = {
  organization: Insert<typeof schema.organizations> & { id: string };
  units: (Insert<typeof schema.units> & { id: string })[];
  persons: (Insert<typeof schema.persons> & { id: string })[];
  employments: (Insert<typeof schema.employments> & { id: string })[];
  cases: (Insert<typeof schema.absenceCases> & { id: string })[];
  reports: (Insert<typeof schema.absenceReports> & { id: string })[];
  segments: Insert<typeof schema.absenceRecoverySegments>[];
};

/** Deterministic UUID-shaped ids: the kind in the first group, a counter in the last. */
const uid = (kind: number, n: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const HOURS = [
  [16, 10],
  [20, 15],
  [24, 25],
  [28, 20],
  [32, 15],
  [36, 15],
] as const;
/** Spell length in calendar days: [min, max] with weight. */
const DURATIONS: readonly (readonly [readonly [number, number], number])[] = [
  [[1, 3], 50],
  [[4, 7], 25],
  [[8, 28], 15],
  [[29, 90], 6],
  [[91, 365], 3],
  [[366, 700], 1],
];
const REPORTS_PER_YEAR = 1.1;
const JOBS = ['Verzorgende IG', 'Verpleegkundige', 'Helpende', 'Teamleider', 'Medewerker facilitair'];

const exponential = (rng: Rng, mean: number) => -Math.log(1 - rng.next()) * mean;

export function generate(n: number, seed = 20_251_128): BenchData {
  const rng = createRng(seed);
  const organizationId = uid(1, 1);
  const organization = {
    id: organizationId,
    name: `Benchorganisatie ${n}`,
    sbiSection: 'Q',
    fullTimeHours: 36,
  };
  const histFrom = dayOf(HISTORY_FROM);
  const histTo = dayOf(HISTORY_TO);
  const data: BenchData = {
    organization,
    units: [],
    persons: [],
    employments: [],
    cases: [],
    reports: [],
    segments: [],
  };
  const teams: string[] = [];
  const departments = Math.max(2, Math.round(n / 250));
  for (let d = 0; d < departments; d++) {
    const deptId = uid(2, data.units.length + 1);
    data.units.push({ id: deptId, organizationId, name: `Afdeling ${d + 1}`, parentId: null });
    for (let t = 0; t < 10; t++) {
      const id = uid(2, data.units.length + 1);
      data.units.push({ id, organizationId, name: `Team ${d + 1}.${t + 1}`, parentId: deptId });
      teams.push(id);
    }
  }
  const [earliestBirth, latestBirth] = [dayOf('1959-01-01'), dayOf('2006-12-31')];
  for (let i = 0; i < n; i++) {
    const personId = uid(3, i + 1);
    data.persons.push({
      id: personId,
      organizationId,
      givenName: `Medewerker${i + 1}`,
      surname: 'Bench',
      birthDate: isoOf(rng.int(earliestBirth, latestBirth)),
      employeeNumber: String(100_000 + i),
    });
    // 80 % employed before the history starts, 20 % join during it; 25 % leave during it
    const start = rng.chance(0.8)
      ? rng.int(dayOf('2000-01-01'), histFrom - 1)
      : rng.int(histFrom, histTo - 30);
    const leaves = rng.chance(0.25) ? rng.int(Math.max(start + 90, histFrom), histTo + 400) : null;
    const end = leaves !== null && leaves <= histTo ? leaves : null;
    let unitId = rng.pick(teams);
    let hours = rng.weighted(HOURS);
    const jobTitle = rng.pick(JOBS);
    // 10 % change contract (hours and sometimes team) once during the history
    const change = rng.chance(0.1) ? rng.int(Math.max(start, histFrom) + 30, end ?? histTo) : null;
    if (change !== null && change < (end ?? histTo)) {
      data.employments.push({
        id: uid(4, data.employments.length + 1),
        organizationId,
        personId,
        startDate: isoOf(start),
        endDate: isoOf(change - 1),
        hoursPerWeek: hours,
        jobTitle,
        unitId,
      });
      hours = rng.weighted(HOURS);
      if (rng.chance(0.3)) unitId = rng.pick(teams);
    }
    data.employments.push({
      id: uid(4, data.employments.length + 1),
      organizationId,
      personId,
      startDate: isoOf(change !== null && change < (end ?? histTo) ? change : start),
      endDate: end === null ? null : isoOf(end),
      hoursPerWeek: hours,
      jobTitle,
      unitId,
    });
    addAbsence(rng, data, personId, Math.max(start, histFrom), end ?? histTo, end === null);
  }
  return data;
}

function addAbsence(rng: Rng, data: BenchData, personId: string, from: number, to: number, stays: boolean) {
  const organizationId = data.organization.id;
  const histTo = dayOf(HISTORY_TO);
  let cursor = from;
  let lastCase: { row: BenchData['cases'][number]; end: number } | null = null;
  for (;;) {
    const start = cursor + Math.floor(exponential(rng, 365 / REPORTS_PER_YEAR));
    if (start > to) return;
    const [min, max] = rng.weighted(DURATIONS);
    let end: number | null = start + rng.int(min, max) - 1;
    if (end > to) end = stays && to === histTo ? null : to; // still sick at the end of the history
    const safetyNet = rng.chance(0.01);
    let caseRow: BenchData['cases'][number] | undefined =
      lastCase && start - lastCase.end <= 28 ? lastCase.row : undefined;
    if (!caseRow) {
      caseRow = {
        id: uid(5, data.cases.length + 1),
        organizationId,
        personId,
        firstSickDay: isoOf(start),
      };
      data.cases.push(caseRow);
    }
    caseRow.lastSickDay = end === null ? null : isoOf(end);
    const reportId = uid(6, data.reports.length + 1);
    data.reports.push({
      id: reportId,
      organizationId,
      caseId: caseRow.id,
      personId,
      startDate: isoOf(start),
      endDate: end === null ? null : isoOf(end),
      safetyNet,
      expectedDurationDays: rng.int(1, 14),
    });
    const length = (end ?? histTo) - start + 1;
    if (length > 28 && rng.chance(0.5)) {
      let from = start + rng.int(14, Math.max(15, Math.floor(length / 2)));
      for (const percentage of [rng.pick([50, 60, 75]), 25, 10].slice(0, rng.int(1, 3))) {
        if (from > (end ?? histTo)) break;
        data.segments.push({
          organizationId,
          reportId,
          fromDate: isoOf(from),
          incapacityPercentage: percentage,
        });
        from += rng.int(14, 60);
      }
    }
    if (end === null) return;
    lastCase = { row: caseRow, end };
    cursor = end + 2;
  }
}

export const rowCount = (d: BenchData): number =>
  1 +
  d.units.length +
  d.persons.length +
  d.employments.length +
  d.cases.length +
  d.reports.length +
  d.segments.length;

export class SeedAborted extends Error {
  constructor(
    readonly insertedRows: number,
    readonly elapsedMs: number,
  ) {
    super(`seed stopped after ${Math.round(elapsedMs / 1000)} s with ${insertedRows} rows inserted`);
  }
}

/**
 * Insert the data in one transaction, multi-row inserts of `chunk` rows, then create the HR user
 * (as apps/server/test/fixtures.ts does) and return its person id. Throws SeedAborted (rolled back)
 * when `limitMs` passes.
 */
export async function seed(
  deps: Deps,
  data: BenchData,
  opts: { chunk?: number; limitMs?: number } = {},
): Promise<{ hrPersonId: string; rows: number }> {
  const chunk = opts.chunk ?? 1000;
  const started = performance.now();
  let inserted = 0;
  const db: AppDb = deps.db;
  const hrPersonId = uid(3, 0);
  await db.transaction(async (tx) => {
    const bulk = async <T extends PgTable>(table: T, rows: readonly Insert<T>[]) => {
      for (let i = 0; i < rows.length; i += chunk) {
        await tx.insert(table).values(rows.slice(i, i + chunk) as Insert<T>[]);
        inserted += Math.min(chunk, rows.length - i);
        const elapsed = performance.now() - started;
        if (opts.limitMs && elapsed > opts.limitMs) throw new SeedAborted(inserted, elapsed);
      }
    };
    await bulk(schema.organizations, [data.organization]);
    await bulk(schema.units, data.units);
    await bulk(schema.persons, [
      ...data.persons,
      {
        id: hrPersonId,
        organizationId: data.organization.id,
        givenName: 'HR',
        surname: 'Bench',
        employeeNumber: 'HR-1',
      },
    ]);
    await bulk(schema.employments, [
      ...data.employments,
      {
        organizationId: data.organization.id,
        personId: hrPersonId,
        startDate: '2020-01-01',
        hoursPerWeek: 36,
        jobTitle: 'HR-adviseur',
        unitId: data.units[1]?.id ?? null,
      },
    ]);
    await bulk(schema.absenceCases, data.cases);
    await bulk(schema.absenceReports, data.reports);
    await bulk(schema.absenceRecoverySegments, data.segments);
  });
  const user = await createUserWithPassword(deps.auth, {
    email: HR_EMAIL,
    name: 'HR Bench',
    password: HR_PASSWORD,
  });
  await linkPersonToUser(deps.db, data.organization.id, hrPersonId, user.id);
  await insertRoleAssignment(deps.db, {
    organizationId: data.organization.id,
    personId: hrPersonId,
    role: 'hr',
    unitId: null,
  });
  return { hrPersonId, rows: inserted };
}
