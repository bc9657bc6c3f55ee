/*
 * Which unit an employment history puts a person in on a day — the one rule of a manager's unit
 * scope (policy.ts: "people whose current employment is in a unit the actor manages").
 */

type Span = { startDate: string; endDate: string | null };

/**
 * The unit of the employment running on `day`, else of the latest one started by then, else (all
 * start later) of the last one. `employments` are one person's, sorted by start date.
 */
export function unitOnDay(employments: readonly (Span & { unitId: string | null })[], day: string) {
  const running = employments.find((e) => e.startDate <= day && (!e.endDate || e.endDate >= day));
  return (
    (running ?? employments.filter((e) => e.startDate <= day).at(-1) ?? employments.at(-1))?.unitId ?? null
  );
}

/**
 * The units that put a person in a manager's scope on `day` (policy.ts: "current employment";
 * issue #9, defect 2): the unit of the employment running that day — not every unit the person
 * was ever in, so a manager loses a person who moved to another unit. Without a running
 * employment (left, or not started yet) the latest one counts, as in unitOnDay.
 */
export function scopeUnitsOn(employments: readonly (Span & { unitId: string | null })[], day: string) {
  const sorted = [...employments].sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
  return [unitOnDay(sorted, day)];
}
