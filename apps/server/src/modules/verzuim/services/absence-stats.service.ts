import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TAbsenceStats, TAbsenceStatsQuery } from '@inzetbaar/contracts';
import { daysBetween } from '@inzetbaar/domain';
import {
  type Absence,
  type AbsenceFigures,
  type AbsenceStats,
  type BreakdownGroup,
  benchmarkFor,
  computeValidatedAbsenceStats,
  DEFAULT_ABSENCE_STATS_OPTIONS,
  dataWindowStart,
  type Employee,
  type TCbsAbsenceTable,
  ZCbsAbsenceTable,
} from '@inzetbaar/domain/absence-stats/index';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Actor } from '../../../auth/actor';
import { hasRole } from '../../../auth/actor';
import { authorize, scopeFor } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { invalidField, notFound } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { findOrganization } from '../../people/repo/organizations.repo';
import { displayName } from '../../people/repo/people.repo';
import { descendantUnitIds, listUnits } from '../../people/repo/units.repo';
import { personNames } from '../repo/absence.repo';
import { type StatsEmploymentRow, statsEmployments, statsReports } from '../repo/absence-stats.repo';
import { employedOn, unitOnDay } from './absence-directory';

/** Never show health figures of fewer people than this (domain-rules §2.5; the domain's floor). */
export const MIN_GROUP_SIZE = 5;
const MAX_PERIOD_DAYS = 366 * 5;

/** Rows grouped by a key in one pass (rows of a person or a report arrive in no particular order). */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

let cbsTable: TCbsAbsenceTable | null = null;
/** CBS StatLine 80072NED, bundled in data/cbs (CC BY 4.0: the attribution goes with every figure). */
function cbs(): TCbsAbsenceTable {
  cbsTable ??= ZCbsAbsenceTable.parse(
    JSON.parse(
      readFileSync(
        join(dirname(fileURLToPath(import.meta.url)), '../../../../../../data/cbs/absence-80072NED.json'),
        'utf8',
      ),
    ),
  );
  return cbsTable;
}

const figures = (f: AbsenceFigures) => ({
  employees: f.employees,
  averageHeadcount: f.averageHeadcount,
  verzuimpercentage: f.verzuimpercentage,
  meldingsfrequentie: f.meldingsfrequentie,
  gemiddeldeVerzuimduur: f.gemiddeldeVerzuimduur,
  nulverzuim: f.nulverzuim,
  reports: f.reports,
  casesEnded: f.casesEnded,
});

/**
 * Absence statistics of the actor's population (CBS/Vernet definitions, computed by the domain):
 *  - hr: the organisation; a manager: the people whose unit at the period end is one they manage;
 *    the works council: the organisation, aggregates only;
 *  - breakdown groups under 5 people are suppressed (by the domain, with complementary
 *    suppression against differencing); for managers and the works council the totals too
 *    when the whole population is under 5;
 *  - frequent absentees (individuals) only for roles that see individual absence (hr, manager);
 *  - the CBS 80072NED benchmark for the organisation's SBI sector and size class.
 */
