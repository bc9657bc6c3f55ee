import { z } from '@hono/zod-openapi';

/*
 * The retention dry run (issue 16): which records the daily job removes today and in the coming
 * days, per record type of the domain's rule table (docs/absence.md "Retention").
 */

export const RETENTION_RECORD_TYPES = [
  'reintegration_file',
  'released_documents',
  'absence_administration',
  'medical_file',
] as const;

const ZText = z.object({ nl: z.string(), en: z.string() });

export const ZRetentionReportQuery = z.object({
  /** Also list what goes within this many days (0 = only what the next run removes). */
  horizonDays: z.coerce.number().int().min(0).max(366).default(90),
});

export const ZRetentionRule = z.object({
  recordType: z.enum(RETENTION_RECORD_TYPES),
  years: z.number(),
  after: z.enum(['reintegration_end', 'employment_end', 'last_medical_entry']),
  action: z.enum(['delete', 'withdraw_release']),
  label: ZText,
  holds: ZText,
  source: z.string(),
});

export const ZRetentionReportItem = z.object({
  recordType: z.enum(RETENTION_RECORD_TYPES),
  personId: z.string(),
  personName: z.string(),
  /** The case of a re-integration file or its released documents; null for the person's records. */
  caseId: z.string().nullable(),
  /** The day the period counts from (end of the re-integration, of the employment, last entry). */
  from: z.string(),
  keptUntil: z.string(),
  /** The day the job removes it: the day after `keptUntil`. */
  removedOn: z.string(),
  /** Removed by the next run. */
  due: z.boolean(),
});

export const ZRetentionReport = z
  .object({
    asOf: z.string(),
    /** Listed: everything removed on or before this day (asOf + horizonDays). */
    until: z.string(),
    ruleSet: z.string(),
    rules: z.array(ZRetentionRule),
    items: z.array(ZRetentionReportItem),
    /**
     * Medical files (the physician's) for readers who may not see whose they are (HR): counts only.
     * Null for the physician, who sees them in `items`.
     */
    medicalFiles: z.object({ due: z.number(), upcoming: z.number() }).nullable(),
  })
  .openapi('RetentionReport');
export type TRetentionReport = z.infer<typeof ZRetentionReport>;
