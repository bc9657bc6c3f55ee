import type { IsoDate } from '@inzetbaar/domain';
import type { ROLES } from '@inzetbaar/domain/roles';
import type { UnitKey } from './demo-units';

export type DemoRole = (typeof ROLES)[number];
export type DemoOrganization = {
  name: string;
  kvkNumber: string | null;
  sbiSection: string;
  sbiDivision: string | null;
  kind: 'employer';
  timeZone: string;
  fullTimeHours: number;
};
export type DemoUnit = { key: UnitKey; parentKey: UnitKey | null; name: string };
export type DemoPerson = {
  key: string;
  employeeNumber: string;
  givenName: string;
  surnamePrefix: string | null;
  surname: string;
  birthDate: IsoDate;
  email: string | null;
};
export type DemoEmployment = {
  personKey: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
  hoursPerWeek: number;
  jobTitle: string;
  escoOccupationUri: string | null;
  unitKey: UnitKey;
  managerPersonKey: string | null;
};
export type DemoRoleAssignment = { personKey: string; role: DemoRole; unitKey: UnitKey | null };
export type DemoAccount = { email: string; personKey: string; name: string };
export type DemoOrganizationData = {
  organization: DemoOrganization;
  units: DemoUnit[];
  persons: DemoPerson[];
  employments: DemoEmployment[];
  roles: DemoRoleAssignment[];
  accounts: DemoAccount[];
};
