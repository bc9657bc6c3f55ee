import { z } from 'zod';
import { type IsoDate, isIsoDate } from '../dates';

const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const ISO_LIKE_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Some exports write a date column as a timestamp at midnight ("15-03-2019 00:00:00"); any other
// time of day would mean the value is not a calendar date, so it is not accepted.
const MIDNIGHT = /[ T]00:00(:00(\.0+)?)?$/;

/**
 * A date cell as Dutch HR systems write it: `dd-mm-jjjj`, `d-m-jjjj`, `dd/mm/jjjj`, `dd.mm.jjjj`,
 * or `jjjj-mm-dd` (also what the spreadsheet reader makes of Excel date cells). Returns the ISO
 * date, or undefined when the text is no real calendar date (31-02-2020) or has a two-digit year.
 */
export function parseImportDate(value: string): IsoDate | undefined {
  const text = value.trim().replace(MIDNIGHT, '');
  const dutch = DUTCH_DATE.exec(text);
  const iso = dutch ? undefined : ISO_LIKE_DATE.exec(text);
  const parts = dutch ? [dutch[3], dutch[2], dutch[1]] : iso ? [iso[1], iso[2], iso[3]] : undefined;
  if (!parts) return undefined;
  const [year, month, day] = parts as [string, string, string];
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(date) ? date : undefined;
}

const HOURS = /^\d{1,3}(?:[.,]\d+)?$/;

/** Contract hours per week: `32`, `32,5` (decimal comma) or `32.5`. Undefined when not a number. */
export function parseImportHours(value: string): number | undefined {
  const text = value.trim();
  return HOURS.test(text) ? Number(text.replace(',', '.')) : undefined;
}

/** Contract hours must lie in (0, 60], as in `ZCreateEmployment`: 60 is the weekly maximum of Arbeidstijdenwet art. 5:7. */
export const MAX_HOURS_PER_WEEK = 60;

const ZEmail = z.email();

/** Same rule as the person contract (`z.email()`), so an imported address is never refused later. */
export function isImportEmail(value: string): boolean {
  return ZEmail.safeParse(value).success;
}

/** Trim and collapse runs of whitespace; an empty result means the cell is absent. */
export function cleanText(value: string | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/** Key to look a unit up by name: trimmed, whitespace collapsed, lower-case. Build `unitIdsByName` with it. */
export function unitLookupKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}
