import type { TAbsenceSignal } from '@inzetbaar/contracts';
import { addMonths } from '@inzetbaar/domain';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import type { Deps } from '../../../platform/http/context';
import { today } from '../../../platform/today';
import { type AbsenceReportRow, listReports } from '../repo/absence.repo';
import { loadDirectory } from './absence-directory';
import { relapseGaps } from './absence-timeline';

/** Frequent absence: this many reports or more in the 12 months up to today (basisarbodienst.nl). */
export const FREQUENT_THRESHOLD = 3;

/**
 * Signals for HR and the person's manager (issue 3 §5):
 *  - `relapse`: sickness again within 28 days of recovery — the return to work was not yet
 *    sustainable (duurzame werkhervatting); shown for relapses that started in the last 12 months;
 *  - `frequent`: 3 or more reports in 12 months — a reason to invite the person for a
 *    verzuimgesprek, to ask how things are going and what would help.
 *
 * Vangnet (safety-net) reports NEVER count towards either signal: a Ziektewet vangnet covers
 * pregnancy and childbirth, organ donation and employees with a no-riskpolis (occupational
 * disability or chronic illness), so signalling on such reports would single out pregnancy or
 * disability — a risk of discrimination (Algemene wet gelijke behandeling; Wet gelijke behandeling
 * op grond van handicap of chronische ziekte). They stay in the person's history, though, so a
 * vangnet spell between two ordinary reports is never mistaken for recovery; a relapse is
 * signalled only when neither the report before it nor the relapse itself is a vangnet report.
 * See docs/absence.md.
 */
export async function listAbsenceSignals(
  deps: Deps,
  actor: Actor,
): Promise<{ asOf: string; items: TAbsenceSignal[] }> {
  authorize(actor, 'absence.signals');
  const organizationId = actor.organizationId as string;
  const day = today(deps.clock);
  const since = addMonths(day, -12);
  const dir = await loadDirectory(deps.db, organizationId);
  const byPerson = new Map<string, AbsenceReportRow[]>();
  for (const r of await listReports(deps.db, organizationId)) {
    if (!dir.canOn(actor, 'absence.signals', r.personId)) continue;
    const list = byPerson.get(r.personId) ?? [];
    list.push(r);
    byPerson.set(r.personId, list);
  }
  const items: TAbsenceSignal[] = [];
  for (const [personId, reports] of byPerson) {
    const unitId = dir.unitOf(personId, day);
    const base = {
      personId,
      personName: dir.name(personId),
      unitName: unitId ? (dir.units.get(unitId)?.name ?? null) : null,
    };
    for (const relapse of relapseGaps(reports))
      if (relapse.start > since && !relapse.safetyNet)
        items.push({
          kind: 'relapse',
          ...base,
          caseId: relapse.caseId,
          date: relapse.start,
          count: relapse.gap,
        });
    const recent = reports.filter((r) => !r.safetyNet && r.startDate > since && r.startDate <= day);
    const latest = recent.at(-1);
    if (latest && recent.length >= FREQUENT_THRESHOLD)
      items.push({
        kind: 'frequent',
        ...base,
        caseId: latest.caseId,
        date: latest.startDate,
        count: recent.length,
      });
  }
  items.sort((a, b) =>
    a.date < b.date ? 1 : a.date > b.date ? -1 : a.personName.localeCompare(b.personName),
  );
  return { asOf: day, items };
}
