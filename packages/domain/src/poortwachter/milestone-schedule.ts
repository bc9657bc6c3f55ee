import type { TPoortwachterRuleSet } from './rule-set';
import { dateOfSickDay, firstSickDayOfWeek, lastSickDayOfWeek } from './sick-day-clock';
import type { TScheduledMilestone, TSicknessCase } from './types';
import { nextWorkingDayAfter } from './working-days';

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
    if (!rule.appliesTo.includes(sicknessCase.kind)) continue;
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
