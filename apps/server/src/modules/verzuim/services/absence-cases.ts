import type {
  TAbsenceCase,
  TAbsenceCaseSummary,
  TAbsenceEvaluation,
  TAbsenceListQuery,
  TAbsencePlan,
  TAbsenceReport,
  TCorrectReport,
  TCreateEvaluation,
  TFullRecovery,
  TMilestoneDone,
  TPartialRecovery,
  TReportSick,
  TSavePlan,
  TUpdateAbsenceCase,
} from '@inzetbaar/contracts';
import type { DbOrTx } from '@inzetbaar/db';
import { addDays } from '@inzetbaar/domain';
import { buildCases } from '@inzetbaar/domain/poortwachter/index';
import type { Actor } from '../../../auth/actor';
import { type Action, authorize, inScope, scopeFor } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { AppError, invalidField, notFound, staleVersion } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { employmentsOfPerson, findPerson } from '../../people/repo/people.repo';
import {
  type AbsenceCaseRow,
  type AbsenceReportRow,
  accidentsOfPerson,
  capabilitiesOfCase,
  completionsOfCases,
  evaluationsOfCase,
  findCase,
  findPlan,
  insertCase,
  insertEvaluation,
  insertPlan,
  insertReport,
  listCases,
  type PlanRow,
  reportsOfCase,
  reportsOfCases,
  reportsOfPerson,
  segmentsOfReports,
  syncCaseDates,
  updateCase,
  updatePlan,
  updateReport,
  upsertCompletion,
  upsertSegment,
} from '../repo/absence.repo';
import { caseScopeDay, type Directory, employedOn, loadDirectory, scopeUnitsOn } from './absence-directory';
import { presentCapabilities } from './absence-medical';
import { attentionOf, presentMilestones, rulesFor, summaryOf, timelineOf } from './absence-timeline';

const orgOf = (actor: Actor) => actor.organizationId as string;

/**
 * Load a case and check the actor may perform `action` on its person (404 when out of scope). A
 * manager's scope is the unit the case runs in (caseScopeDay), not every unit the person was in.
 */
export async function loadCase(
  db: DbOrTx,
  actor: Actor,
  caseId: string,
  action: Action,
  day: string = today(SYSTEM_CLOCK),
) {
  const organizationId = orgOf(actor);
  const c = await findCase(db, organizationId, caseId);
  if (!c) throw notFound();
  const employments = await employmentsOfPerson(db, organizationId, c.personId);
  authorize(actor, action, {
    personId: c.personId,
    unitIds: scopeUnitsOn(employments, caseScopeDay(c, day)),
  });
  return c;
}

const SYSTEM_CLOCK = { now: () => new Date() };

const can = (actor: Actor, action: Action, personId: string, unitIds: (string | null)[]) => {
  const scope = scopeFor(actor, action);
  return !!scope && inScope(actor, scope, { personId, unitIds });
};

function presentReport(
  r: AbsenceReportRow,
  segments: { reportId: string; fromDate: string; incapacityPercentage: number }[],
): TAbsenceReport {
  return {
    id: r.id,
    startDate: r.startDate,
    endDate: r.endDate,
    safetyNet: r.safetyNet,
    contactPhone: r.contactPhone,
    contactAddress: r.contactAddress,
    expectedDurationDays: r.expectedDurationDays,
    currentWork: r.currentWork,
    workAccident: r.workAccident,
    liableThirdParty: r.liableThirdParty,
    segments: segments
      .filter((s) => s.reportId === r.id)
      .map((s) => ({ from: s.fromDate, workPercentage: Math.round(100 - s.incapacityPercentage) })),
    version: r.version,
  };
}

function presentPlan(plan: PlanRow | undefined, dir: Directory): TAbsencePlan {
  if (!plan)
    return {
      goals: '',
      agreedActivities: '',
      adaptedWork: '',
      reducedHoursPerWeek: null,
      casemanagerPersonId: null,
      casemanagerName: null,
      spoor1: '',
      spoor2Status: 'not_decided',
      spoor2StartedOn: null,
      spoor2Notes: '',
      agreedOn: null,
      version: 0,
    };
  return {
    goals: plan.goals,
    agreedActivities: plan.agreedActivities,
    adaptedWork: plan.adaptedWork,
    reducedHoursPerWeek: plan.reducedHoursPerWeek,
    casemanagerPersonId: plan.casemanagerPersonId,
    casemanagerName: plan.casemanagerPersonId ? dir.name(plan.casemanagerPersonId) : null,
    spoor1: plan.spoor1,
    spoor2Status: plan.spoor2Status,
    spoor2StartedOn: plan.spoor2StartedOn,
    spoor2Notes: plan.spoor2Notes,
    agreedOn: plan.agreedOn,
    version: plan.version,
  };
}

