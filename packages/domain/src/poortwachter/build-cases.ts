import { addDays, daysBetween } from '../dates';
import { throwIfIssues } from './input-error';
import type { TPoortwachterRuleSet } from './rule-set';
import type { TCaseKind, TCasePeriod, TSicknessCase, TSicknessPeriodInput } from './types';
import { validatePeriods } from './validate-periods';

const KINDS: readonly TCaseKind[] = ['ordinary', 'pregnancy'];

/** Days of full recovery between two periods: fit days strictly between `end` and `nextStart`. */
const gapDays = (end: string, nextStart: string): number => daysBetween(end, nextStart) - 1;

/**
 * Groups sickness periods into cases (verzuimgevallen) by the samentelregel.
 *
 * 1. Chains — art. 7:629 lid 10 BW (samentelregel): consecutive periods whose gap of full
 *    recovery is shorter than `ruleSet.samentelGapDays` (28) belong together, whatever the cause;
 *    a gap of 28 days or more starts a new chain. Gap days never count as sick days.
 * 2. Cases — each chain is split by kind: its ordinary periods form one `ordinary` case and its
 *    pregnancy-related periods (ZW art. 29b) one `pregnancy` case.
 *
 * Why pregnancy is a separate case: the vangnet has its own track at UWV (ZW benefit of 100% from
 * day 1, its own report within 6 weeks, no 42e-weeksmelding), domain-rules §1.2 keeps sickness of a
 * clearly different cause apart, and the employer may only record *whether* a vangnet applies
 * (AP, "De zieke werknemer") — exactly the flag we split on. Because the chain is built over all
 * periods first, days of pregnancy-related sickness are never mistaken for recovery: ordinary
 * sickness before and after them is still added together (the pregnancy days themselves count on
 * the pregnancy case's clock, not on the ordinary one). Pregnancy/maternity leave is not part of
 * the input, so sickness directly before and after that leave is not bridged here.
 *
 * Throws PoortwachterInputError on invalid periods (see validatePeriods). Cases are ordered by
 * first sick day.
 */
export function buildCases(
  periods: readonly TSicknessPeriodInput[],
  ruleSet: TPoortwachterRuleSet,
): TSicknessCase[] {
  throwIfIssues(validatePeriods(periods));

  const chains: TSicknessPeriodInput[][] = [];
  for (const p of periods) {
    const chain = chains.at(-1);
    const previous = chain?.at(-1);
    // validatePeriods guarantees only the last period is open, so previous.end is set here.
    if (chain && previous?.end && gapDays(previous.end, p.start) < ruleSet.samentelGapDays) chain.push(p);
    else chains.push([p]);
  }

  const cases: TSicknessCase[] = [];
  for (const chain of chains) {
    const chainEnd = chain.at(-1)?.end ?? null;
    // Latest start of a relapse that would still be added (gap ≤ samentelGapDays − 1 fit days).
    const relapseMergesUntil = chainEnd === null ? null : addDays(chainEnd, ruleSet.samentelGapDays);
    for (const kind of KINDS) {
      const own: TCasePeriod[] = chain
        .filter((p) => (p.pregnancyRelated === true) === (kind === 'pregnancy'))
        .map((p) => ({ start: p.start, end: p.end }));
      const first = own[0];
      const last = own.at(-1);
      if (!first || !last) continue;
      cases.push({
        kind,
        periods: own,
        firstSickDay: first.start,
        lastSickDay: last.end,
        relapseMergesUntil,
      });
    }
  }
  return cases.sort((a, b) =>
    a.firstSickDay < b.firstSickDay ? -1 : a.firstSickDay > b.firstSickDay ? 1 : 0,
  );
}
