/** The person and employment fields a people file can fill, in the order a preview shows them. */
export const IMPORT_FIELDS = [
  'employeeNumber',
  'givenName',
  'surnamePrefix',
  'surname',
  'birthDate',
  'email',
  'startDate',
  'endDate',
  'hoursPerWeek',
  'jobTitle',
  'unitName',
  'managerEmployeeNumber',
] as const;
export type TImportField = (typeof IMPORT_FIELDS)[number];

/** Needed on every row: the personeelsnummer is the import key, the names make a person. */
export const REQUIRED_IMPORT_FIELDS = [
  'employeeNumber',
  'givenName',
  'surname',
] as const satisfies readonly TImportField[];

/** Fields that describe the dienstverband rather than the person. */
export const EMPLOYMENT_IMPORT_FIELDS = [
  'startDate',
  'endDate',
  'hoursPerWeek',
  'jobTitle',
  'unitName',
  'managerEmployeeNumber',
] as const satisfies readonly TImportField[];

/**
 * Needed as soon as a row carries any employment field: `employments.startDate`, `hoursPerWeek` and
 * `jobTitle` are NOT NULL in the database and required by `ZCreateEmployment`, so an employment
 * without them could not be stored without inventing values.
 */
export const REQUIRED_EMPLOYMENT_FIELDS = [
  'startDate',
  'hoursPerWeek',
  'jobTitle',
] as const satisfies readonly TImportField[];

/** Maximum lengths, the same as the person and employment contracts (packages/contracts/src/people.ts). */
export const IMPORT_MAX_LENGTHS: Partial<Record<TImportField, number>> = {
  employeeNumber: 32,
  givenName: 100,
  surnamePrefix: 30,
  surname: 100,
  jobTitle: 200,
};

/** Human labels of the fields, for previews and error messages. */
export const IMPORT_FIELD_LABELS: Record<TImportField, { nl: string; en: string }> = {
  employeeNumber: { nl: 'Personeelsnummer', en: 'Employee number' },
  givenName: { nl: 'Roepnaam', en: 'Given name' },
  surnamePrefix: { nl: 'Tussenvoegsel', en: 'Surname prefix' },
  surname: { nl: 'Achternaam', en: 'Surname' },
  birthDate: { nl: 'Geboortedatum', en: 'Date of birth' },
  email: { nl: 'E-mailadres', en: 'Email address' },
  startDate: { nl: 'Datum in dienst', en: 'Start date' },
  endDate: { nl: 'Datum uit dienst', en: 'End date' },
  hoursPerWeek: { nl: 'Uren per week', en: 'Hours per week' },
  jobTitle: { nl: 'Functie', en: 'Job title' },
  unitName: { nl: 'Afdeling', en: 'Department' },
  managerEmployeeNumber: { nl: 'Leidinggevende (personeelsnummer)', en: 'Manager (employee number)' },
};