async function presentEvaluations(
  db: DbOrTx,
  organizationId: string,
  caseId: string,
  dir: Directory,
): Promise<TAbsenceEvaluation[]> {
  return (await evaluationsOfCase(db, organizationId, caseId)).map((e) => ({
    id: e.id,
    date: e.date,
    summary: e.summary,
    adjustments: e.adjustments,
    authorName: e.authorPersonId ? dir.name(e.authorPersonId) : null,
    createdAt: e.createdAt.toISOString(),
  }));
}

/** The full case page: summary, reports, Poortwachter timeline as of today, plan, evaluations, capabilities. */
async function presentCase(db: DbOrTx, deps: Deps, actor: Actor, c: AbsenceCaseRow): Promise<TAbsenceCase> {
  const organizationId = c.organizationId;
  const day = today(deps.clock);
  const dir = await loadDirectory(db, organizationId);
  const reports = await reportsOfCase(db, organizationId, c.id);
  const [segments, completions, plan, evaluations, capabilities] = await Promise.all([
    segmentsOfReports(
      db,
      organizationId,
      reports.map((r) => r.id),
    ),
    completionsOfCases(db, organizationId, [c.id]),
    findPlan(db, organizationId, c.id),
    presentEvaluations(db, organizationId, c.id, dir),
    capabilitiesOfCase(db, organizationId, c.id),
  ]);
  const timeline = timelineOf(c, reports, completions, day, dir.employments.get(c.personId));
  const unitIds = dir.unitIds(c.personId, caseScopeDay(c, day));
  // A work accident: link to the accident register (Arbowet art. 9) for those who may read it.
  const accidents = [];
  if (scopeFor(actor, 'accident.read'))
    for (const r of reports.filter((x) => x.workAccident))
      accidents.push(
        ...(await accidentsOfPerson(
          db,
          organizationId,
          c.personId,
          addDays(r.startDate, -14),
          r.endDate ?? day,
        )),
      );
  return {
    ...summaryOf(c, reports, segments, timeline, dir, day),
    asOf: day,
    ruleSet: rulesFor(day).id,
    relapseMergesUntil: timeline.relapseMergesUntil,
    loonsanctieWeeks: c.loonsanctieWeeks,
    reports: reports.map((r) => presentReport(r, segments)),
    milestones: presentMilestones(timeline, completions),
    plan: presentPlan(plan, dir),
    evaluations,
    capabilities: capabilities.map((k) => presentCapabilities(k, dir)),
    accidents: [...new Map(accidents.map((a) => [a.id, a])).values()],
    permissions: {
      manage: can(actor, 'absence.manage', c.personId, unitIds),
      casework: can(actor, 'absence.casework', c.personId, unitIds),
      medical: can(actor, 'medical.read', c.personId, unitIds),
      writeCapabilities: can(actor, 'capabilities.write', c.personId, unitIds),
      correct: can(actor, 'absence.casework', c.personId, unitIds),
    },
  };
}

/* ---------------------------------------------------------------- report sick */

