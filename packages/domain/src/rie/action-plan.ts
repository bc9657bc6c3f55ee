/**
 * The plan van aanpak of an RI&E (Arbowet art. 5 lid 3): "een plan van aanpak, waarin is aangegeven
 * welke maatregelen zullen worden genomen in verband met de ... risico's en ... de termijn waarbinnen
 * deze maatregelen zullen worden genomen". So every risk found present needs at least one measure
 * with a term (a due date) before the RI&E can be completed or locked.
 */

export type TPlanMeasureStatus = 'planned' | 'in_progress' | 'done' | 'cancelled';

/** A measure of the plan van aanpak as far as completeness matters. */
export type TPlanMeasure = { riskId: string | null; dueDate: string | null; status: TPlanMeasureStatus };

/**
 * Why a present risk blocks completing or locking:
 * - `no_measure`: no measure for it (cancelled ones do not count);
 * - `no_due_date`: measures, but none with a term and none carried out.
 */
export type TPlanGapReason = 'no_measure' | 'no_due_date';
export type TPlanGap = { riskId: string; reason: TPlanGapReason };

/**
 * Whether one measure covers its risk in the plan: it is not cancelled, and it has a due date or has
 * been carried out (`done`: the term is then a fact, not a plan).
 */
export const isDatedMeasure = (m: TPlanMeasure): boolean =>
  m.status !== 'cancelled' && (m.dueDate !== null || m.status === 'done');

/**
 * The present risks (answered "no": the statement does not hold) that the plan van aanpak does not
 * cover yet, in the order given. Empty when the plan is complete.
 */
export function actionPlanGaps(
  presentRiskIds: readonly string[],
  measures: readonly TPlanMeasure[],
): TPlanGap[] {
  const gaps: TPlanGap[] = [];
  for (const riskId of presentRiskIds) {
    const own = measures.filter((m) => m.riskId === riskId && m.status !== 'cancelled');
    if (own.length === 0) gaps.push({ riskId, reason: 'no_measure' });
    else if (!own.some(isDatedMeasure)) gaps.push({ riskId, reason: 'no_due_date' });
  }
  return gaps;
}
