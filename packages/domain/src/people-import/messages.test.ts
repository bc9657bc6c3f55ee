import { describe, expect, it } from 'vitest';
import { fillPlaceholders, formatImportError, IMPORT_ERROR_CODES, IMPORT_ERROR_MESSAGES } from './messages';

describe('import error messages', () => {
  it.each(IMPORT_ERROR_CODES)('%s has a Dutch and an English message', (code) => {
    const { nl, en } = IMPORT_ERROR_MESSAGES[code];
    expect(nl.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
    expect(nl).not.toBe(en);
    // Both languages use the same placeholders, so one params object serves both.
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(placeholders(nl)).toEqual(placeholders(en));
  });

  it('fills the field label and params', () => {
    const error = {
      row: 7,
      field: 'birthDate',
      code: 'invalid_date',
      params: { value: '31-02-1970' },
    } as const;
    expect(formatImportError(error, 'nl')).toBe(
      'Geboortedatum "31-02-1970" is geen geldige datum. Gebruik dd-mm-jjjj of jjjj-mm-dd.',
    );
    expect(formatImportError(error, 'en')).toBe(
      'Date of birth "31-02-1970" is not a valid date. Use dd-mm-yyyy or yyyy-mm-dd.',
    );
  });

  it('leaves unknown placeholders visible', () => {
    expect(fillPlaceholders('{a} en {b}', { a: 1 })).toBe('1 en {b}');
  });
});