export async function reportSick(deps: Deps, actor: Actor, input: TReportSick): Promise<TAbsenceCase> {
  const organizationId = orgOf(actor);
  const day = today(deps.clock);
  return deps.db.transaction(async (tx) => {
    const person = await findPerson(tx, organizationId, input.personId);
    const employments = person ? await employmentsOfPerson(tx, organizationId, input.personId) : [];
    // A person outside the reporter's scope is indistinguishable from one that does not exist.
    if (
      !person ||
      !can(
        actor,
        'absence.report',
        input.personId,
        employments.map((e) => e.unitId),
      )
    )
      throw invalidField('personId', 'unknown_reference');
    if (input.startDate > day) throw invalidField('startDate', 'in_future');
    if (!employedOn(employments, input.startDate)) throw invalidField('startDate', 'outside_employment');
    const earlier = await reportsOfPerson(tx, organizationId, input.personId);
    if (earlier.some((r) => r.endDate === null))
      throw new AppError(409, 'already_sick', [{ field: 'personId', code: 'already_sick' }]);
    if (earlier.some((r) => (r.endDate as string) >= input.startDate))
      throw invalidField('startDate', 'overlapping_report');

    // The samentelregel decides whether this report opens a new case or is added to an earlier one
    // — whatever the cause: a vangnet report joins the case like any other (art. 7:629 lid 10 BW).
    const periods = [...earlier, { startDate: input.startDate, endDate: null }].map((r) => ({
      start: r.startDate,
      end: r.endDate,
    }));
    const built = buildCases(periods, rulesFor(day)).find((c) =>
      c.periods.some((p) => p.start === input.startDate),
    );
    const joined = earlier.find((r) => built?.periods.some((p) => p.start === r.startDate));
    const caseRow = joined
      ? ((await findCase(tx, organizationId, joined.caseId)) as AbsenceCaseRow)
      : await insertCase(tx, {
          organizationId,
          personId: input.personId,
          firstSickDay: input.startDate,
        });
    const { personId, startDate, ...fields } = input;
    const report = await insertReport(tx, {
      organizationId,
      caseId: caseRow.id,
      personId,
      startDate,
      ...fields,
      reportedByPersonId: actor.personId,
    });
    await syncCaseDates(tx, organizationId, caseRow.id, deps.clock.now());
    await recordAudit(tx, actor, organizationId, {
      action: 'absence.reported',
      resourceType: 'absence_case',
      resourceId: caseRow.id,
      subjectPersonId: personId,
      details: { reportId: report.id, startDate, relapse: Boolean(joined) },
    });
    return presentCase(tx, deps, actor, (await findCase(tx, organizationId, caseRow.id)) as AbsenceCaseRow);
  });
}

/* ---------------------------------------------------------------- list and view */

export async function listAbsenceCases(deps: Deps, actor: Actor, query: TAbsenceListQuery) {
  authorize(actor, 'absence.read');
  const organizationId = orgOf(actor);
  const day = today(deps.clock);
  const all = await listCases(deps.db, organizationId, {
    status: query.status,
    ...(query.personId ? { personId: query.personId } : {}),
  });
  // the directory of the people these cases are about, not of the whole organisation (issue #10);
  // past a few thousand people one query for all is cheaper than a long id list
  const personIds = [...new Set(all.map((c) => c.personId))];
  const dir = await loadDirectory(deps.db, organizationId, personIds.length <= 2_000 ? personIds : undefined);
  const unitFilter = query.unitId ? dir.subtree(query.unitId) : null;
  const cases = all.filter(
    (c) =>
      dir.canOn(actor, 'absence.read', c.personId, caseScopeDay(c, day)) &&
      (!unitFilter || unitFilter.has(dir.unitOf(c.personId, day) ?? '')),
  );
  const ids = cases.map((c) => c.id);
  const [reports, completions] = await Promise.all([
    reportsOfCases(deps.db, organizationId, ids),
    completionsOfCases(deps.db, organizationId, ids),
  ]);
  // group once: a filter per case would be cases × reports
  const group = <T>(rows: T[], key: (row: T) => string) => {
    const out = new Map<string, T[]>();
    for (const row of rows) {
      const list = out.get(key(row));
      if (list) list.push(row);
      else out.set(key(row), [row]);
    }
    return out;
  };
  const reportsOf = group(reports, (r) => r.caseId);
  const completionsOf = group(completions, (d) => d.caseId);
  // The order (next deadline first) and the overdue filter need every case's timeline; the
  // summaries, with their recovery segments, are built for the page only.
  let ordered = cases.map((c) => {
    const timeline = timelineOf(
      c,
      reportsOf.get(c.id) ?? [],
      completionsOf.get(c.id) ?? [],
      day,
      dir.employments.get(c.personId),
    );
    const overdue = timeline.milestones.some((m) => m.status === 'overdue');
    return { c, timeline, overdue, attention: attentionOf(timeline) };
  });
  if (query.overdue === 'true') ordered = ordered.filter((o) => o.overdue);
  if (query.overdue === 'false') ordered = ordered.filter((o) => !o.overdue);
  // Next deadline first (an overdue one is the most urgent of all); cases without deadlines last.
  ordered.sort((a, b) => {
    const da = a.attention;
    const db = b.attention;
    if (da !== db) return da === null ? 1 : db === null ? -1 : da < db ? -1 : 1;
    return a.timeline.firstSickDay < b.timeline.firstSickDay ? -1 : 1;
  });
  const start = (query.page - 1) * query.pageSize;
  const page = ordered.slice(start, start + query.pageSize);
  const pageReports = page.flatMap((o) => reportsOf.get(o.c.id) ?? []);
  const segmentsOf = group(
    await segmentsOfReports(
      deps.db,
      organizationId,
      pageReports.map((r) => r.id),
    ),
    (s) => s.reportId,
  );
  const items: TAbsenceCaseSummary[] = page.map(({ c, timeline }) => {
    const own = reportsOf.get(c.id) ?? [];
    const ownSegments = own.flatMap((r) => segmentsOf.get(r.id) ?? []);
    return summaryOf(c, own, ownSegments, timeline, dir, day);
  });
  return { items, total: ordered.length, page: query.page, pageSize: query.pageSize };
}

