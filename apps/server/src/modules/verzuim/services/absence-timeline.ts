import type { TAbsenceCaseSummary, TAbsenceMilestone } from '@inzetbaar/contracts';
import { addDays, daysBetween } from '@inzetbaar/domain';
import {
  caseTimeline,
  ruleSetFor,
  type TCaseTimeline,
  type TDoneMap,
  type TLabel,
  type TPoortwachterRuleSet,
  type TSicknessCase,
  ziekUitDienstDay,
} from '@inzetbaar/domain/poortwachter/index';
import type {
  AbsenceCaseRow,
  AbsenceReportRow,
  CompletionRow,
  RecoverySegmentRow,
} from '../repo/absence.repo';
import type { Directory } from './absence-directory';

/** Relapse within this many fit days is added to the case (samentelregel) and shown as a signal. */
export const RELAPSE_DAYS = 28;

export const rulesFor = (asOf: string): TPoortwachterRuleSet => ruleSetFor(asOf);

/** The label of a fixed milestone in the rules in force on `asOf` (for a notice whose case no longer schedules it). */
export const ruleLabel = (key: string, asOf: string): TLabel | undefined =>
  rulesFor(asOf).milestones.find((m) => m.key === key)?.label;

/**
 * The Poortwachter timeline of one stored case as of `asOf`. The grouping of reports into cases is
 * stored (decided with `buildCases` when a report comes in), so the case is handed to
 * `caseTimeline` as is; the rule set is the one in force on `asOf`. With the person's
 * `employments`, a case in which they are sick on the day they leave gets the ziek-uit-dienst
 * milestones (docs/poortwachter.md).
 */
export function timelineOf(
  c: AbsenceCaseRow,
  reports: readonly AbsenceReportRow[],
  completions: readonly CompletionRow[],
  asOf: string,
  employments: readonly { startDate: string; endDate: string | null }[] = [],
): TCaseTimeline {
  const rules = rulesFor(asOf);
  const periods = reports.map((r) => ({
    start: r.startDate,
    end: r.endDate,
    ...(r.safetyNet ? { safetyNet: true as const } : {}),
  }));
  const last = periods.at(-1);
  const sicknessCase: TSicknessCase = {
    periods,
    firstSickDay: periods[0]?.start ?? c.firstSickDay,
    lastSickDay: last?.end ?? null,
    relapseMergesUntil: last?.end ? addDays(last.end, rules.samentelGapDays) : null,
  };
  const employmentEnd = ziekUitDienstDay(
    periods,
    employments.map((e) => ({ start: e.startDate, end: e.endDate })),
  );
  const done: Record<string, { date: string; documentId?: string }> = {};
  for (const d of completions)
    done[d.key] = { date: d.doneOn, ...(d.documentId ? { documentId: d.documentId } : {}) };
  return caseTimeline(
    sicknessCase,
    {
      asOf,
      done: done as TDoneMap,
      ...(c.loonsanctieWeeks ? { loonsanctieWeeks: c.loonsanctieWeeks } : {}),
      ...(employmentEnd ? { employmentEnd } : {}),
    },
    rules,
  );
}

export function presentMilestones(
  timeline: TCaseTimeline,
  completions: readonly CompletionRow[],
): TAbsenceMilestone[] {
  const notes = new Map(completions.map((c) => [c.key, c.note]));
  return timeline.milestones.map((m) => ({
    key: m.key,
    kind: m.kind,
    sickDay: m.sickDay,
    due: m.due,
    from: m.from ?? null,
    responsible: m.responsible,
    legalSource: m.legalSource,
    label: m.label,
    status: m.status,
    doneOn: m.doneOn ?? null,
    documentId: m.documentId ?? null,
    note: notes.get(m.key) ?? null,
  }));
}

/**
 * Gaps (fit days) between consecutive reports that are shorter than 28 days. `safetyNet`: the
 * report before the gap or the relapse itself is under the Ziektewet vangnet.
 */
export function relapseGaps(
  reports: readonly AbsenceReportRow[],
): { start: string; gap: number; caseId: string; safetyNet: boolean }[] {
  const out: { start: string; gap: number; caseId: string; safetyNet: boolean }[] = [];
  for (let i = 1; i < reports.length; i++) {
    const prev = reports[i - 1];
    const next = reports[i];
    if (!prev?.endDate || !next) continue;
    const gap = daysBetween(prev.endDate, next.startDate) - 1;
    if (gap >= 0 && gap < RELAPSE_DAYS)
      out.push({
        start: next.startDate,
        gap,
        caseId: next.caseId,
        safetyNet: prev.safetyNet || next.safetyNet,
      });
  }
  return out;
}

/** Share of the contract hours worked on `day`: 100 after recovery, else 100 − the incapacity of the latest segment. */
export function workPercentageOn(
  reports: readonly AbsenceReportRow[],
  segments: readonly RecoverySegmentRow[],
  day: string,
): number {
  const last = reports.at(-1);
  if (!last || (last.endDate !== null && last.endDate < day)) return 100;
  const current = segments.filter((s) => s.reportId === last.id && s.fromDate <= day).at(-1);
  return current ? Math.round(100 - current.incapacityPercentage) : 0;
}

export function summaryOf(
  c: AbsenceCaseRow,
  reports: readonly AbsenceReportRow[],
  segments: readonly RecoverySegmentRow[],
  timeline: TCaseTimeline,
  dir: Directory,
  day: string,
): TAbsenceCaseSummary {
  const label = (key: string) => timeline.milestones.find((m) => m.key === key)?.label as TLabel;
  const unitId = dir.unitOf(c.personId, day);
  const lastSickDay = reports.at(-1)?.endDate ?? null;
  return {
    id: c.id,
    personId: c.personId,
    personName: dir.name(c.personId),
    unitId,
    unitName: unitId ? (dir.units.get(unitId)?.name ?? null) : null,
    safetyNet: reports.some((r) => r.safetyNet),
    status: lastSickDay === null ? 'open' : 'closed',
    firstSickDay: timeline.firstSickDay,
    lastSickDay,
    sickDays: timeline.sickDays,
    week: timeline.week,
    workPercentage: workPercentageOn(reports, segments, day),
    nextDeadline: timeline.nextDeadline
      ? { ...timeline.nextDeadline, label: label(timeline.nextDeadline.key) }
      : null,
    overdue: timeline.milestones
      .filter((m) => m.status === 'overdue')
      .map((m) => ({ key: m.key, due: m.due, label: m.label })),
    // a vangnet relapse is not flagged, as in the signals (absence-signals.ts)
    relapse: relapseGaps(reports).some((g) => !g.safetyNet),
    version: c.version,
  };
}

/**
 * The date a case needs attention first: its first overdue or its next deadline (null: nothing
 * pending) — what the summary's `overdue[0]` and `nextDeadline` say, from the timeline alone.
 */
export const attentionOf = (t: TCaseTimeline): string | null =>
  t.milestones.find((m) => m.status === 'overdue')?.due ?? t.nextDeadline?.due ?? null;