export async function absenceStatistics(
  deps: Deps,
  actor: Actor,
  q: TAbsenceStatsQuery,
): Promise<TAbsenceStats> {
  const scope = authorize(actor, 'absence.stats');
  const organizationId = actor.organizationId as string;
  if (q.to < q.from) throw invalidField('to', 'end_before_start');
  if (daysBetween(q.from, q.to) > MAX_PERIOD_DAYS) throw invalidField('to', 'period_too_long');
  const w = { from: q.from, to: q.to, lookBackFrom: dataWindowStart(q.from, q.to) };
  // Only what the period needs (docs/absence-statistics.md, "What the server loads"); on PostgreSQL
  // the queries run side by side, PGlite takes them one after the other.
  const [org, unitRows, employmentRows, reportRows] = await Promise.all([
    findOrganization(deps.db, organizationId),
    listUnits(deps.db, organizationId),
    statsEmployments(deps.db, deps.driver, organizationId, w),
    statsReports(deps.db, deps.driver, organizationId, w),
  ]);
  if (!org) throw notFound();
  const units = new Map(unitRows.map((u) => [u.id, u]));
  if (q.unitId && !units.has(q.unitId)) throw invalidField('unitId', 'unknown_reference');
  if (q.unitId && scope === 'unit' && !actor.managedUnitIds.has(q.unitId)) throw notFound();
  const wanted = q.unitId ? descendantUnitIds(unitRows, [q.unitId]) : null;
  const inPopulation = (unit: string | null) => {
    if (scope === 'unit' && !(unit && actor.managedUnitIds.has(unit))) return false;
    return !wanted || (unit !== null && wanted.has(unit));
  };

  const byPerson = groupBy(employmentRows, (e) => e.personId);
  const employmentsOf = new Map<string, StatsEmploymentRow[]>();
  const employees: Employee[] = [];
  // everyone employed on `to` is employed in the period, so among the loaded people
  let orgHeadcount = 0;
  for (const [personId, list] of byPerson) {
    list.sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
    if (employedOn(list, q.to)) orgHeadcount++;
    const unitId = unitOnDay(list, q.to);
    if (!inPopulation(unitId)) continue;
    employmentsOf.set(personId, list);
    const birthDate = list[0]?.birthDate;
    employees.push({
      id: personId,
      ...(birthDate ? { birthDate } : {}),
      ...(unitId ? { unitId } : {}),
      employments: list.map((e) => ({ start: e.startDate, end: e.endDate, hoursPerWeek: e.hoursPerWeek })),
    });
  }
  // One pass over the report rows (one per segment): no array per report, which at 10⁵ reports
  // was mostly work for the garbage collector.
  const absenceOf = new Map<string, Absence | null>();
  for (const r of reportRows) {
    let a = absenceOf.get(r.id);
    if (a === undefined) {
      const list = employmentsOf.get(r.personId);
      // a report can only be made inside an employment; one left outside by a later contract edit is skipped
      a =
        list && employedOn(list, r.startDate)
          ? {
              employeeId: r.personId,
              start: r.startDate,
              end: r.endDate,
              // A vangnet report is sickness and counts as such: CBS leaves out pregnancy and maternity
              // LEAVE, not sickness (data/cbs/SOURCE.md). The employer records only whether a vangnet
              // applies, never which, so there is nothing to leave out either.
            }
          : null;
      absenceOf.set(r.id, a);
    }
    if (a === null || r.segmentFrom === null || r.segmentPercentage === null) continue;
    const segment = { from: r.segmentFrom, percentage: r.segmentPercentage };
    if (a.segments) a.segments.push(segment);
    else a.segments = [segment];
  }
  const absences: Absence[] = [];
  for (const a of absenceOf.values()) {
    if (a === null) continue;
    if (a.segments && a.segments.length > 1) a.segments.sort((x, y) => (x.from < y.from ? -1 : 1));
    absences.push(a);
  }

  // The records come from the database, where the write paths keep them valid (no overlapping
  // reports, end after start, segments inside their report; reports outside an employment are
  // skipped above): the per-record validation of computeAbsenceStats would only repeat that, at
  // ~40 % of the computation at 100,000 employees.
  const stats = computeValidatedAbsenceStats(
    { from: q.from, to: q.to, fullTimeHours: org.fullTimeHours, employees, absences },
    {
      ...DEFAULT_ABSENCE_STATS_OPTIONS,
      minGroupSize: MIN_GROUP_SIZE,
      subPeriod: q.groupBy === 'month' ? 'month' : 'quarter',
    },
  );
  const seesAll = scope === 'organization' && hasRole(actor, 'hr');
  const tooSmall = !seesAll && stats.totals.employees < MIN_GROUP_SIZE;
  const breakdown: BreakdownGroup[] =
    q.groupBy === 'unit'
      ? stats.breakdowns.byUnit
      : q.groupBy === 'ageBand'
        ? stats.breakdowns.byAgeBand
        : stats.breakdowns.bySubPeriod;
  const individual = scopeFor(actor, 'absence.signals') !== null;
  const bench = benchmarkFor(cbs(), {
    sbiSection: org.sbiSection,
    ...(org.sbiDivision ? { sbiCode: org.sbiDivision } : {}),
    employeeCount: orgHeadcount,
    year: Number(q.to.slice(0, 4)),
  });
  const figure = (f: typeof bench.sector) => ({
    key: f.key,
    title: f.title,
    percentage: f.percentage,
    year: f.year,
    quarter: f.quarter,
    isProvisional: f.isProvisional,
  });
  return {
    period: stats.period,
    groupBy: q.groupBy,
    minGroupSize: MIN_GROUP_SIZE,
    totals: tooSmall ? null : figures(stats.totals),
    durationClasses: tooSmall ? null : stats.durationClasses.ended,
    groups: tooSmall
      ? []
      : breakdown.map((g) => ({
          key: g.key,
          label: q.groupBy === 'unit' ? (g.key ? (units.get(g.key)?.name ?? g.key) : null) : g.key,
          suppressed: g.suppressed,
          reason: g.suppressed ? g.reason : null,
          figures: g.suppressed ? null : figures(g),
        })),
    frequentAbsentees: individual && !tooSmall ? await namesOf(deps, organizationId, stats) : null,
    benchmark: {
      sector: figure(bench.sector),
      size: figure(bench.size),
      fallback: bench.fallback,
      attribution: bench.attribution,
    },
  };
}