export async function viewAbsenceCase(deps: Deps, actor: Actor, caseId: string): Promise<TAbsenceCase> {
  return deps.db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'absence.read');
    // An absence file is sensitive: the person sees on "wie heeft mijn dossier bekeken" who looked.
    if (c.personId !== actor.personId)
      await recordAudit(tx, actor, c.organizationId, {
        action: 'absence.viewed',
        resourceType: 'absence_case',
        resourceId: c.id,
        subjectPersonId: c.personId,
      });
    return presentCase(tx, deps, actor, c);
  });
}

/* ---------------------------------------------------------------- recovery and corrections */

async function openReportOf(tx: DbOrTx, c: AbsenceCaseRow) {
  const reports = await reportsOfCase(tx, c.organizationId, c.id);
  const last = reports.at(-1);
  if (!last || last.endDate !== null) throw new AppError(409, 'not_sick');
  return last;
}

export async function reportPartialRecovery(
  deps: Deps,
  actor: Actor,
  caseId: string,
  input: TPartialRecovery,
): Promise<TAbsenceCase> {
  const day = today(deps.clock);
  return deps.db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'absence.report');
    const report = await openReportOf(tx, c);
    if (input.from > day) throw invalidField('from', 'in_future');
    if (input.from <= report.startDate) throw invalidField('from', 'before_sick_report');
    await upsertSegment(tx, {
      organizationId: c.organizationId,
      reportId: report.id,
      fromDate: input.from,
      incapacityPercentage: 100 - input.workPercentage,
      createdByPersonId: actor.personId,
    });
    await recordAudit(tx, actor, c.organizationId, {
      action: 'absence.partially_recovered',
      resourceType: 'absence_case',
      resourceId: c.id,
      subjectPersonId: c.personId,
      details: { reportId: report.id, from: input.from, workPercentage: input.workPercentage },
    });
    return presentCase(tx, deps, actor, c);
  });
}

export async function reportFullRecovery(
  deps: Deps,
  actor: Actor,
  caseId: string,
  input: TFullRecovery,
): Promise<TAbsenceCase> {
  const day = today(deps.clock);
  return deps.db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'absence.report');
    const report = await openReportOf(tx, c);
    // "Beter per morgen" is common; further ahead is not a recovery but a plan.
    if (input.recoveredOn > addDays(day, 1)) throw invalidField('recoveredOn', 'in_future');
    if (input.recoveredOn <= report.startDate) throw invalidField('recoveredOn', 'before_sick_report');
    const row = await updateReport(
      tx,
      c.organizationId,
      report.id,
      report.version,
      { endDate: addDays(input.recoveredOn, -1) },
      deps.clock.now(),
    );
    if (!row) throw staleVersion();
    await syncCaseDates(tx, c.organizationId, c.id, deps.clock.now());
    await recordAudit(tx, actor, c.organizationId, {
      action: 'absence.recovered',
      resourceType: 'absence_case',
      resourceId: c.id,
      subjectPersonId: c.personId,
      details: { reportId: report.id, recoveredOn: input.recoveredOn },
    });
    return presentCase(tx, deps, actor, (await findCase(tx, c.organizationId, c.id)) as AbsenceCaseRow);
  });
}

/** Map each report to the case `buildCases` would put it in (by first sick day of that built case). */
function groupingOf(reports: readonly Pick<AbsenceReportRow, 'id' | 'startDate' | 'endDate'>[], day: string) {
  const built = buildCases(
    reports.map((r) => ({ start: r.startDate, end: r.endDate })),
    rulesFor(day),
  );
  const out = new Map<string, string | undefined>();
  for (const r of reports)
    out.set(r.id, built.find((b) => b.periods.some((p) => p.start === r.startDate))?.firstSickDay);
  return out;
}

