import { z } from '@hono/zod-openapi';
import { ORGANIZATION_KINDS } from '@inzetbaar/domain/organization';
import { SBI_SECTIONS } from '@inzetbaar/domain/rie/catalogue.schema';
import { ZVersion } from './common';

/** Defined once in the domain; re-exported for server and web. */
export { ORGANIZATION_KINDS, SBI_SECTIONS };

export const ZOrganization = z
  .object({
    id: z.string(),
    name: z.string(),
    kvkNumber: z.string().nullable(),
    sbiSection: z.enum(SBI_SECTIONS),
    sbiDivision: z.string().nullable(),
    kind: z.enum(ORGANIZATION_KINDS),
    timeZone: z.string(),
    fullTimeHours: z.number(),
    version: z.number(),
  })
  .openapi('Organization');
export type TOrganization = z.infer<typeof ZOrganization>;

const organizationFields = {
  name: z.string().trim().min(2).max(200),
  kvkNumber: z
    .string()
    .regex(/^\d{8}$/, 'kvk_number')
    .nullable()
    .optional(),
  sbiSection: z.enum(SBI_SECTIONS),
  sbiDivision: z
    .string()
    .regex(/^\d{2}$/, 'sbi_division')
    .nullable()
    .optional(),
  kind: z.enum(ORGANIZATION_KINDS).default('employer'),
  timeZone: z.string().min(1).default('Europe/Amsterdam'),
  fullTimeHours: z.number().min(1).max(60).default(40),
};

export const ZCreateOrganization = z.object(organizationFields);
export type TCreateOrganization = z.infer<typeof ZCreateOrganization>;

export const ZUpdateOrganization = z
  .object({
    name: organizationFields.name,
    kvkNumber: organizationFields.kvkNumber,
    sbiSection: organizationFields.sbiSection,
    sbiDivision: organizationFields.sbiDivision,
    timeZone: z.string().min(1),
    fullTimeHours: z.number().min(1).max(60),
  })
  .partial()
  .extend({ version: ZVersion });
export type TUpdateOrganization = z.infer<typeof ZUpdateOrganization>;

export const ZUnit = z
  .object({
    id: z.string(),
    parentId: z.string().nullable(),
    name: z.string(),
    version: z.number(),
    headcount: z.number(),
  })
  .openapi('Unit');
export type TUnit = z.infer<typeof ZUnit>;
export const ZCreateUnit = z.object({
  name: z.string().trim().min(1).max(120),
  parentId: z.string().nullable().default(null),
});
export type TCreateUnit = z.infer<typeof ZCreateUnit>;
export const ZUpdateUnit = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  parentId: z.string().nullable().optional(),
  version: ZVersion,
});
export type TUpdateUnit = z.infer<typeof ZUpdateUnit>;

/** First start in production mode: creates the first organisation and its HR admin. */
export const ZSetup = z.object({
  organization: ZCreateOrganization,
  admin: z.object({
    givenName: z.string().trim().min(1).max(100),
    surname: z.string().trim().min(1).max(100),
    email: z.email(),
    password: z.string().min(12).max(128),
  }),
});
export type TSetup = z.infer<typeof ZSetup>;