/** The frequent absentees with their names (a second, small query: only these people's names). */
async function namesOf(deps: Deps, organizationId: string, stats: AbsenceStats) {
  const list = stats.frequentAbsentees.employees;
  const names = new Map(
    (
      await personNames(
        deps.db,
        organizationId,
        list.map((e) => e.employeeId),
      )
    ).map((p) => [p.id, displayName(p)]),
  );
  return list.map((e) => ({
    personId: e.employeeId,
    personName: names.get(e.employeeId) ?? '?',
    reports: e.reports,
  }));
}

const COLUMNS = [
  ['group', 'Groep'],
  ['employees', 'Medewerkers'],
  ['averageHeadcount', 'Gemiddelde bezetting'],
  ['verzuimpercentage', 'Verzuimpercentage'],
  ['meldingsfrequentie', 'Meldingsfrequentie'],
  ['gemiddeldeVerzuimduur', 'Gemiddelde verzuimduur (dagen)'],
  ['nulverzuim', 'Nulverzuim (%)'],
  ['reports', 'Ziekmeldingen'],
  ['casesEnded', 'Beëindigde gevallen'],
] as const;

type Row = Record<(typeof COLUMNS)[number][0], string | number | null>;

/** The statistics as CSV (semicolons, decimal commas, BOM: Dutch Excel) or XLSX. */
export async function exportAbsenceStatistics(
  deps: Deps,
  actor: Actor,
  q: TAbsenceStatsQuery & { format: 'csv' | 'xlsx' },
) {
  const stats = await absenceStatistics(deps, actor, q);
  const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
  const row = (group: string, f: NonNullable<TAbsenceStats['totals']> | null): Row => ({
    group,
    employees: f?.employees ?? null,
    averageHeadcount: round(f?.averageHeadcount ?? null),
    verzuimpercentage: round(f?.verzuimpercentage ?? null),
    meldingsfrequentie: round(f?.meldingsfrequentie ?? null),
    gemiddeldeVerzuimduur: round(f?.gemiddeldeVerzuimduur ?? null),
    nulverzuim: round(f?.nulverzuim ?? null),
    reports: f?.reports ?? null,
    casesEnded: f?.casesEnded ?? null,
  });
  const rows: Row[] = [row(`Totaal ${stats.period.from} t/m ${stats.period.to}`, stats.totals)];
  for (const g of stats.groups)
    rows.push(
      row(
        g.suppressed
          ? `${g.label ?? g.key ?? 'onbekend'} (verborgen: minder dan ${stats.minGroupSize} personen)`
          : (g.label ?? g.key ?? 'onbekend'),
        g.figures,
      ),
    );
  for (const b of [stats.benchmark.sector, stats.benchmark.size])
    if (b)
      rows.push({
        ...row(`CBS ${b.title} ${b.year}${b.quarter ? ` K${b.quarter}` : ''}`, null),
        verzuimpercentage: b.percentage,
      });
  await recordAudit(deps.db, actor, actor.organizationId as string, {
    action: 'absence_stats.exported',
    resourceType: 'absence_stats',
    details: { format: q.format, from: q.from, to: q.to, unitId: q.unitId ?? null, groupBy: q.groupBy },
  });
  const stamp = today(deps.clock);
  if (q.format === 'csv') {
    const data = rows.map((r) =>
      Object.fromEntries(
        COLUMNS.map(([k, h]) => [
          h,
          typeof r[k] === 'number' ? String(r[k]).replace('.', ',') : (r[k] ?? ''),
        ]),
      ),
    );
    const csv = `\uFEFF${Papa.unparse(data, { delimiter: ';', columns: COLUMNS.map(([, h]) => h) })}\r\n${stats.benchmark.attribution}\r\n`;
    return {
      data: Buffer.from(csv, 'utf8'),
      contentType: 'text/csv; charset=utf-8',
      fileName: `verzuim-${stamp}.csv`,
    };
  }
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Verzuim');
  sheet.columns = COLUMNS.map(([k, header]) => ({ header, key: k, width: k === 'group' ? 48 : 18 }));
  sheet.addRows(rows);
  sheet.addRow({ group: stats.benchmark.attribution });
  sheet.getRow(1).font = { bold: true };
  return {
    data: Buffer.from(await book.xlsx.writeBuffer()),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName: `verzuim-${stamp}.xlsx`,
  };
}
