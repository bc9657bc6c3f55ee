import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectMapping, missingRequiredFields } from './detect-mapping';
import { IMPORT_FIELDS, type TImportField } from './fields';
import { IMPORT_FIELD_SYNONYMS, matchHeader, normalizeHeader } from './synonyms';

const ALL_FIELDS = [...IMPORT_FIELDS].sort();

// Header rows as the systems export them (the same as data/import-examples/*.csv where one exists).
const EXPORTS: [system: string, headers: string[], unmapped: string[]][] = [
  [
    'AFAS Profit',
    [
      'Medewerker',
      'Roepnaam',
      'Voornamen',
      'Voorletters',
      'Voorvoegsel',
      'Achternaam',
      'Geboortedatum',
      'E-mail werk',
      'E-mail privé',
      'Datum in dienst',
      'Datum uit dienst',
      'Uren per week',
      'Parttime %',
      'Functie omschrijving',
      'Organisatorische eenheid',
      'Kostenplaats omschrijving',
      'Medewerker leidinggevende',
    ],
    ['E-mail privé', 'Parttime %', 'Kostenplaats omschrijving'],
  ],
  [
    'Visma Raet / Youforce',
    [
      'Persnr',
      'Voorletters',
      'Roepnaam',
      'Voorvoegsels geboortenaam',
      'Geboortenaam',
      'Geboortedatum',
      'E-mailadres zakelijk',
      'Begindatum dienstverband',
      'Einddatum dienstverband',
      'Arbeidsduur per week',
      'Functienaam',
      'Naam organisatorische eenheid',
      'Persnr leidinggevende',
    ],
    [],
  ],
  [
    'Nmbrs',
    [
      'EmployeeNumber',
      'FirstName',
      'Initials',
      'Prefix',
      'LastName',
      'BirthDate',
      'Email',
      'StartDate',
      'EndDate',
      'HoursPerWeek',
      'Function',
      'Department',
      'ManagerNumber',
    ],
    [],
  ],
  [
    'Loket',
    [
      'Werknemernummer',
      'Roepnaam',
      'Voorvoegsel',
      'Achternaam',
      'Geb. datum',
      'E-mailadres',
      'In dienst',
      'Uit dienst',
      'Contracturen',
      'Functie',
      'Afdeling',
      'Personeelsnummer leidinggevende',
    ],
    [],
  ],
  [
    'Inzetbaar template',
    [
      'Personeelsnummer',
      'Roepnaam',
      'Tussenvoegsel',
      'Achternaam',
      'Geboortedatum',
      'E-mail werk',
      'Datum in dienst',
      'Datum uit dienst',
      'Uren per week',
      'Functie',
      'Afdeling',
      'Leidinggevende (personeelsnummer)',
    ],
    [],
  ],
];

describe('detectMapping', () => {
  it.each(EXPORTS)('%s export: every field detected', (_system, headers, unmapped) => {
    const detected = detectMapping(headers);
    expect([...new Set(Object.values(detected.mapping))].sort()).toEqual(ALL_FIELDS);
    expect(detected.unmapped).toEqual(unmapped);
    expect(detected.missingRequired).toEqual([]);
  });

  it.each([
    ['  PERS.NR. ', 'employeeNumber'],
    ['pers nr', 'employeeNumber'],
    ['Employee number', 'employeeNumber'],
    ['geb.datum', 'birthDate'],
    ['E-MAIL', 'email'],
    ['Voorv.', 'surnamePrefix'],
    ['Arbeidsduur (uren per week)', 'hoursPerWeek'],
    ['Parttime uren', 'hoursPerWeek'],
    ['Leidinggevende (Personeelsnummer)', 'managerEmployeeNumber'],
    ['Einddatum dienstverband', 'endDate'],
    ['Organisatie-eenheid', 'unitName'],
  ] as [string, TImportField][])('heading %j fills %s', (header, field) => {
    expect(detectMapping([header]).mapping).toEqual({ [header]: field });
  });

  it.each(['Naam', 'Leidinggevende', 'Kostenplaats', 'Functiecode', 'E-mail privé', 'constructor', ''])(
    'heading %j is left unmapped',
    (header) => expect(detectMapping([header])).toMatchObject({ mapping: {}, unmapped: [header] }),
  );

  it('maps the best column once and leaves weaker duplicates unmapped', () => {
    const detected = detectMapping(['Email', 'Personeelsnummer', 'E-mail werk', 'Persnr']);
    expect(detected.mapping).toEqual({ 'E-mail werk': 'email', Personeelsnummer: 'employeeNumber' });
    expect(detected.unmapped).toEqual(['Email', 'Persnr']);
  });

  it('keeps every given-name column so a row can fall back from roepnaam to voornamen', () => {
    const detected = detectMapping(['Voorletters', 'Voornamen', 'Roepnaam']);
    expect(detected.mapping).toEqual({
      Voorletters: 'givenName',
      Voornamen: 'givenName',
      Roepnaam: 'givenName',
    });
  });

  it('lists required fields that no column fills', () => {
    expect(detectMapping(['Roepnaam', 'Foo']).missingRequired).toEqual(['employeeNumber', 'surname']);
  });

  it('requires start date, hours and job title once an employment column is mapped', () => {
    expect(missingRequiredFields({ Persnr: 'employeeNumber', Naam: 'surname', Vnaam: 'givenName' })).toEqual(
      [],
    );
    expect(
      missingRequiredFields({
        Persnr: 'employeeNumber',
        Naam: 'surname',
        Vnaam: 'givenName',
        Afd: 'unitName',
      }),
    ).toEqual(['startDate', 'hoursPerWeek', 'jobTitle']);
  });
});

describe('synonyms', () => {
  it('no normalised heading belongs to two fields', () => {
    const owner = new Map<string, TImportField>();
    for (const field of IMPORT_FIELDS) {
      for (const synonym of [field, ...IMPORT_FIELD_SYNONYMS[field]]) {
        const key = normalizeHeader(synonym);
        expect(owner.get(key) ?? field, `${synonym}`).toBe(field);
        owner.set(key, field);
        expect(matchHeader(synonym)?.field).toBe(field);
      }
    }
  });

  it('normalises case, accents, spaces and punctuation', () => {
    expect(normalizeHeader(' Geb. Datum ')).toBe('gebdatum');
    expect(normalizeHeader('Financiën-afd.')).toBe('financienafd');
  });
});

describe('docs/people-import.md', () => {
  it('lists every recognised column name, in rank order', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../../../docs/people-import.md'), 'utf8');
    for (const field of IMPORT_FIELDS) {
      const row = doc.split('\n').find((line) => new RegExp(`^\\|\\s*\`${field}\`\\s*\\|`).test(line));
      expect(row, field).toBeDefined();
      expect(row?.split('|')[3]?.trim(), field).toBe(IMPORT_FIELD_SYNONYMS[field].join(' · '));
    }
  });
});
