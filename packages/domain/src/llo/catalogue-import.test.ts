import { describe, expect, it } from 'vitest';
import { parseEuroCents, validateCatalogueRows } from './catalogue-import';

const SKILL = 'http://data.europa.eu/esco/skill/0b1d4d6b-24c5-44d4-8e4c-4b6b7a0e2a4d';
const ctx = {
  isKnownSkill: (uri: string) => uri === SKILL,
  isKnownCertificateType: (id: string) => id === 'bhv',
};

describe('parseEuroCents', () => {
  it.each([
    ['0', 0],
    ['95', 9_500],
    ['€ 95', 9_500],
    ['1.250,00', 125_000],
    ['1.250', 125_000],
    ['1250,5', 125_050],
    ['1250.50', 125_050],
    ['1,250.50', 125_050],
    ['12,345', 1_234_500], // a thousands comma, as an English sheet writes it
    ['abc', undefined],
    ['-5', undefined],
    ['1.2.3', undefined],
    ['', undefined],
  ])('%s → %s', (text, cents) => expect(parseEuroCents(text)).toBe(cents));
});

describe('validateCatalogueRows', () => {
  const headers = [
    'Code',
    'Titel',
    'Soort',
    'Aanbieder',
    'Intern/extern',
    'Vorm',
    'Uren',
    'Kosten',
    'Vaardigheden',
    'Niveau',
    'Certificaat',
  ];
  const row = (p: Record<string, string>) => ({
    Code: '',
    Titel: 'BHV basis',
    Soort: 'cursus',
    Aanbieder: 'Opleider BV',
    'Intern/extern': 'extern',
    Vorm: 'klassikaal',
    Uren: '16',
    Kosten: '295,00',
    Vaardigheden: SKILL,
    Niveau: '2',
    Certificaat: 'bhv',
    ...p,
  });

  it('reads Dutch headings and values', () => {
    const r = validateCatalogueRows(
      headers,
      [
        row({ Code: 'BHV-1' }),
        row({
          Titel: 'Meelopen op de SEH',
          Soort: 'meelopen',
          Vorm: '',
          Kosten: '',
          Certificaat: '',
          Vaardigheden: '',
        }),
      ],
      ctx,
    );
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      {
        rowNumber: 2,
        code: 'BHV-1',
        title: 'BHV basis',
        description: '',
        kind: 'course',
        provider: 'Opleider BV',
        delivery: 'external',
        mode: 'classroom',
        durationHours: 16,
        costCents: 29_500,
        skills: [{ ref: SKILL, level: 2 }],
        certificateType: 'bhv',
      },
      expect.objectContaining({
        rowNumber: 3,
        kind: 'job_shadowing',
        mode: 'on_the_job',
        costCents: 0,
        skills: [],
        certificateType: null,
      }),
    ]);
  });

  it('reports every bad row and field, and returns no rows at all', () => {
    const r = validateCatalogueRows(
      headers,
      [
        row({ Code: 'A' }),
        row({ Titel: '', Kosten: 'gratis' }),
        row({ Soort: 'seminar', Uren: 'veel' }),
        row({
          Code: 'A',
          Vaardigheden: 'http://data.europa.eu/esco/skill/onbekend',
          Niveau: '5',
          Certificaat: 'vca-vol',
        }),
      ],
      ctx,
    );
    expect(r.rows).toEqual([]);
    expect(r.errors.map((e) => [e.rowNumber, e.field, e.code])).toEqual([
      [3, 'title', 'required'],
      [3, 'cost', 'invalid_amount'],
      [4, 'kind', 'invalid_value'],
      [4, 'durationHours', 'invalid_number'],
      [5, 'code', 'duplicate_in_file'],
      [5, 'level', 'invalid_level'],
      [5, 'skills', 'unknown_skill'],
      [5, 'certificateType', 'unknown_certificate_type'],
    ]);
  });

  it('needs a title column and uses the reader’s row numbers', () => {
    expect(
      validateCatalogueRows(['Naam van de cursus'], [{ 'Naam van de cursus': 'x' }], ctx).errors,
    ).toEqual([{ rowNumber: 1, field: 'title', code: 'missing_column', value: '' }]);
    const r = validateCatalogueRows(['Title', 'Kind'], [{ Title: 'x', Kind: 'mentoring' }], {
      ...ctx,
      rowNumbers: [7],
    });
    expect(r.rows[0]).toMatchObject({ rowNumber: 7, kind: 'mentoring', mode: 'on_the_job' });
  });
});
