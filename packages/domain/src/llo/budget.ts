import { type IsoDate, isIsoDate } from '../dates';
import type { FundingSource } from './vocabulary';

/*
 * Development budgets: money and hours per person per calendar year, from a cao or organisation
 * rule, with carry-over of what is left. Pure arithmetic; the service supplies the rules, the
 * person's employments and what the person's approved and completed requests use.
 *
 * Amounts are integers: money in euro cents, hours in hundredths inside the ledger, so carrying
 * over and spending never accumulate floating-point error.
 */

/**
 * How the yearly amounts follow the contract:
 *  - `none`: everyone employed in the year gets the full amount;
 *  - `hours`: part-timers get the share of their hours in the full-time week (pro rata temporis,
 *    Directive 97/81/EC annex clause 4.2; BW art. 7:648 allows it as an objective justification);
 *  - `hours_and_period`: the same, and also only for the part of the year the person is employed.
 */
export const PRO_RATA_KINDS = ['none', 'hours', 'hours_and_period'] as const;
export type ProRata = (typeof PRO_RATA_KINDS)[number];

export type BudgetRule = {
  /** First calendar year the rule applies; a rule with a later `fromYear` replaces it from then on. */
  fromYear: number;
  /** Money per year at full time, in euro cents. */
  moneyPerYearCents: number;
  /** Hours for learning (study leave) per year at full time. */
  hoursPerYear: number;
  /** How many following years an unspent yearly amount stays usable (0: it lapses at year end). */
  carryOverYears: number;
  /** At most this much money moves into the next year (null: no cap). */
  maxCarryOverCents: number | null;
  /** At most this many hours move into the next year (null: no cap). */
  maxCarryOverHours: number | null;
  proRata: ProRata;
  /** A single activity may cost at most this much from the budget (null: no limit). */
  maxPerActivityCents: number | null;
};

export type BudgetEmployment = { startDate: IsoDate; endDate: IsoDate | null; hoursPerWeek: number };

/** What approved (committed) and completed (spent) requests take from one year's budget. */
export type BudgetUse = { year: number; cents: number; hours: number };

export type LedgerYear = {
  /** This year's amount, after pro rata. */
  allotted: number;
  /** Left over from earlier years and still valid. */
  carriedIn: number;
  used: number;
  /** allotted + carriedIn − used; negative when more was approved than there was. */
  available: number;
  /** Lost at the end of the year: expired carry-over, or above the carry-over cap. */
  lapsed: number;
  /** What moves into next year. */
  carriedOut: number;
};

export type BudgetYear = {
  year: number;
  /** Share of the full-time amount this year (0–1). */
  factor: number;
  /** The rule in force, or null before the first rule. */
  rule: BudgetRule | null;
  /** Euro cents. */
  money: LedgerYear;
  /** Hours. */
  hours: LedgerYear;
};

export type BudgetInput = {
  rules: readonly BudgetRule[];
  employments: readonly BudgetEmployment[];
  /** The organisation's full-time week in hours (e.g. 36 in cao VVT). */
  fullTimeHours: number;
  uses: readonly BudgetUse[];
  /** The statement runs from the first year of the first rule (or later employment) up to this year. */
  toYear: number;
};

/** The rule in force in `year`: the one with the latest `fromYear` ≤ year. */
export function ruleForYear(rules: readonly BudgetRule[], year: number): BudgetRule | null {
  let found: BudgetRule | null = null;
  for (const r of rules) if (r.fromYear <= year && (!found || r.fromYear > found.fromYear)) found = r;
  return found;
}

const dayNumber = (d: IsoDate) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000;

/**
 * Share of the full-time yearly amount a person earns in `year`. Concurrent employments add up,
 * capped at one full-time job per day.
 */
export function proRataFactor(
  year: number,
  employments: readonly BudgetEmployment[],
  fullTimeHours: number,
  proRata: ProRata,
): number {
  for (const e of employments)
    if (!isIsoDate(e.startDate) || (e.endDate !== null && !isIsoDate(e.endDate)))
      throw new RangeError('employment dates must be ISO dates');
  if (!(fullTimeHours > 0)) throw new RangeError('fullTimeHours must be positive');
  const first = dayNumber(`${year}-01-01`);
  const last = dayNumber(`${year}-12-31`);
  const spans = employments.map((e) => ({
    from: Math.max(first, dayNumber(e.startDate)),
    to: Math.min(last, e.endDate ? dayNumber(e.endDate) : last),
    share: Math.max(0, e.hoursPerWeek) / fullTimeHours,
  }));
  let employedDays = 0;
  let shareDays = 0;
  for (let d = first; d <= last; d++) {
    let share = 0;
    let employed = false;
    for (const s of spans)
      if (s.from <= d && d <= s.to) {
        employed = true;
        share += s.share;
      }
    if (!employed) continue;
    employedDays++;
    shareDays += Math.min(1, share);
  }
  if (employedDays === 0) return 0;
  if (proRata === 'none') return 1;
  if (proRata === 'hours') return shareDays / employedDays;
  return shareDays / (last - first + 1);
}

type Tranche = { left: number; lastYear: number };

