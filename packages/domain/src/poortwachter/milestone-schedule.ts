import { addDays, daysBetween, type IsoDate } from '../dates';
import type { TMilestoneApplicability, TPoortwachterRuleSet } from './rule-set';
import { dateOfSickDay, firstSickDayOfWeek, lastSickDayOfWeek, sickDaysThrough } from './sick-day-clock';
import type { TCasePeriod, TScheduledMilestone, TSicknessCase } from './types';
import { nextWorkingDayAfter } from './working-days';

/** Whether a milestone rule applies to a case, by its safety-net (vangnet) periods. */
export function appliesToCase(appliesTo: TMilestoneApplicability, sicknessCase: TSicknessCase): boolean {
  if (appliesTo === 'with_safety_net') return sicknessCase.periods.some((p) => p.safetyNet === true);
  if (appliesTo === 'not_only_safety_net') return sicknessCase.periods.some((p) => p.safetyNet !== true);
  return true;
}

/**
 * Whether the employee is (partly) sick on `date` in this case: a period covers it. An open last
 * period covers every later date (the projection of an open case). Gap days are not sick days.
 */
export function isSickOn(periods: readonly TCasePeriod[], date: IsoDate): boolean {
  return periods.some((p) => p.start <= date && (p.end === null || p.end >= date));
}

/**
 * The milestones of one case with their due dates on the sick-day clock, ordered by due date.
 * Dates past the recorded sick days are projected as uninterrupted sickness (see dateOfSickDay).
 * `loonsanctieWeeks` (1 … ruleSet.loonsanctie.maxWeeks) adds `einde_loonsanctie` (and, when the
 * rule set says so, evaluations through the sanction). `employmentEnd` (the employment's last
 * day) adds the rule set's `employment_end` milestones when the employee is sick on that day.
 */
export function scheduleMilestones(
  sicknessCase: TSicknessCase,
  ruleSet: TPoortwachterRuleSet,
  loonsanctieWeeks?: number,
  employmentEnd?: IsoDate,
): TScheduledMilestone[] {
  if (
    loonsanctieWeeks !== undefined &&
    (!Number.isInteger(loonsanctieWeeks) ||
      loonsanctieWeeks < 1 ||
      loonsanctieWeeks > ruleSet.loonsanctie.maxWeeks)
  ) {
    throw new RangeError(
      `loonsanctieWeeks must be 1…${ruleSet.loonsanctie.maxWeeks}, got ${loonsanctieWeeks}`,
    );
  }
  const dateOf = (sickDay: number) => dateOfSickDay(sicknessCase.periods, sickDay);
  const scheduled: TScheduledMilestone[] = [];

  for (const rule of ruleSet.milestones) {
    if (!appliesToCase(rule.appliesTo, sicknessCase)) continue;
    if (rule.clock === 'employment_end') {
      // Ziek uit dienst: the employee is sick on the last day of the employment. The report to
      // UWV is due that day; the clock is the calendar, so `sickDay` is the case's sick-day number
      // then (never past the case's own sick days: the duty arose).
      if (employmentEnd === undefined || !isSickOn(sicknessCase.periods, employmentEnd)) continue;
      const from = rule.fromCaseDay;
      if (from !== undefined && daysBetween(sicknessCase.firstSickDay, employmentEnd) + 1 < from) continue;
      scheduled.push({
        key: rule.key,
        kind: rule.kind,
        sickDay: sickDaysThrough(sicknessCase.periods, employmentEnd),
        due: employmentEnd,
        responsible: rule.responsible,
        legalSource: rule.legalSource,
        label: rule.label,
      });
      continue;
    }
    if (rule.clock === 'calendar_from_first_safety_net_day') {
      const first = sicknessCase.periods.find((p) => p.safetyNet === true);
      if (!first) continue;
      // Day 1 is the first safety-net sick day; due on day `rule.day` (first day + day − 1).
      const due = addDays(first.start, rule.day - 1);
      scheduled.push({
        key: rule.key,
        kind: rule.kind,
        // Never past the case's own sick days, so the report stays owed after a quick recovery:
        // the vangnet report is due whenever a safety-net spell occurred.
        sickDay: sickDaysThrough(sicknessCase.periods, due),
        due,
        responsible: rule.responsible,
        legalSource: rule.legalSource,
        label: rule.label,
      });
      continue;
    }
    const sickDay = lastSickDayOfWeek(rule.week);
    const endOfWeek = dateOf(sickDay);
    scheduled.push({
      key: rule.key,
      kind: rule.kind,
      sickDay,
      // art. 38 ZW: "de eerste werkdag na afloop van de 42e week"
      due: rule.dueAdjustment === 'next_working_day' ? nextWorkingDayAfter(endOfWeek) : endOfWeek,
      ...(rule.fromWeek === undefined ? {} : { from: dateOf(firstSickDayOfWeek(rule.fromWeek)) }),
      responsible: rule.responsible,
      legalSource: rule.legalSource,
      label: rule.label,
    });
  }

  // Evaluate the plan van aanpak every `intervalWeeks` after it, up to `lastWeek` — and on through
  // a loonsanctie when the rule set says so (the re-integration duties run on during it).
  const ev = ruleSet.evaluation;
  const lastWeek =
    ev.lastWeek + (ev.throughLoonsanctie && loonsanctieWeeks !== undefined ? loonsanctieWeeks : 0);
  for (let n = 1, week = ev.startWeek + ev.intervalWeeks; week <= lastWeek; n++, week += ev.intervalWeeks) {
    const sickDay = lastSickDayOfWeek(week);
    scheduled.push({
      key: `evaluatie_${n}`,
      kind: 'task',
      sickDay,
      due: dateOf(sickDay),
      responsible: ev.responsible,
      legalSource: ev.legalSource,
      label: { nl: `${ev.label.nl} ${n}`, en: `${ev.label.en} ${n}` },
    });
  }

  if (loonsanctieWeeks !== undefined) {
    // art. 25 lid 9 WIA: the wage-payment period is extended by the sanction, on the same clock.
    const sickDay = lastSickDayOfWeek(ruleSet.waitingPeriodWeeks + loonsanctieWeeks);
    const { responsible, legalSource, label } = ruleSet.loonsanctie;
    scheduled.push({
      key: 'einde_loonsanctie',
      kind: 'event',
      sickDay,
      due: dateOf(sickDay),
      responsible,
      legalSource,
      label,
    });
  }

  // Array.prototype.sort is stable: milestones due on the same day keep rule order.
  return scheduled.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}
