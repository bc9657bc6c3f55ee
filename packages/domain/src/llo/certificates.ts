import { addMonths, daysBetween, type IsoDate } from '../dates';

/*
 * Certificates with an expiry date (VCA, BHV, NEN 3140 / NEN 9140 roles): their status on a day and
 * which expiry warning is due. The date printed on the certificate is what counts; a type's usual
 * validity only suggests a date when it is entered (data/learning/certificate-types.json).
 */

export type CertificateStatus = 'no_expiry' | 'valid' | 'expiring' | 'expired';

/** Warnings go out 90 days and 30 days before expiry and on the day it expires. */
export const WARNING_DAYS = [90, 30, 0] as const;
export type WarningThreshold = (typeof WARNING_DAYS)[number];
/** An "expired" warning is not sent for a certificate that expired longer ago than this. */
export const LATE_WARNING_DAYS = 30;

export function certificateStatus(expiresOn: IsoDate | null, today: IsoDate, warnDays = WARNING_DAYS[0]) {
  if (!expiresOn) return { status: 'no_expiry' as CertificateStatus, daysLeft: null };
  const daysLeft = daysBetween(today, expiresOn);
  const status: CertificateStatus = daysLeft < 0 ? 'expired' : daysLeft <= warnDays ? 'expiring' : 'valid';
  return { status, daysLeft };
}

/**
 * The warning due today: the nearest threshold already reached (a certificate entered 20 days before
 * expiry gets the 30-day warning, not also the 90-day one). With one mail per certificate and
 * threshold (the job's idempotency key), each warning is sent once.
 */
export function dueWarning(expiresOn: IsoDate | null, today: IsoDate): WarningThreshold | null {
  if (!expiresOn) return null;
  const daysLeft = daysBetween(today, expiresOn);
  if (daysLeft < -LATE_WARNING_DAYS) return null;
  let due: WarningThreshold | null = null;
  for (const t of WARNING_DAYS) if (daysLeft <= t) due = t;
  return due;
}

/** Suggested expiry for a certificate obtained on `obtainedOn` with a usual validity in months. */
export const suggestedExpiry = (obtainedOn: IsoDate, validityMonths: number | null) =>
  validityMonths ? addMonths(obtainedOn, validityMonths) : null;
