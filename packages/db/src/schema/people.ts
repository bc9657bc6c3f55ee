import { ROLES } from '@inzetbaar/domain/roles';
import { boolean, doublePrecision, index, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { createdAt, id, isoDate, organizationId, updatedAt, version } from './columns';

export const persons = pgTable(
  'persons',
  {
    id: id(),
    organizationId: organizationId(),
    givenName: text().notNull(),
    /** Tussenvoegsel ("van", "de", "van der"). */
    surnamePrefix: text(),
    surname: text().notNull(),
    birthDate: isoDate(),
    email: text(),
    /** Personeelsnummer: the key of every HR/payroll import, unique per organisation. */
    employeeNumber: text().notNull(),
    userId: text(),
    /**
     * The language this person last used in the web app (`nl` | `en`), for mails sent without a
     * request (reminders); null until they sign in. Not part of the HR file: no version bump.
     */
    language: text({ enum: ['nl', 'en'] }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique().on(t.organizationId, t.employeeNumber),
    index().on(t.organizationId, t.surname),
    index().on(t.userId),
  ],
);

export const employments = pgTable(
  'employments',
  {
    id: id(),
    organizationId: organizationId(),
    personId: text().notNull(),
    startDate: isoDate().notNull(),
    endDate: isoDate(),
    hoursPerWeek: doublePrecision().notNull(),
    jobTitle: text().notNull(),
    escoOccupationUri: text(),
    unitId: text(),
    managerPersonId: text(),
    /**
     * A director-major shareholder (dga) on the payroll: their hours do not count towards the
     * 40-hour exemption from the RI&E toetsing (packages/domain/src/rie/duties.ts).
     */
    isMajorityShareholderDirector: boolean().notNull().default(false),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.organizationId, t.personId), index().on(t.organizationId, t.unitId)],
);

/** A role a person holds in an organisation; `unitId` scopes a manager to a unit and its sub-units. */
export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: id(),
    organizationId: organizationId(),
    personId: text().notNull(),
    role: text({ enum: ROLES }).notNull(),
    unitId: text(),
    createdAt: createdAt(),
  },
  (t) => [
    unique().on(t.organizationId, t.personId, t.role, t.unitId).nullsNotDistinct(),
    index().on(t.personId),
  ],
);