export async function correctReport(
  deps: Deps,
  actor: Actor,
  caseId: string,
  reportId: string,
  input: TCorrectReport,
): Promise<TAbsenceCase> {
  const day = today(deps.clock);
  return deps.db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'absence.casework');
    const all = await reportsOfPerson(tx, c.organizationId, c.personId);
    const current = all.find((r) => r.id === reportId && r.caseId === c.id);
    if (!current) throw notFound();
    const { version, reason, ...patch } = input;
    const next = { ...current, ...patch };
    if (next.startDate > day) throw invalidField('startDate', 'in_future');
    if (next.endDate !== null && next.endDate < next.startDate)
      throw invalidField('endDate', 'end_before_start');
    const employments = await employmentsOfPerson(tx, c.organizationId, c.personId);
    if (!employedOn(employments, next.startDate)) throw invalidField('startDate', 'outside_employment');
    const others = all.filter((r) => r.id !== reportId);
    const idx = all.findIndex((r) => r.id === reportId);
    const prev = all[idx - 1];
    const following = all[idx + 1];
    if (prev && (prev.endDate as string) >= next.startDate)
      throw invalidField('startDate', 'overlapping_report');
    if (following && (next.endDate === null || next.endDate >= following.startDate))
      throw invalidField('endDate', 'overlapping_report');
    // A correction may not silently move reports between cases (milestones and plans hang on them).
    const after = groupingOf(
      [...others, next].sort((a, b) => (a.startDate < b.startDate ? -1 : 1)),
      day,
    );
    const sameGrouping = all.every((a) =>
      all.every((b) => (a.caseId === b.caseId) === (after.get(a.id) === after.get(b.id))),
    );
    if (!sameGrouping)
      throw invalidField(patch.startDate !== undefined ? 'startDate' : 'endDate', 'changes_case_grouping');
    const row = await updateReport(tx, c.organizationId, reportId, version, patch, deps.clock.now());
    if (!row) throw staleVersion();
    await syncCaseDates(tx, c.organizationId, c.id, deps.clock.now());
    const changes = Object.fromEntries(
      Object.keys(patch)
        .filter((k) => current[k as keyof typeof current] !== next[k as keyof typeof next])
        .map((k) => [
          k,
          { from: current[k as keyof typeof current] ?? null, to: next[k as keyof typeof next] ?? null },
        ]),
    );
    await recordAudit(tx, actor, c.organizationId, {
      action: 'absence.corrected',
      resourceType: 'absence_report',
      resourceId: reportId,
      subjectPersonId: c.personId,
      details: { caseId: c.id, reason, changes },
    });
    return presentCase(tx, deps, actor, (await findCase(tx, c.organizationId, c.id)) as AbsenceCaseRow);
  });
}

/* ---------------------------------------------------------------- milestones, plan, evaluations */

export async function markMilestoneDone(
  deps: Deps,
  actor: Actor,
  caseId: string,
  key: string,
  input: TMilestoneDone,
): Promise<TAbsenceCase> {
  const day = today(deps.clock);
  return deps.db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'absence.manage');
    const reports = await reportsOfCase(tx, c.organizationId, c.id);
    const timeline = timelineOf(
      c,
      reports,
      await completionsOfCases(tx, c.organizationId, [c.id]),
      day,
      await employmentsOfPerson(tx, c.organizationId, c.personId),
    );
    const milestone = timeline.milestones.find((m) => m.key === key);
    // Events (end of the waiting time) happen by themselves; only tasks are marked done.
    if (milestone?.kind !== 'task') throw new AppError(404, 'unknown_milestone');
    if (input.doneOn > day) throw invalidField('doneOn', 'in_future');
    if (input.doneOn < c.firstSickDay) throw invalidField('doneOn', 'before_sick_report');
    await upsertCompletion(tx, {
      organizationId: c.organizationId,
      caseId: c.id,
      key,
      doneOn: input.doneOn,
      documentId: input.documentId,
      note: input.note,
      completedByPersonId: actor.personId,
    });
    await recordAudit(tx, actor, c.organizationId, {
      action: 'absence.milestone_done',
      resourceType: 'absence_case',
      resourceId: c.id,
      subjectPersonId: c.personId,
      details: { key, doneOn: input.doneOn, documentId: input.documentId },
    });
    return presentCase(tx, deps, actor, c);
  });
}

export async function viewPlan(deps: Deps, actor: Actor, caseId: string): Promise<TAbsencePlan> {
  const c = await loadCase(deps.db, actor, caseId, 'absence.read');
  return presentPlan(
    await findPlan(deps.db, c.organizationId, c.id),
    await loadDirectory(deps.db, c.organizationId),
  );
}

