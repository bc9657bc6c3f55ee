import { locale } from '../i18n';

/** `YYYY-MM-DD` → localised date, without a time-zone shift (it is a calendar date). */
export const formatDate = (isoDate: string | null | undefined): string => {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(locale(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
};

/** An instant (ISO timestamp) → localised date and time in the browser's zone. */
export const formatDateTime = (iso: string | null | undefined): string => {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
};

export const formatNumber = (n: number): string => new Intl.NumberFormat(locale()).format(n);

/** Empty input → null, so optional fields are sent as null rather than "". */
export const emptyToNull = (v: string | null | undefined): string | null => {
  const trimmed = (v ?? '').trim();
  return trimmed === '' ? null : trimmed;
};
