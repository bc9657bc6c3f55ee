import { addDays } from '../dates';
import type { TMilestoneApplicability, TPoortwachterRuleSet } from './rule-set';
import { dateOfSickDay, firstSickDayOfWeek, lastSickDayOfWeek, sickDaysThrough } from './sick-day-clock';
import type { TScheduledMilestone, TSicknessCase } from './types';
import { nextWorkingDayAfter } from './working-days';

/** Whether a milestone rule applies to a case, by its safety-net (vangnet) periods. */
export function appliesToCase(appliesTo: TMilestoneApplicability, sicknessCase: TSicknessCase): boolean {
  if (appliesTo === 'with_safety_net') return sicknessCase.periods.some((p) => p.safetyNet === true);
  if (appliesTo === 'not_only_safety_net') return sicknessCase.periods.some((p) => p.safetyNet !== true);
  return true;
}

/**
 * The milestones of one case with their due dates on the sick-day clock, ordered by due date.
 * Dates past the recorded sick days are projected as uninterrupted sickness (see dateOfSickDay).
 * `loonsanctieWeeks` (1 … ruleSet.loonsanctie.maxWeeks) adds `einde_loonsanctie`.
 */
export function scheduleMilestones(
  sicknessCase: TSicknessCase,
  ruleSet: TPoortwachterRuleSet,
  loonsanctieWeeks?: number,
): TScheduledMilestone[] {
  const dateOf = (sickDay: number) => dateOfSickDay(sicknessCase.periods, sickDay);
  const scheduled: TScheduledMilestone[] = [];

  for (const rule of ruleSet.milestones) {
    if (!appliesToCase(rule.appliesTo, sicknessCase)) continue;
    if (rule.clock === 'calendar_from_first_safety_net_day') {
      const first = sicknessCase.periods.find((p) => p.safetyNet === true);
      if (!first) continue;
      // Day 1 is the first safety-net sick day; "within N weeks" = on or before day 7N.
      const due = addDays(first.start, lastSickDayOfWeek(rule.week) - 1);
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

  // Evaluate the plan van aanpak every `intervalWeeks` after it, up to the WIA application.
  const ev = ruleSet.evaluation;
  for (
    let n = 1, week = ev.startWeek + ev.intervalWeeks;
    week <= ev.lastWeek;
    n++, week += ev.intervalWeeks
  ) {
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
    if (
      !Number.isInteger(loonsanctieWeeks) ||
      loonsanctieWeeks < 1 ||
      loonsanctieWeeks > ruleSet.loonsanctie.maxWeeks
    ) {
      throw new RangeError(
        `loonsanctieWeeks must be 1…${ruleSet.loonsanctie.maxWeeks}, got ${loonsanctieWeeks}`,
      );
    }
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