/** One currency's ledger, in integers; oldest valid money is spent first (it expires first). */
function ledger(
  years: { year: number; allotted: number; carryOverYears: number; cap: number | null; used: number }[],
): LedgerYear[] {
  const tranches: Tranche[] = [];
  const sum = () => tranches.reduce((s, t) => s + t.left, 0);
  return years.map((y) => {
    const carriedIn = sum();
    tranches.push({ left: y.allotted, lastYear: y.year + y.carryOverYears });
    let toTake = y.used;
    for (const t of tranches) {
      const take = Math.min(t.left, toTake);
      t.left -= take;
      toTake -= take;
    }
    // Year end: what has reached its last year lapses; then the cap, taking from the oldest first
    // (the newest stays usable longest).
    let lapsed = 0;
    for (let i = tranches.length - 1; i >= 0; i--) {
      const t = tranches[i] as Tranche;
      if (t.lastYear <= y.year) {
        lapsed += t.left;
        tranches.splice(i, 1);
      }
    }
    if (y.cap !== null) {
      let excess = sum() - y.cap;
      for (const t of tranches) {
        if (excess <= 0) break;
        const cut = Math.min(t.left, excess);
        t.left -= cut;
        excess -= cut;
        lapsed += cut;
      }
    }
    for (let i = tranches.length - 1; i >= 0; i--)
      if ((tranches[i] as Tranche).left === 0) tranches.splice(i, 1);
    return {
      allotted: y.allotted,
      carriedIn,
      used: y.used,
      available: y.allotted + carriedIn - y.used,
      lapsed,
      carriedOut: sum(),
    };
  });
}

const toHundredths = (hours: number) => Math.round(hours * 100);
const fromHundredths = (l: LedgerYear): LedgerYear => ({
  allotted: l.allotted / 100,
  carriedIn: l.carriedIn / 100,
  used: l.used / 100,
  available: l.available / 100,
  lapsed: l.lapsed / 100,
  carriedOut: l.carriedOut / 100,
});

/**
 * The budget statement per calendar year: what was allotted, carried in, used, lapsed and carried
 * out, in money and in hours, from the first year a rule applies to `toYear`.
 */
export function budgetStatement(input: BudgetInput): BudgetYear[] {
  const firstRule = Math.min(...input.rules.map((r) => r.fromYear));
  const firstJob = Math.min(...input.employments.map((e) => Number(e.startDate.slice(0, 4))));
  const fromYear = Math.max(firstRule, firstJob);
  if (!Number.isFinite(fromYear) || fromYear > input.toYear) return [];
  const used = new Map<number, { cents: number; hours: number }>();
  for (const u of input.uses) {
    const cur = used.get(u.year) ?? { cents: 0, hours: 0 };
    used.set(u.year, { cents: cur.cents + u.cents, hours: cur.hours + toHundredths(u.hours) });
  }
  const years = [];
  for (let year = fromYear; year <= input.toYear; year++) {
    const rule = ruleForYear(input.rules, year);
    const factor = rule ? proRataFactor(year, input.employments, input.fullTimeHours, rule.proRata) : 0;
    years.push({ year, rule, factor });
  }
  const money = ledger(
    years.map(({ year, rule, factor }) => ({
      year,
      allotted: rule ? Math.round(rule.moneyPerYearCents * factor) : 0,
      carryOverYears: rule?.carryOverYears ?? 0,
      cap: rule?.maxCarryOverCents ?? null,
      used: used.get(year)?.cents ?? 0,
    })),
  );
  const hours = ledger(
    years.map(({ year, rule, factor }) => ({
      year,
      allotted: rule ? Math.round(toHundredths(rule.hoursPerYear) * factor) : 0,
      carryOverYears: rule?.carryOverYears ?? 0,
      cap: rule?.maxCarryOverHours == null ? null : toHundredths(rule.maxCarryOverHours),
      used: used.get(year)?.hours ?? 0,
    })),
  );
  return years.map((y, i) => ({
    year: y.year,
    factor: y.factor,
    rule: y.rule,
    money: money[i] as LedgerYear,
    hours: fromHundredths(hours[i] as LedgerYear),
  }));
}

export const SPEND_VIOLATIONS = [
  'exceeds_activity_limit',
  'exceeds_money_budget',
  'exceeds_hours_budget',
] as const;
export type SpendViolation = (typeof SPEND_VIOLATIONS)[number];

/**
 * Whether approving a request of `costCents` and `hours` fits the year's budget. Training the
 * employer must offer for the job (BW art. 7:611a lid 2) is never charged to the personal budget.
 * `year` must not yet include the request itself.
 */
export function checkSpend(p: {
  year: BudgetYear | undefined;
  costCents: number;
  hours: number;
  fundingSource: FundingSource;
}): SpendViolation[] {
  if (p.fundingSource === 'employer_required') return [];
  const rule = p.year?.rule ?? null;
  const out: SpendViolation[] = [];
  if (rule?.maxPerActivityCents != null && p.costCents > rule.maxPerActivityCents)
    out.push('exceeds_activity_limit');
  if (p.costCents > 0 && p.costCents > (p.year?.money.available ?? 0)) out.push('exceeds_money_budget');
  if (p.hours > 0 && toHundredths(p.hours) > toHundredths(p.year?.hours.available ?? 0))
    out.push('exceeds_hours_budget');
  return out;
}
