/** Calendar dates as day numbers (days since 1970-01-01, UTC): fast arithmetic for the generator. */
const MS_PER_DAY = 86_400_000;

export const dayOf = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);

export const isoOf = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
