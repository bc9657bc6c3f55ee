import type { Absence, AbsenceStatsInput, Employee, Employment } from './types';

/** Q1 2024: 2024-01-01 (Monday) to 2024-03-31 = 91 calendar days = 13 weeks = 65 working days. */
export const Q1_2024 = { from: '2024-01-01', to: '2024-03-31' } as const;

/** An employment from `start` (open-ended unless `end`) at `hours` per week. */
export const job = (start: string, end: string | null = null, hours = 40): Employment => ({
  start,
  end,
  hoursPerWeek: hours,
});

/** A full-timer employed since 2020 unless employments are given. */
export const person = (id: string, extra: Partial<Employee> = {}): Employee => ({
  id,
  employments: [job('2020-01-01')],
  ...extra,
});

export const sick = (
  employeeId: string,
  start: string,
  end: string | null,
  extra: Partial<Absence> = {},
): Absence => ({
  employeeId,
  start,
  end,
  ...extra,
});

/** Input over Q1 2024 with a 40-hour full-time week unless overridden. */
export const input = (
  employees: Employee[],
  absences: Absence[],
  period: { from: string; to: string } = Q1_2024,
): AbsenceStatsInput => ({ ...period, fullTimeHours: 40, employees, absences });

/** `n` full-timers named `${prefix}1`…`${prefix}n` with the given extra fields. */
export const crowd = (prefix: string, n: number, extra: Partial<Employee> = {}): Employee[] =>
  Array.from({ length: n }, (_, i) => person(`${prefix}${i + 1}`, extra));
