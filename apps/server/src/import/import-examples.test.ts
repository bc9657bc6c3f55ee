import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateDemoOrganization } from '@inzetbaar/db/demo/index';
import {
  detectMapping,
  IMPORT_FIELDS,
  unitLookupKey,
  validateImportRows,
} from '@inzetbaar/domain/people-import/index';
import { describe, expect, it } from 'vitest';
import { parseSpreadsheet } from './parse-spreadsheet';

// The example exports in data/import-examples must import cleanly into the demo organisation.
const EXAMPLES = resolve(import.meta.dirname, '../../../../data/import-examples');
const units = generateDemoOrganization('2026-03-15').units;
const unitIdsByName = new Map(units.map((u) => [unitLookupKey(u.name), u.key]));

describe('example exports in data/import-examples', () => {
  it.each([
    [
      'afas.csv',
      6,
      {
        employeeNumber: '30003',
        givenName: 'Johannes Cornelis',
        surnamePrefix: 'van den',
        birthDate: '1961-11-22',
      },
    ],
    [
      'visma.csv',
      6,
      {
        employeeNumber: '40002',
        givenName: 'Céline',
        surname: 'Hoëvenaars',
        email: 'c.hoevenaars@delinde.example',
      },
    ],
    [
      'nmbrs.csv',
      6,
      {
        employeeNumber: '50005',
        surname: 'Jagroep',
        employment: expect.objectContaining({ hoursPerWeek: 24.5, startDate: '2022-11-01' }),
      },
    ],
    [
      'inzetbaar-template.csv',
      4,
      {
        employeeNumber: '60004',
        employment: expect.objectContaining({ unitId: 'financien', managerEmployeeNumber: null }),
      },
    ],
  ])('%s: all fields detected, %i valid rows', async (file, count, sample) => {
    const sheet = await parseSpreadsheet(readFileSync(resolve(EXAMPLES, file)), file);
    const { mapping, missingRequired } = detectMapping(sheet.headers);
    expect(new Set(Object.values(mapping))).toEqual(new Set(IMPORT_FIELDS));
    expect(missingRequired).toEqual([]);
    const result = validateImportRows(sheet.rows, mapping, { unitIdsByName, rowNumbers: sheet.rowNumbers });
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(count);
    expect(result.rows).toContainEqual(expect.objectContaining(sample));
  });
});
