import { z } from 'zod';
import { parseDayNumber } from './day-number';
import type { Absence, AbsenceStatsOptions, Employee } from './types';

/** A real calendar date `YYYY-MM-DD` (2023-02-29 is rejected). */
export const ZStatsDate = z.string().refine((v) => !Number.isNaN(parseDayNumber(v)), {
  message: 'expected a real date YYYY-MM-DD',
  params: { code: 'invalid_date' },
});

export const ZStatsEmployment = z.object({
  start: ZStatsDate,
  end: ZStatsDate.nullable(),
  hoursPerWeek: z.number().positive().max(168),
});

export const ZStatsEmployee = z.object({
  id: z.string().min(1),
  birthDate: ZStatsDate.optional(),
  unitId: z.string().min(1).optional(),
  employments: z.array(ZStatsEmployment),
}) satisfies z.ZodType<Employee>;

export const ZStatsAbsenceSegment = z.object({
  from: ZStatsDate,
  // 0 % would be full recovery, which is the case's `end`.
  percentage: z.number().gt(0).max(100),
});

export const ZStatsAbsence = z.object({
  employeeId: z.string().min(1),
  start: ZStatsDate,
  end: ZStatsDate.nullable(),
  segments: z.array(ZStatsAbsenceSegment).optional(),
  pregnancyRelated: z.boolean().optional(),
}) satisfies z.ZodType<Absence>;

/** Options as given by a caller or in the JSON `options` key; every field optional. */
export const ZAbsenceStatsOptions = z
  .object({
    dayBasis: z.enum(['calendar', 'working']),
    excludePregnancyRelated: z.boolean(),
    durationClasses: z.array(
      z.object({
        key: z.string().min(1),
        minDays: z.number().int().min(1),
        maxDays: z.number().int().min(1).nullable(),
      }),
    ),
    frequentAbsenceThreshold: z.number().int().min(1),
    frequentAbsenceWindowMonths: z.number().int().min(1),
    minGroupSize: z.number().int(),
    ageBandBounds: z.array(z.number().int().min(1)),
    subPeriod: z.enum(['month', 'quarter']),
  })
  .partial() satisfies z.ZodType<Partial<AbsenceStatsOptions>>;

/** The JSON input of `absenceStatsFromJson` (the CLI's file format). */
export const ZAbsenceStatsInput = z.object({
  from: ZStatsDate,
  to: ZStatsDate,
  fullTimeHours: z.number().positive().max(168),
  employees: z.array(ZStatsEmployee),
  absences: z.array(ZStatsAbsence),
  options: ZAbsenceStatsOptions.optional(),
});
export type TAbsenceStatsInput = z.infer<typeof ZAbsenceStatsInput>;
