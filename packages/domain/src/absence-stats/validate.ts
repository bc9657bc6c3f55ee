import { z } from 'zod';
import { ZAbsenceStatsOptions, ZStatsAbsence, ZStatsDate, ZStatsEmployee } from './absence-stats.schema';
import { AbsenceStatsInputError, type AbsenceStatsIssue, formatPath } from './errors';
import { checkOptions, DEFAULT_ABSENCE_STATS_OPTIONS } from './options';
import type { Absence, AbsenceStatsInput, AbsenceStatsOptions, Employee } from './types';

// The document is checked in parts so that a bad period does not hide the errors in the records.
const ZLists = z.object({
  employees: z.array(z.unknown()),
  absences: z.array(z.unknown()),
  options: z.unknown().optional(),
});
const ZPeriod = z.object({ from: ZStatsDate, to: ZStatsDate, fullTimeHours: z.number().positive().max(168) });

type Indexed<T> = { index: number; value: T };

const toIssues = (error: z.ZodError, prefix: PropertyKey[]): AbsenceStatsIssue[] =>
  error.issues.map((i) => {
    const custom = i.code === 'custom' ? (i.params as { code?: string } | undefined)?.code : undefined;
    return { path: formatPath([...prefix, ...i.path]), code: custom ?? i.code, message: i.message };
  });

/**
 * Validates untyped input (the JSON shape, optionally with an `options` key) and returns it typed,
 * with the options resolved against the defaults. Each record is checked on its own, so one bad
 * absence does not hide the errors of the others; then the cross-record rules run on the records
 * that are well-formed. Throws `AbsenceStatsInputError` listing every bad field path.
 */
export function parseAbsenceStatsInput(
  raw: unknown,
  optionOverrides: Partial<AbsenceStatsOptions> = {},
): { input: AbsenceStatsInput; options: AbsenceStatsOptions } {
  const period = ZPeriod.safeParse(raw);
  const lists = ZLists.safeParse(raw);
  const issues: AbsenceStatsIssue[] = period.success ? [] : toIssues(period.error, []);
  if (!lists.success) {
    const more = toIssues(lists.error, []).filter(
      (i) => !issues.some((j) => j.path === i.path && j.code === i.code),
    );
    throw new AbsenceStatsInputError([...issues, ...more]);
  }

  const employees: Indexed<Employee>[] = [];
  const namedIds = new Set<string>(); // ids of every employee record, well-formed or not
  lists.data.employees.forEach((value, index) => {
    const id = (value as { id?: unknown } | null)?.id;
    if (typeof id === 'string') namedIds.add(id);
    const r = ZStatsEmployee.safeParse(value);
    if (r.success) employees.push({ index, value: r.data });
    else issues.push(...toIssues(r.error, ['employees', index]));
  });
  const absences: Indexed<Absence>[] = [];
  lists.data.absences.forEach((value, index) => {
    const r = ZStatsAbsence.safeParse(value);
    if (r.success) absences.push({ index, value: r.data });
    else issues.push(...toIssues(r.error, ['absences', index]));
  });

  // Options from the document, then the caller's; unknown keys are rejected to catch typos.
  const fromDoc = ZAbsenceStatsOptions.strict().optional().safeParse(lists.data.options);
  const fromCaller = ZAbsenceStatsOptions.strict().safeParse(optionOverrides);
  if (!fromDoc.success) issues.push(...toIssues(fromDoc.error, ['options']));
  if (!fromCaller.success) issues.push(...toIssues(fromCaller.error, ['options']));
  let options = DEFAULT_ABSENCE_STATS_OPTIONS;
  if (fromDoc.success && fromCaller.success) {
    options = {
      ...DEFAULT_ABSENCE_STATS_OPTIONS,
      ...definedOnly(fromDoc.data),
      ...definedOnly(fromCaller.data),
    };
    issues.push(...checkOptions(options));
  }

  if (period.success && period.data.to < period.data.from)
    issues.push({ path: 'to', code: 'end_before_start', message: `period ends before ${period.data.from}` });
  issues.push(...crossRecordIssues(employees, absences, namedIds));
  if (issues.length > 0 || !period.success) throw new AbsenceStatsInputError(issues);
  return {
    input: {
      ...period.data,
      employees: employees.map((e) => e.value),
      absences: absences.map((a) => a.value),
    },
    options,
  };
}

