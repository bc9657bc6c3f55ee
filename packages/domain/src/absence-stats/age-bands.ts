import { ageOn, type IsoDate } from '../dates';

/**
 * Age band labels from lower bounds: [25, 35, 45, 55, 60] → <25, 25-34, 35-44, 45-54, 55-59, 60+
 * (the usual CBS/HR reporting bands, with 55-59 split off for the run-up to the AOW age).
 */
export function ageBandLabels(bounds: readonly number[]): string[] {
  if (bounds.length === 0) return ['all'];
  const labels = [`<${bounds[0]}`];
  for (let i = 0; i + 1 < bounds.length; i++) labels.push(`${bounds[i]}-${(bounds[i + 1] as number) - 1}`);
  labels.push(`${bounds[bounds.length - 1]}+`);
  return labels;
}

/** Index into `ageBandLabels(bounds)` for someone born on `birthDate`, by age on `on`. */
export function ageBandIndex(bounds: readonly number[], birthDate: IsoDate, on: IsoDate): number {
  const age = ageOn(birthDate, on);
  let i = 0;
  while (i < bounds.length && age >= (bounds[i] as number)) i++;
  return i;
}

/** The band label of someone born on `birthDate`, by age on `on`; `null` without a birth date. */
export function ageBandOf(bounds: readonly number[], birthDate: IsoDate | null, on: IsoDate): string | null {
  if (birthDate === null) return null;
  return ageBandLabels(bounds)[ageBandIndex(bounds, birthDate, on)] as string;
}
