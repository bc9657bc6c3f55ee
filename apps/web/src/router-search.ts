import { PEOPLE_STATUSES } from '@inzetbaar/contracts';
import type { SearchSchemaInput } from '@tanstack/react-router';
import type { TPeopleStatus } from './api/types';

/** What a link may pass: every key optional (SearchSchemaInput tells the router to use this as the link type). */
type Input<T> = Partial<Record<keyof T, unknown>> & SearchSchemaInput;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const pageNumber = (v: unknown): number => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN;
  return Number.isInteger(n) && n >= 1 ? n : 1;
};
const STATUSES: readonly TPeopleStatus[] = PEOPLE_STATUSES;

/** Only same-site paths, so a crafted link cannot send someone elsewhere after log-in. */
export const redirectSearch = (s: Input<{ redirect: string }>): { redirect?: string } => {
  const r = str(s.redirect);
  return { redirect: r?.startsWith('/') && !r.startsWith('//') ? r : undefined };
};

/** `error` is set by better-auth when a reset link's token is invalid or expired. */
export const tokenSearch = (
  s: Input<{ token: string; error: string }>,
): { token: string; error?: string } => ({
  token: str(s.token) ?? '',
  error: str(s.error),
});

export const pageSearch = (s: Input<{ page: number }>): { page: number } => ({ page: pageNumber(s.page) });

export type PeopleSearch = { q?: string; unitId?: string; status: TPeopleStatus; page: number };
export const peopleSearch = (s: Input<PeopleSearch>): PeopleSearch => {
  const status = STATUSES.find((x) => x === s.status) ?? 'active';
  return { q: str(s.q), unitId: str(s.unitId), status, page: pageNumber(s.page) };
};

export type AuditSearch = {
  action?: string;
  resourceType?: string;
  from?: string;
  to?: string;
  actorUserId?: string;
  subjectPersonId?: string;
  page: number;
};
export const auditSearch = (s: Input<AuditSearch>): AuditSearch => ({
  action: str(s.action),
  resourceType: str(s.resourceType),
  from: str(s.from),
  to: str(s.to),
  actorUserId: str(s.actorUserId),
  subjectPersonId: str(s.subjectPersonId),
  page: pageNumber(s.page),
});

/** `?measure=<id>`: the deep link of a reminder mail opens (or, read-only, highlights) that measure. */
export const measureSearch = (s: Input<{ measure: string }>): { measure?: string } => ({
  measure: str(s.measure),
});