export async function savePlan(
  deps: Deps,
  actor: Actor,
  caseId: string,
  input: TSavePlan,
): Promise<TAbsencePlan> {
  return deps.db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'absence.casework');
    const dir = await loadDirectory(tx, c.organizationId);
    const { version, ...fields } = input;
    if (fields.casemanagerPersonId && !dir.persons.has(fields.casemanagerPersonId))
      throw invalidField('casemanagerPersonId', 'unknown_reference');
    if (fields.spoor2Status !== 'started' && fields.spoor2StartedOn)
      throw invalidField('spoor2StartedOn', 'invalid_value');
    const row =
      version === 0
        ? await insertPlan(tx, { organizationId: c.organizationId, caseId: c.id, ...fields })
        : await updatePlan(tx, c.organizationId, c.id, version, fields, deps.clock.now());
    // version 0 while a plan exists (someone else created it first) is stale too
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, c.organizationId, {
      action: version === 0 ? 'absence.plan_created' : 'absence.plan_updated',
      resourceType: 'absence_case',
      resourceId: c.id,
      subjectPersonId: c.personId,
      details: { version: row.version },
    });
    return presentPlan(row, dir);
  });
}

export async function listEvaluations(
  deps: Deps,
  actor: Actor,
  caseId: string,
): Promise<{ items: TAbsenceEvaluation[] }> {
  const c = await loadCase(deps.db, actor, caseId, 'absence.read');
  return {
    items: await presentEvaluations(
      deps.db,
      c.organizationId,
      c.id,
      await loadDirectory(deps.db, c.organizationId),
    ),
  };
}

/**
 * Log an evaluation of the plan van aanpak. It also completes the earliest evaluation milestone
 * (`evaluatie_N`) that is still open or overdue: evaluating "at least every 6 weeks" is met by it.
 */
export async function addEvaluation(
  deps: Deps,
  actor: Actor,
  caseId: string,
  input: TCreateEvaluation,
): Promise<TAbsenceEvaluation> {
  const day = today(deps.clock);
  return deps.db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'absence.casework');
    if (input.date > day) throw invalidField('date', 'in_future');
    if (input.date < c.firstSickDay) throw invalidField('date', 'before_sick_report');
    const row = await insertEvaluation(tx, {
      organizationId: c.organizationId,
      caseId: c.id,
      ...input,
      authorPersonId: actor.personId,
    });
    const reports = await reportsOfCase(tx, c.organizationId, c.id);
    const timeline = timelineOf(c, reports, await completionsOfCases(tx, c.organizationId, [c.id]), day);
    const pending = timeline.milestones.find(
      (m) => m.key.startsWith('evaluatie_') && (m.status === 'open' || m.status === 'overdue'),
    );
    if (pending)
      await upsertCompletion(tx, {
        organizationId: c.organizationId,
        caseId: c.id,
        key: pending.key,
        doneOn: input.date,
        note: null,
        documentId: null,
        completedByPersonId: actor.personId,
      });
    await recordAudit(tx, actor, c.organizationId, {
      action: 'absence.evaluation_added',
      resourceType: 'absence_case',
      resourceId: c.id,
      subjectPersonId: c.personId,
      details: { evaluationId: row.id, date: input.date, milestone: pending?.key ?? null },
    });
    const dir = await loadDirectory(tx, c.organizationId);
    return {
      id: row.id,
      date: row.date,
      summary: row.summary,
      adjustments: row.adjustments,
      authorName: row.authorPersonId ? dir.name(row.authorPersonId) : null,
      createdAt: row.createdAt.toISOString(),
    };
  });
}

/** Record (or clear) a loonsanctie imposed by UWV; it extends the waiting time on the timeline. */
export async function updateAbsenceCase(
  deps: Deps,
  actor: Actor,
  caseId: string,
  input: TUpdateAbsenceCase,
): Promise<TAbsenceCase> {
  return deps.db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'absence.casework');
    const row = await updateCase(
      tx,
      c.organizationId,
      c.id,
      input.version,
      { loonsanctieWeeks: input.loonsanctieWeeks },
      deps.clock.now(),
    );
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, c.organizationId, {
      action: 'absence.case_updated',
      resourceType: 'absence_case',
      resourceId: c.id,
      subjectPersonId: c.personId,
      details: { loonsanctieWeeks: { from: c.loonsanctieWeeks, to: input.loonsanctieWeeks } },
    });
    return presentCase(tx, deps, actor, row);
  });
}
