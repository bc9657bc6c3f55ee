import { z } from '@hono/zod-openapi';
import { ZIsoDate, ZVersion } from './common';
import { CERTIFICATE_STATUSES, lloOptText, lloText } from './llo-common';

// ── certificates ──────────────────────────────────────────────────────────────
export const ZCertificateType = z
  .object({
    id: z.string(),
    name: z.object({ nl: z.string(), en: z.string() }),
    group: z.string(),
    usualValidityMonths: z.number().nullable(),
  })
  .openapi('CertificateType');
export const ZCertificate = z
  .object({
    id: z.string(),
    personId: z.string(),
    personName: z.string(),
    type: z.string(),
    name: z.string(),
    issuer: z.string().nullable(),
    number: z.string().nullable(),
    obtainedOn: z.string(),
    expiresOn: z.string().nullable(),
    status: z.enum(CERTIFICATE_STATUSES),
    daysLeft: z.number().nullable(),
    learningRequestId: z.string().nullable(),
    version: z.number(),
  })
  .openapi('Certificate');
export type TCertificate = z.infer<typeof ZCertificate>;
export const ZCreateCertificate = z
  .object({
    type: z.string().min(1).max(64),
    /** Defaults to the type's name. */
    name: lloOptText(200),
    issuer: lloOptText(200),
    number: lloOptText(100),
    obtainedOn: ZIsoDate,
    /** Left out: suggested from the type's usual validity; null: does not expire. */
    expiresOn: ZIsoDate.nullable().optional(),
  })
  .strict();
export type TCreateCertificate = z.infer<typeof ZCreateCertificate>;
export const ZUpdateCertificate = z
  .object({
    name: lloText(200).optional(),
    issuer: lloOptText(200),
    number: lloOptText(100),
    obtainedOn: ZIsoDate.optional(),
    expiresOn: ZIsoDate.nullable().optional(),
    version: ZVersion,
  })
  .strict();
export type TUpdateCertificate = z.infer<typeof ZUpdateCertificate>;
export const ZExpiringQuery = z.object({ withinDays: z.coerce.number().int().min(0).max(730).default(90) });

// ── dashboard ─────────────────────────────────────────────────────────────────
export const ZLloFigures = z.object({
  people: z.number(),
  participationPercent: z.number(),
  hoursPerFte: z.number(),
  budgetUsedCents: z.number(),
  budgetAvailableCents: z.number(),
  skillCoveragePercent: z.number().nullable(),
  certificatesExpiring: z.number(),
  talkPercent: z.number(),
});
export const ZLloDashboard = z
  .object({
    asOf: z.string(),
    year: z.number(),
    /** Groups smaller than this are hidden (1 for HR; at least 5, default 10, for the works council). */
    minGroupSize: z.number(),
    organization: z.object({ suppressed: z.boolean(), figures: ZLloFigures.nullable() }),
    units: z.array(
      z.object({
        unitId: z.string().nullable(),
        unitName: z.string(),
        suppressed: z.boolean(),
        figures: ZLloFigures.nullable(),
      }),
    ),
  })
  .openapi('LloDashboard');
export type TLloDashboard = z.infer<typeof ZLloDashboard>;
