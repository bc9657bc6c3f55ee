import type { IsoDate } from '../dates';
import type { TImportPerson } from './validate-rows';

/** What the organisation holds for a personeelsnummer: the person and their current employment. */
export type TImportTarget = {
  givenName: string;
  surnamePrefix: string | null;
  surname: string;
  birthDate: IsoDate | null;
  email: string | null;
  employment: {
    startDate: IsoDate;
    endDate: IsoDate | null;
    hoursPerWeek: number;
    jobTitle: string;
    unitId: string | null;
    managerEmployeeNumber: string | null;
  } | null;
};

export type TImportAction = 'create' | 'update' | 'unchanged';

/**
 * The record after importing `row` over `existing`. An empty cell means "not in the file", so it
 * keeps the existing value: an export that lacks a column (or a value) never wipes data. An
 * employment with the same start date is the same contract and is merged field by field; another
 * start date is a different contract and is taken from the row alone.
 */
export function applyImportRow(existing: TImportTarget | undefined, row: TImportPerson): TImportTarget {
  const keepEmail = existing?.email && row.email && existing.email.toLowerCase() === row.email;
  const current = existing?.employment ?? null;
  const next = row.employment;
  const sameContract = current !== null && next !== null && current.startDate === next.startDate;
  return {
    givenName: row.givenName,
    surnamePrefix: row.surnamePrefix ?? existing?.surnamePrefix ?? null,
    surname: row.surname,
    birthDate: row.birthDate ?? existing?.birthDate ?? null,
    email: keepEmail ? (existing?.email ?? null) : (row.email ?? existing?.email ?? null),
    employment: next
      ? {
          startDate: next.startDate,
          endDate: next.endDate ?? (sameContract ? current.endDate : null),
          hoursPerWeek: next.hoursPerWeek,
          jobTitle: next.jobTitle,
          unitId: next.unitId ?? (sameContract ? current.unitId : null),
          managerEmployeeNumber:
            next.managerEmployeeNumber ?? (sameContract ? current.managerEmployeeNumber : null),
        }
      : current,
  };
}

/**
 * Whether importing `row` creates a person, changes one, or changes nothing. Importing the same file
 * twice gives `unchanged` for every row the second time (imports are idempotent).
 */
export function diffImportRow(existing: TImportTarget | undefined, row: TImportPerson): TImportAction {
  if (!existing) return 'create';
  return sameTarget(existing, applyImportRow(existing, row)) ? 'unchanged' : 'update';
}

function sameTarget(a: TImportTarget, b: TImportTarget): boolean {
  const ea = a.employment;
  const eb = b.employment;
  const sameEmployment =
    ea === eb ||
    (ea !== null &&
      eb !== null &&
      ea.startDate === eb.startDate &&
      ea.endDate === eb.endDate &&
      ea.hoursPerWeek === eb.hoursPerWeek &&
      ea.jobTitle === eb.jobTitle &&
      ea.unitId === eb.unitId &&
      ea.managerEmployeeNumber === eb.managerEmployeeNumber);
  return (
    sameEmployment &&
    a.givenName === b.givenName &&
    a.surnamePrefix === b.surnamePrefix &&
    a.surname === b.surname &&
    a.birthDate === b.birthDate &&
    a.email === b.email
  );
}
