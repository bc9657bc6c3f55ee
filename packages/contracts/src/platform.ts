import { z } from '@hono/zod-openapi';
import { page, ZIsoDate, ZPageQuery } from './common';
import { ZOrganization } from './organization';
import { ROLES } from './people';

/**
 * A module's name (`people`, `absence`, `arbo`, `vitality`, `development`, …). The server's module
 * list (apps/server/src/modules/index.ts) is the only place that names the modules; the web keys
 * its pages and nav entries on these names.
 */
export const ZModuleName = z.string().regex(/^[a-z][a-z-]*$/);
export type TModule = z.infer<typeof ZModuleName>;

export const ZMe = z
  .object({
    user: z.object({ id: z.string(), name: z.string(), email: z.string(), twoFactorEnabled: z.boolean() }),
    organizations: z.array(z.object({ id: z.string(), name: z.string() })),
    organization: ZOrganization.nullable(),
    personId: z.string().nullable(),
    roles: z.array(z.object({ role: z.enum(ROLES), unitId: z.string().nullable() })),
    modules: z.array(ZModuleName),
    /** hr, occupational_physician and confidential_adviser must enable TOTP before they can use the API. */
    twoFactorRequired: z.boolean(),
    /** The demo accounts are exempt from 2FA in demo mode (and the UI says so). */
    twoFactorExempt: z.boolean(),
    demoMode: z.boolean(),
  })
  .openapi('Me');
export type TMe = z.infer<typeof ZMe>;

export const INVITATION_STATUSES = ['pending', 'accepted', 'expired', 'revoked'] as const;
export const ZInvitation = z
  .object({
    id: z.string(),
    personId: z.string(),
    personName: z.string(),
    email: z.string(),
    status: z.enum(INVITATION_STATUSES),
    expiresAt: z.string(),
    createdAt: z.string(),
  })
  .openapi('Invitation');
export type TInvitation = z.infer<typeof ZInvitation>;
export const ZCreateInvitation = z.object({ personId: z.string().min(1), email: z.email().optional() });
export const ZAcceptInvitation = z.object({
  token: z.string().min(20),
  password: z.string().min(12).max(128),
});
export const ZInvitationPreview = z.object({
  email: z.string(),
  personName: z.string(),
  organizationName: z.string(),
});

export const ZAuditEvent = z
  .object({
    id: z.number(),
    at: z.string(),
    actorUserId: z.string().nullable(),
    actorName: z.string().nullable(),
    action: z.string(),
    resourceType: z.string(),
    resourceId: z.string().nullable(),
    subjectPersonId: z.string().nullable(),
    subjectName: z.string().nullable(),
    ip: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable(),
  })
  .openapi('AuditEvent');
export type TAuditEvent = z.infer<typeof ZAuditEvent>;
export const ZAuditQuery = ZPageQuery.extend({
  action: z.string().max(100).optional(),
  resourceType: z.string().max(100).optional(),
  actorUserId: z.string().optional(),
  subjectPersonId: z.string().optional(),
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
});
export const ZAuditPage = page(ZAuditEvent).openapi('AuditPage');

export const ZOutboxMail = z
  .object({ id: z.string(), to: z.string(), subject: z.string(), text: z.string(), createdAt: z.string() })
  .openapi('OutboxMail');
export const ZOutboxPage = page(ZOutboxMail);

export const ZImportRowError = z.object({
  row: z.number(),
  field: z.string(),
  code: z.string(),
  message: z.string(),
});
export const ZPeopleImport = z
  .object({
    id: z.string(),
    fileName: z.string(),
    status: z.enum(['preview', 'committed']),
    /** Source column → field, as detected (AFAS / Visma / Nmbrs / Inzetbaar names). */
    mapping: z.record(z.string(), z.string()),
    summary: z.object({
      rows: z.number(),
      valid: z.number(),
      invalid: z.number(),
      create: z.number(),
      update: z.number(),
      unchanged: z.number(),
    }),
    errors: z.array(ZImportRowError),
    preview: z.array(z.record(z.string(), z.unknown())),
  })
  .openapi('PeopleImport');
export type TPeopleImport = z.infer<typeof ZPeopleImport>;

export const ZHealth = z.object({
  status: z.enum(['ok', 'error']),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
export const ZSetupStatus = z.object({
  needsSetup: z.boolean(),
  demoMode: z.boolean(),
  /** BASE_URL: the one address sign-in works on (the origin check refuses others). */
  baseUrl: z.string(),
});

export { page, ZPageQuery };
