import { describe, expect, it } from 'vitest';
import { applyImportRow, diffImportRow, type TImportTarget } from './diff';
import type { TImportPerson } from './validate-rows';

const imported: TImportPerson = {
  rowNumber: 2,
  employeeNumber: '20001',
  givenName: 'Kevin',
  surnamePrefix: 'van der',
  surname: 'Berg',
  birthDate: '1985-06-30',
  email: 'k.vanderberg@delinde.nl',
  employment: {
    startDate: '2019-01-01',
    endDate: null,
    hoursPerWeek: 32,
    jobTitle: 'Verpleegkundige',
    unitName: 'Locatie De Linde',
    unitId: 'unit-linde',
    managerEmployeeNumber: '10001',
  },
};
const stored: TImportTarget = {
  givenName: 'Kevin',
  surnamePrefix: 'van der',
  surname: 'Berg',
  birthDate: '1985-06-30',
  email: 'K.vanderBerg@delinde.nl',
  employment: {
    startDate: '2019-01-01',
    endDate: null,
    hoursPerWeek: 32,
    jobTitle: 'Verpleegkundige',
    unitId: 'unit-linde',
    managerEmployeeNumber: '10001',
  },
};
const employment = imported.employment as NonNullable<TImportPerson['employment']>;

describe('diffImportRow', () => {
  it.each<[string, TImportTarget | undefined, TImportPerson, 'create' | 'update' | 'unchanged']>([
    ['new personeelsnummer', undefined, imported, 'create'],
    ['same data (e-mail differs only in case)', stored, imported, 'unchanged'],
    [
      'empty cells keep stored values',
      stored,
      { ...imported, birthDate: null, email: null, surnamePrefix: null },
      'unchanged',
    ],
    ['row without employment keeps the stored one', stored, { ...imported, employment: null }, 'unchanged'],
    [
      'empty unit and manager keep the stored ones',
      stored,
      { ...imported, employment: { ...employment, unitId: null, managerEmployeeNumber: null } },
      'unchanged',
    ],
    ['new surname', stored, { ...imported, surname: 'Bergen' }, 'update'],
    ['new birth date', stored, { ...imported, birthDate: '1985-06-29' }, 'update'],
    ['other e-mail', stored, { ...imported, email: 'kevin@delinde.nl' }, 'update'],
    ['fewer hours', stored, { ...imported, employment: { ...employment, hoursPerWeek: 28 } }, 'update'],
    [
      'left the organisation',
      stored,
      { ...imported, employment: { ...employment, endDate: '2025-12-31' } },
      'update',
    ],
    ['other unit', stored, { ...imported, employment: { ...employment, unitId: 'unit-anker' } }, 'update'],
    [
      'other manager',
      stored,
      { ...imported, employment: { ...employment, managerEmployeeNumber: '10002' } },
      'update',
    ],
    ['first employment', { ...stored, employment: null }, imported, 'update'],
  ])('%s → %s', (_case, existing, row, action) => expect(diffImportRow(existing, row)).toBe(action));

  it('is idempotent: importing the applied result again changes nothing', () => {
    const rows: TImportPerson[] = [
      imported,
      { ...imported, employeeNumber: '20002', email: null, employment: null },
      { ...imported, employeeNumber: '20003', employment: { ...employment, endDate: '2024-03-31' } },
    ];
    const database = new Map<string, TImportTarget>();
    const firstRun = rows.map((row) => {
      const action = diffImportRow(database.get(row.employeeNumber), row);
      database.set(row.employeeNumber, applyImportRow(database.get(row.employeeNumber), row));
      return action;
    });
    expect(firstRun).toEqual(['create', 'create', 'create']);
    expect(rows.map((row) => diffImportRow(database.get(row.employeeNumber), row))).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
  });

  it('takes a contract with another start date from the row alone', () => {
    const stored2 = {
      ...stored,
      employment: {
        ...(stored.employment as NonNullable<TImportTarget['employment']>),
        endDate: '2024-12-31',
      },
    };
    const rehired = {
      ...imported,
      employment: { ...employment, startDate: '2025-03-01', unitId: null, managerEmployeeNumber: null },
    };
    expect(applyImportRow(stored2, rehired).employment).toEqual({
      startDate: '2025-03-01',
      endDate: null,
      hoursPerWeek: 32,
      jobTitle: 'Verpleegkundige',
      unitId: null,
      managerEmployeeNumber: null,
    });
  });
});