/** Rules across fields and records: ordering of dates, references, and overlaps. */
function crossRecordIssues(
  employees: Indexed<Employee>[],
  absences: Indexed<Absence>[],
  namedIds: Set<string>,
): AbsenceStatsIssue[] {
  const issues: AbsenceStatsIssue[] = [];
  const byId = new Map<string, Employee>();
  const badEmployments = new Set<string>(); // their absences are not checked against employments
  for (const { index, value: e } of employees) {
    if (byId.has(e.id))
      issues.push({ path: `employees[${index}].id`, code: 'duplicate_id', message: `duplicate id ${e.id}` });
    else byId.set(e.id, e);
    e.employments.forEach((j, k) => {
      if (j.end !== null && j.end < j.start) {
        badEmployments.add(e.id);
        issues.push({
          path: `employees[${index}].employments[${k}].end`,
          code: 'end_before_start',
          message: `ends before ${j.start}`,
        });
      }
    });
  }

  const perEmployee = new Map<string, Indexed<Absence>[]>();
  for (const entry of absences) {
    const { index, value: a } = entry;
    const at = `absences[${index}]`;
    const employee = byId.get(a.employeeId);
    if (!employee) {
      if (!namedIds.has(a.employeeId))
        issues.push({
          path: `${at}.employeeId`,
          code: 'unknown_employee',
          message: `no employee with id ${a.employeeId}`,
        });
      continue; // a malformed employee record was reported already
    }
    if (a.end !== null && a.end < a.start) {
      issues.push({
        path: `${at}.end`,
        code: 'end_before_start',
        message: `last sick day before ${a.start}`,
      });
      continue;
    }
    if (!badEmployments.has(a.employeeId) && !isWithinEmployment(employee, a.start))
      issues.push({
        path: `${at}.start`,
        code: 'outside_employment',
        message: `employee ${a.employeeId} has no employment on ${a.start}`,
      });
    (a.segments ?? []).forEach((s, k) => {
      const prev = a.segments?.[k - 1];
      if (s.from < a.start || (a.end !== null && s.from > a.end))
        issues.push({
          path: `${at}.segments[${k}].from`,
          code: 'outside_case',
          message: 'not within the case',
        });
      else if (prev && s.from <= prev.from)
        issues.push({
          path: `${at}.segments[${k}].from`,
          code: 'not_ascending',
          message: `not after ${prev.from}`,
        });
    });
    const list = perEmployee.get(a.employeeId);
    if (list) list.push(entry);
    else perEmployee.set(a.employeeId, [entry]);
  }

  // One person cannot be in two cases at once: overlapping cases would count days twice.
  for (const list of perEmployee.values()) {
    if (list.length < 2) continue;
    if (!isSortedByStart(list))
      list.sort((x, y) => (x.value.start < y.value.start ? -1 : x.value.start > y.value.start ? 1 : 0));
    let last = list[0] as Indexed<Absence>;
    for (let i = 1; i < list.length; i++) {
      const cur = list[i] as Indexed<Absence>;
      const lastEnd = last.value.end;
      if (lastEnd === null || cur.value.start <= lastEnd)
        issues.push({
          path: `absences[${cur.index}].start`,
          code: 'overlapping_case',
          message: `overlaps absences[${last.index}] of employee ${cur.value.employeeId}`,
        });
      if (lastEnd !== null && (cur.value.end === null || cur.value.end > lastEnd)) last = cur;
    }
  }
  return issues;
}

/** ISO dates compare as strings; a plain loop because this runs once per absence (10⁵–10⁶ times). */
function isWithinEmployment(e: Employee, day: string): boolean {
  for (const j of e.employments) if (j.start <= day && (j.end === null || day <= j.end)) return true;
  return false;
}

function isSortedByStart(list: Indexed<Absence>[]): boolean {
  for (let i = 1; i < list.length; i++)
    if ((list[i] as Indexed<Absence>).value.start < (list[i - 1] as Indexed<Absence>).value.start)
      return false;
  return true;
}

/** `{ a: undefined }` means "not given", so it must not overwrite a default when spread. */
function definedOnly<T extends object>(o: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
