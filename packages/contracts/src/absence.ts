import { z } from '@hono/zod-openapi';
import { page, ZIsoDate, ZPageQuery, ZVersion } from './common';

/*
 * Verzuim & werkhervatting (issue 3). Request bodies are strict: an unknown field (a "reason" or
 * "diagnosis" on a sick report, say) is refused with 422 instead of being silently dropped — the
 * employer side may record only what the AP allows (domain-rules §2.1).
 */
const strict = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape, { error: 'unknown_field' });

const text = (max: number) => z.string().trim().max(max);
/** Employer-side free text: the same hint as in the web app (domain-rules §2.1). */
const NO_MEDICAL = 'No medical data or diagnosis here: those stay with the occupational physician.';

/** The AP-allowed fields of a sick report, and nothing else. */
const reportFields = {
  contactPhone: text(40).nullable().default(null),
  /** Address while sick (verpleegadres), when different from the home address. */
  contactAddress: text(300).nullable().default(null),
  expectedDurationDays: z.number().int().min(1).max(730).nullable().default(null),
  /** Current appointments and work that need to be taken over. */
  currentWork: text(2000)
    .nullable()
    .default(null)
    .openapi({ description: `Appointments and work to take over or cancel. ${NO_MEDICAL}` }),
  /**
   * Whether a Ziektewet safety-net (vangnet) provision applies — never which one (AP, domain-rules
   * §2.1 item 4). It adds the vangnet report to UWV to the case; it never makes a separate case.
   */
  safetyNet: z.boolean().default(false),
  workAccident: z.boolean().default(false),
  liableThirdParty: z.boolean().default(false),
};

export const ZReportSick = strict({
  personId: z.string().min(1),
  startDate: ZIsoDate,
  ...reportFields,
}).openapi('ReportSick');
export type TReportSick = z.infer<typeof ZReportSick>;

export const ZCorrectReport = strict({
  version: ZVersion,
  startDate: ZIsoDate.optional(),
  endDate: ZIsoDate.nullable().optional(),
  contactPhone: text(40).nullable().optional(),
  contactAddress: text(300).nullable().optional(),
  expectedDurationDays: z.number().int().min(1).max(730).nullable().optional(),
  currentWork: text(2000).nullable().optional(),
  safetyNet: z.boolean().optional(),
  workAccident: z.boolean().optional(),
  liableThirdParty: z.boolean().optional(),
  /** Why the correction is made; kept in the audit log. */
  reason: text(500)
    .min(1)
    .openapi({ description: `Why the report is corrected (kept in the audit log). ${NO_MEDICAL}` }),
}).openapi('CorrectReport');
export type TCorrectReport = z.infer<typeof ZCorrectReport>;

export const ZPartialRecovery = strict({
  from: ZIsoDate,
  /** Share of the contract hours the person works again, 1–99 % (100 % is full recovery). */
  workPercentage: z.number().int().min(1).max(99),
}).openapi('PartialRecovery');
export type TPartialRecovery = z.infer<typeof ZPartialRecovery>;

export const ZFullRecovery = strict({
  /** First day fully back at work; the last sick day is the day before. */
  recoveredOn: ZIsoDate,
}).openapi('FullRecovery');
export type TFullRecovery = z.infer<typeof ZFullRecovery>;

/** Case-level data: a loonsanctie imposed by UWV after the RIV-toets (1–52 weeks, null = none). */
export const ZUpdateAbsenceCase = strict({
  version: ZVersion,
  loonsanctieWeeks: z.number().int().min(1).max(52).nullable(),
}).openapi('UpdateAbsenceCase');
export type TUpdateAbsenceCase = z.infer<typeof ZUpdateAbsenceCase>;

export const ZMilestoneDone = strict({
  doneOn: ZIsoDate,
  documentId: text(200).nullable().default(null),
  note: text(1000).nullable().default(null).openapi({ description: NO_MEDICAL }),
}).openapi('MilestoneDone');
export type TMilestoneDone = z.infer<typeof ZMilestoneDone>;

