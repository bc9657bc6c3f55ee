import { addDays, addMonths, type IsoDate } from '../dates';
import { type TEmploymentSpan, ziekUitDienstDay } from '../poortwachter/employment-end';
import type { TCasePeriod } from '../poortwachter/types';
import {
  RETENTION_RULES,
  ruleFor,
  type TRetentionAnchor,
  type TRetentionRecordType,
  type TRetentionRuleSet,
} from './rules';

/** One absence case as far as retention matters. */
export type TRetentionCase = {
  id: string;
  /** Its sick reports in date order (`end` null while sick). */
  periods: readonly TCasePeriod[];
  /** Documents of the physician on this case that are released to the employer. */
  releasedDocuments: number;
};

/** What is kept about one person. */
export type TRetentionPerson = {
  employments: readonly TEmploymentSpan[];
  /** Cases whose re-integration file still exists. */
  cases: readonly TRetentionCase[];
  /** Sick reports exist (they stay after their case's re-integration file is gone). */
  hasAbsenceAdministration: boolean;
  /** Day of the last note or document in the physician's file on the person; null when none. */
  lastMedicalEntry: IsoDate | null;
};

/** A record (of one case, or of the person) with its last day of retention. */
export type TRetentionItem = {
  recordType: TRetentionRecordType;
  /** The case, for the re-integration file and its released documents; null for the person's records. */
  caseId: string | null;
  /** The day the period counts from. */
  from: IsoDate;
  /** The last day the record is kept; it goes on the day after. */
  keptUntil: IsoDate;
  /** `asOf` is after `keptUntil`: the job removes it today. */
  due: boolean;
};

/** `years` after `date`: the anniversary (29 Feb → 28 Feb in a common year). */
export const anniversary = (date: IsoDate, years: number): IsoDate => addMonths(date, 12 * years);

/**
 * The end of a case's re-integration: its last sick day; or the last day of the employment when
 * the person left while sick (ziek uit dienst) — from then on UWV, not the employer, guides the
 * re-integration. Null while the case is open and the person is still employed.
 */
export function reintegrationEnd(
  periods: readonly TCasePeriod[],
  employments: readonly TEmploymentSpan[],
): IsoDate | null {
  const lastSickDay = periods.at(-1)?.end ?? null;
  const leftSick = ziekUitDienstDay(periods, employments);
  if (leftSick !== undefined && (lastSickDay === null || leftSick < lastSickDay)) return leftSick;
  return lastSickDay;
}

/** The last day of the person's last employment, or null while one runs or none is on record. */
export function lastEmploymentEnd(employments: readonly TEmploymentSpan[]): IsoDate | null {
  let end: IsoDate | null = null;
  for (const e of employments) {
    if (e.end === null) return null;
    if (end === null || e.end > end) end = e.end;
  }
  return end;
}

/**
 * The retention of everything kept about one person as of `asOf`, per record type (see rules.ts):
 *
 * - `reintegration_file` and `released_documents`, per case: from the end of its re-integration —
 *   also for people still employed. An open case of someone still employed is kept.
 * - `absence_administration`: from the end of the last employment; none while an employment runs
 *   or when none is on record (nothing to count from: kept, to be safe). Never before the
 *   re-integration files it belongs to.
 * - `medical_file`: from the physician's last entry.
 *
 * Records with no end yet are not listed. Pure: the clock is `asOf`.
 */
export function retentionPlan(
  person: TRetentionPerson,
  asOf: IsoDate,
  rules: TRetentionRuleSet = RETENTION_RULES,
): TRetentionItem[] {
  const items: TRetentionItem[] = [];
  const item = (recordType: TRetentionRecordType, caseId: string | null, from: IsoDate, keptUntil: IsoDate) =>
    items.push({ recordType, caseId, from, keptUntil, due: asOf > keptUntil });

  const file = ruleFor('reintegration_file', rules);
  const released = ruleFor('released_documents', rules);
  let filesKeptUntil: IsoDate | null = null;
  let isEveryFileEnded = true;
  for (const c of person.cases) {
    const end = reintegrationEnd(c.periods, person.employments);
    if (end === null) {
      isEveryFileEnded = false;
      continue;
    }
    const keptUntil = anniversary(end, file.years);
    item('reintegration_file', c.id, end, keptUntil);
    if (c.releasedDocuments > 0) item('released_documents', c.id, end, anniversary(end, released.years));
    if (filesKeptUntil === null || keptUntil > filesKeptUntil) filesKeptUntil = keptUntil;
  }

  const employmentEnd = lastEmploymentEnd(person.employments);
  if (
    (person.hasAbsenceAdministration || person.cases.length > 0) &&
    employmentEnd !== null &&
    isEveryFileEnded
  ) {
    const own = anniversary(employmentEnd, ruleFor('absence_administration', rules).years);
    item(
      'absence_administration',
      null,
      employmentEnd,
      filesKeptUntil !== null && filesKeptUntil > own ? filesKeptUntil : own,
    );
  }

  if (person.lastMedicalEntry !== null)
    item(
      'medical_file',
      null,
      person.lastMedicalEntry,
      anniversary(person.lastMedicalEntry, ruleFor('medical_file', rules).years),
    );
  return items;
}

/**
 * Per anchor, the latest day a period can have started and be due on `asOf` — a superset bound
 * for a database pre-selection (retentionPlan decides each record exactly). Anything that started
 * after it is still kept.
 */
export function retentionCandidateBounds(
  asOf: IsoDate,
  rules: TRetentionRuleSet = RETENTION_RULES,
): Record<TRetentionAnchor, IsoDate> {
  const bound = (after: TRetentionAnchor) => {
    const years = Math.min(...rules.rules.filter((r) => r.after === after).map((r) => r.years));
    // due when anniversary(X) < asOf, which needs X before the same day `years` ago; one day of
    // slack covers 29 February (the bound only has to include them all)
    return addDays(addMonths(asOf, -12 * years), 1);
  };
  return {
    reintegration_end: bound('reintegration_end'),
    employment_end: bound('employment_end'),
    last_medical_entry: bound('last_medical_entry'),
  };
}
