import { z } from '@hono/zod-openapi';
import { ROLES, type TRole } from '@inzetbaar/domain/roles';
import { page, ZIsoDate, ZPageQuery, ZVersion } from './common';

export { ROLES, type TRole };

export const ZRoleAssignment = z
  .object({ id: z.string(), personId: z.string(), role: z.enum(ROLES), unitId: z.string().nullable() })
  .openapi('RoleAssignment');
export type TRoleAssignment = z.infer<typeof ZRoleAssignment>;
export const ZCreateRoleAssignment = z
  .object({ personId: z.string().min(1), role: z.enum(ROLES), unitId: z.string().nullable().default(null) })
  .refine((v) => v.role !== 'manager' || v.unitId !== null, {
    path: ['unitId'],
    message: 'manager_needs_unit',
  });
export type TCreateRoleAssignment = z.infer<typeof ZCreateRoleAssignment>;

export const ZEmployment = z
  .object({
    id: z.string(),
    personId: z.string(),
    startDate: z.string(),
    endDate: z.string().nullable(),
    hoursPerWeek: z.number(),
    jobTitle: z.string(),
    escoOccupationUri: z.string().nullable(),
    unitId: z.string().nullable(),
    managerPersonId: z.string().nullable(),
    /** Directeur-grootaandeelhouder: hours not counted for the RI&E toetsing exemption. */
    isMajorityShareholderDirector: z.boolean(),
    version: z.number(),
  })
  .openapi('Employment');
export type TEmployment = z.infer<typeof ZEmployment>;

const employmentFields = {
  startDate: ZIsoDate,
  endDate: ZIsoDate.nullable().default(null),
  hoursPerWeek: z.number().gt(0).max(60),
  jobTitle: z.string().trim().min(1).max(200),
  escoOccupationUri: z
    .url()
    .startsWith('http://data.europa.eu/esco/occupation/', 'esco_uri')
    .nullable()
    .default(null),
  unitId: z.string().nullable().default(null),
  managerPersonId: z.string().nullable().default(null),
  isMajorityShareholderDirector: z.boolean().default(false),
};
const endNotBeforeStart = (v: { startDate?: string; endDate?: string | null }) =>
  !v.startDate || !v.endDate || v.endDate >= v.startDate;

export const ZCreateEmployment = z
  .object(employmentFields)
  .refine(endNotBeforeStart, { path: ['endDate'], message: 'end_before_start' });
export type TCreateEmployment = z.infer<typeof ZCreateEmployment>;
export const ZUpdateEmployment = z
  .object({
    startDate: ZIsoDate,
    endDate: ZIsoDate.nullable(),
    hoursPerWeek: employmentFields.hoursPerWeek,
    jobTitle: employmentFields.jobTitle,
    escoOccupationUri: z.string().nullable(),
    unitId: z.string().nullable(),
    managerPersonId: z.string().nullable(),
    isMajorityShareholderDirector: z.boolean(),
  })
  .partial()
  .extend({ version: ZVersion })
  .refine(endNotBeforeStart, { path: ['endDate'], message: 'end_before_start' });
export type TUpdateEmployment = z.infer<typeof ZUpdateEmployment>;

export const ZPersonSummary = z
  .object({
    id: z.string(),
    employeeNumber: z.string(),
    givenName: z.string(),
    surnamePrefix: z.string().nullable(),
    surname: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    jobTitle: z.string().nullable(),
    unitId: z.string().nullable(),
    unitName: z.string().nullable(),
    isActive: z.boolean(),
  })
  .openapi('PersonSummary');
export type TPersonSummary = z.infer<typeof ZPersonSummary>;

export const ZPerson = ZPersonSummary.extend({
  birthDate: z.string().nullable(),
  hasAccount: z.boolean(),
  version: z.number(),
  employments: z.array(ZEmployment),
  roles: z.array(ZRoleAssignment),
}).openapi('Person');
export type TPerson = z.infer<typeof ZPerson>;

/** Who a people list shows: working today, left, or both. */
export const PEOPLE_STATUSES = ['active', 'former', 'all'] as const;
export type TPeopleStatus = (typeof PEOPLE_STATUSES)[number];
export const ZPeopleQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  unitId: z.string().optional(),
  status: z.enum(PEOPLE_STATUSES).default('active'),
});
export const ZPeoplePage = page(ZPersonSummary).openapi('PeoplePage');

const personFields = {
  employeeNumber: z.string().trim().min(1).max(32),
  givenName: z.string().trim().min(1).max(100),
  surnamePrefix: z.string().trim().max(30).nullable().default(null),
  surname: z.string().trim().min(1).max(100),
  birthDate: ZIsoDate.nullable().default(null),
  email: z.email().nullable().default(null),
};
export const ZCreatePerson = z.object({ ...personFields, employment: ZCreateEmployment.optional() });
export type TCreatePerson = z.infer<typeof ZCreatePerson>;
export const ZUpdatePerson = z
  .object({
    employeeNumber: personFields.employeeNumber,
    givenName: personFields.givenName,
    surnamePrefix: z.string().trim().max(30).nullable(),
    surname: personFields.surname,
    birthDate: ZIsoDate.nullable(),
    email: z.email().nullable(),
  })
  .partial()
  .extend({ version: ZVersion });
export type TUpdatePerson = z.infer<typeof ZUpdatePerson>;