export const SPOOR_2_STATUSES = ['not_decided', 'not_needed', 'started'] as const;

const planFields = {
  goals: text(4000),
  agreedActivities: text(4000),
  adaptedWork: text(4000),
  reducedHoursPerWeek: z.number().min(0).max(60).nullable(),
  casemanagerPersonId: z.string().nullable(),
  spoor1: text(4000),
  spoor2Status: z.enum(SPOOR_2_STATUSES),
  spoor2StartedOn: ZIsoDate.nullable(),
  spoor2Notes: text(4000),
  agreedOn: ZIsoDate.nullable(),
};
export const ZAbsencePlan = z
  .object({ ...planFields, casemanagerName: z.string().nullable(), version: z.number().int().min(0) })
  .openapi('AbsencePlan');
export type TAbsencePlan = z.infer<typeof ZAbsencePlan>;
/** `version` 0 creates the plan; otherwise the version last read (stale → 409). */
export const ZSavePlan = strict({ ...planFields, version: z.number().int().min(0) }).openapi('SavePlan');
export type TSavePlan = z.infer<typeof ZSavePlan>;

export const ZCreateEvaluation = strict({
  date: ZIsoDate,
  summary: text(4000).min(1),
  adjustments: text(4000).default(''),
}).openapi('CreateEvaluation');
export type TCreateEvaluation = z.infer<typeof ZCreateEvaluation>;
export const ZAbsenceEvaluation = z
  .object({
    id: z.string(),
    date: z.string(),
    summary: z.string(),
    adjustments: z.string(),
    authorName: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('AbsenceEvaluation');
export type TAbsenceEvaluation = z.infer<typeof ZAbsenceEvaluation>;

export const ZCreateMedicalNote = strict({
  note: text(20_000).min(1),
  diagnosisCode: text(20).nullable().default(null),
}).openapi('CreateMedicalNote');
export type TCreateMedicalNote = z.infer<typeof ZCreateMedicalNote>;
export const ZMedicalNote = z
  .object({
    id: z.string(),
    note: z.string(),
    diagnosisCode: z.string().nullable(),
    authorName: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('MedicalNote');
export type TMedicalNote = z.infer<typeof ZMedicalNote>;

export const ZCreateCapabilities = strict({
  validFrom: ZIsoDate,
  limitations: text(4000).min(1),
  possibilities: text(4000).min(1),
  workAdvice: text(4000).min(1),
  prognosis: text(1000).nullable().default(null),
}).openapi('CreateCapabilities');
export type TCreateCapabilities = z.infer<typeof ZCreateCapabilities>;
export const ZCapabilities = z
  .object({
    id: z.string(),
    validFrom: z.string(),
    limitations: z.string(),
    possibilities: z.string(),
    workAdvice: z.string(),
    prognosis: z.string().nullable(),
    authorName: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Capabilities');
export type TCapabilities = z.infer<typeof ZCapabilities>;

export const MILESTONE_STATUSES = ['open', 'done', 'overdue', 'not_applicable'] as const;
export const RESPONSIBLES = ['occupational_physician', 'employer', 'employee', 'uwv'] as const;

export const ZAbsenceMilestone = z
  .object({
    key: z.string(),
    kind: z.enum(['task', 'event']),
    sickDay: z.number(),
    due: z.string(),
    from: z.string().nullable(),
    responsible: z.enum(RESPONSIBLES),
    legalSource: z.string(),
    label: z.object({ nl: z.string(), en: z.string() }),
    status: z.enum(MILESTONE_STATUSES),
    doneOn: z.string().nullable(),
    documentId: z.string().nullable(),
    note: z.string().nullable(),
  })
  .openapi('AbsenceMilestone');
export type TAbsenceMilestone = z.infer<typeof ZAbsenceMilestone>;

export const ZDeadline = z.object({
  key: z.string(),
  due: z.string(),
  label: z.object({ nl: z.string(), en: z.string() }),
});

export const ZAbsenceCaseSummary = z
  .object({
    id: z.string(),
    personId: z.string(),
    personName: z.string(),
    unitId: z.string().nullable(),
    unitName: z.string().nullable(),
    /** Some report of the case is under the Ziektewet vangnet (whether, never which). */
    safetyNet: z.boolean(),
    status: z.enum(['open', 'closed']),
    firstSickDay: z.string(),
    lastSickDay: z.string().nullable(),
    /** Sick days so far (gap days of the samentelregel excluded) and the current week. */
    sickDays: z.number(),
    week: z.number(),
    /** Current share of the contract hours worked (0 while fully sick). */
    workPercentage: z.number(),
    nextDeadline: ZDeadline.nullable(),
    overdue: z.array(ZDeadline),
    /** A relapse within 28 days of recovery was added to this case (duurzame werkhervatting signal). */
    relapse: z.boolean(),
    version: z.number(),
  })
  .openapi('AbsenceCaseSummary');
export type TAbsenceCaseSummary = z.infer<typeof ZAbsenceCaseSummary>;

export const ZAbsenceReport = z
  .object({
    id: z.string(),
    startDate: z.string(),
    endDate: z.string().nullable(),
    safetyNet: z.boolean(),
    contactPhone: z.string().nullable(),
    contactAddress: z.string().nullable(),
    expectedDurationDays: z.number().nullable(),
    currentWork: z.string().nullable(),
    workAccident: z.boolean(),
    liableThirdParty: z.boolean(),
    segments: z.array(z.object({ from: z.string(), workPercentage: z.number() })),
    version: z.number(),
  })
  .openapi('AbsenceReport');
export type TAbsenceReport = z.infer<typeof ZAbsenceReport>;

export const ZAbsenceCase = ZAbsenceCaseSummary.extend({
  asOf: z.string(),
  ruleSet: z.string(),
  relapseMergesUntil: z.string().nullable(),
  loonsanctieWeeks: z.number().nullable(),
  reports: z.array(ZAbsenceReport),
  milestones: z.array(ZAbsenceMilestone),
  plan: ZAbsencePlan,
  evaluations: z.array(ZAbsenceEvaluation),
  capabilities: z.array(ZCapabilities),
  /**
   * Entries in the accident register (Arbowet art. 9) of this person around a report marked as a
   * work accident; only for roles that may read the register, empty otherwise.
   */
  accidents: z.array(z.object({ id: z.string(), occurredOn: z.string() })),
  /** What the caller may do here (the UI hides the rest; the API enforces it). */
  permissions: z.object({
    /** Mark Poortwachter milestones done (hr, manager, physician). */
    manage: z.boolean(),
    /** The employer's case work: plan van aanpak, evaluations, loonsanctie, recovery (hr, manager). */
    casework: z.boolean(),
    medical: z.boolean(),
    writeCapabilities: z.boolean(),
    correct: z.boolean(),
  }),
}).openapi('AbsenceCase');
export type TAbsenceCase = z.infer<typeof ZAbsenceCase>;

export const ZAbsenceListQuery = ZPageQuery.extend({
  status: z.enum(['open', 'closed', 'all']).default('open'),
  unitId: z.string().optional(),
  personId: z.string().optional(),
  overdue: z.enum(['true', 'false']).optional(),
});
export type TAbsenceListQuery = z.infer<typeof ZAbsenceListQuery>;
export const ZAbsencePage = page(ZAbsenceCaseSummary).openapi('AbsencePage');

export const ZAbsenceCaseParams = z.object({
  id: z
    .string()
    .min(1)
    .openapi({ param: { name: 'id', in: 'path' } }),
});
export const ZMilestoneParams = ZAbsenceCaseParams.extend({
  key: z
    .string()
    .regex(/^[a-z0-9_]+$/)
    .openapi({ param: { name: 'key', in: 'path' } }),
});
export const ZReportParams = ZAbsenceCaseParams.extend({
  reportId: z
    .string()
    .min(1)
    .openapi({ param: { name: 'reportId', in: 'path' } }),
});

/* Signals (issue 3 §5): visible to HR and the person's manager, worded without blame. */
export const ZAbsenceSignal = z
  .object({
    kind: z.enum(['relapse', 'frequent']),
    personId: z.string(),
    personName: z.string(),
    unitName: z.string().nullable(),
    caseId: z.string().nullable(),
    /** relapse: the start of the relapse; frequent: the start of the latest report. */
    date: z.string(),
    /** frequent: reports in the 12 months up to today; relapse: fit days between the spells. */
    count: z.number(),
  })
  .openapi('AbsenceSignal');
export type TAbsenceSignal = z.infer<typeof ZAbsenceSignal>;
export const ZAbsenceSignals = z
  .object({ asOf: z.string(), items: z.array(ZAbsenceSignal) })
  .openapi('AbsenceSignals');

export const ZAbsenceNotice = z
  .object({
    id: z.string(),
    caseId: z.string(),
    personName: z.string(),
    milestoneKey: z.string(),
    label: z.object({ nl: z.string(), en: z.string() }),
    due: z.string(),
    overdue: z.boolean(),
    createdAt: z.string(),
    /** When the recipient marked it read; null while unread. */
    readAt: z.string().nullable(),
  })
  .openapi('AbsenceNotice');
export const ZAbsenceNotices = z
  .object({
    items: z.array(ZAbsenceNotice),
    /** Tasks (case and milestone) with an unread notice — the count on the nav badge. */
    unread: z.number().int(),
  })
  .openapi('AbsenceNotices');
export const ZAbsenceNoticesUnread = z.object({ unread: z.number().int() }).openapi('AbsenceNoticesUnread');
export const ZAbsenceNoticesMarked = z
  .object({ marked: z.number().int(), unread: z.number().int() })
  .openapi('AbsenceNoticesMarked');
export const ZAbsenceNoticeParams = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' } }),
});

/* Statistics */
export const ZAbsenceStatsQuery = z.object({
  from: ZIsoDate,
  to: ZIsoDate,
  unitId: z.string().optional(),
  groupBy: z.enum(['unit', 'ageBand', 'month']).default('unit'),
});
export type TAbsenceStatsQuery = z.infer<typeof ZAbsenceStatsQuery>;

const ZFigures = z.object({
  employees: z.number(),
  averageHeadcount: z.number(),
  verzuimpercentage: z.number().nullable(),
  meldingsfrequentie: z.number().nullable(),
  gemiddeldeVerzuimduur: z.number().nullable(),
  nulverzuim: z.number().nullable(),
  reports: z.number(),
  casesEnded: z.number(),
});
const ZBenchmarkFigure = z.object({
  key: z.string(),
  title: z.string(),
  percentage: z.number(),
  year: z.number(),
  quarter: z.number().nullable(),
  isProvisional: z.boolean(),
});
export const ZAbsenceStats = z
  .object({
    period: z.object({ from: z.string(), to: z.string(), days: z.number() }),
    groupBy: z.enum(['unit', 'ageBand', 'month']),
    minGroupSize: z.number(),
    /** null when the population itself is smaller than the minimum group size (privacy). */
    totals: ZFigures.nullable(),
    durationClasses: z
      .array(
        z.object({ key: z.string(), minDays: z.number(), maxDays: z.number().nullable(), count: z.number() }),
      )
      .nullable(),
    groups: z.array(
      z.object({
        key: z.string().nullable(),
        label: z.string().nullable(),
        suppressed: z.boolean(),
        reason: z.string().nullable(),
        figures: ZFigures.nullable(),
      }),
    ),
    /** People with ≥ 3 reports in 12 months: only for hr and managers (never in aggregate-only views). */
    frequentAbsentees: z
      .array(z.object({ personId: z.string(), personName: z.string(), reports: z.number() }))
      .nullable(),
    benchmark: z.object({
      sector: ZBenchmarkFigure.nullable(),
      size: ZBenchmarkFigure.nullable(),
      fallback: z.array(z.object({ dimension: z.string(), code: z.string(), message: z.string() })),
      attribution: z.string(),
    }),
  })
  .openapi('AbsenceStats');
export type TAbsenceStats = z.infer<typeof ZAbsenceStats>;
