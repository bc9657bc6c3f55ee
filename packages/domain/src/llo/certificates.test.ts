import { describe, expect, it } from 'vitest';
import { certificateStatus, dueWarning, suggestedExpiry } from './certificates';

const TODAY = '2026-12-02';

describe('certificateStatus', () => {
  it.each([
    [null, 'no_expiry', null],
    ['2027-12-01', 'valid', 364],
    ['2027-03-02', 'expiring', 90],
    ['2027-03-03', 'valid', 91],
    ['2026-12-02', 'expiring', 0],
    ['2026-12-01', 'expired', -1],
  ] as const)('expires %s → %s', (expiresOn, status, daysLeft) => {
    expect(certificateStatus(expiresOn, TODAY)).toEqual({ status, daysLeft });
  });
});

describe('dueWarning', () => {
  it.each([
    ['2027-03-03', null], //    91 days: nothing yet
    ['2027-03-02', 90], //      90 days
    ['2027-01-02', 90], //      31 days
    ['2027-01-01', 30], //      30 days
    ['2026-12-31', 30], //      29 days: the 30-day warning (not the 90-day one too)
    ['2026-12-03', 30], //      1 day left
    ['2026-12-02', 0], //       expires today
    ['2026-11-02', 0], //       expired 30 days ago: still told
    ['2026-11-01', null], //    expired 31 days ago: too late to warn
    [null, null],
  ] as const)('expires %s → warning %s', (expiresOn, due) => {
    expect(dueWarning(expiresOn, TODAY)).toBe(due);
  });
});

describe('suggestedExpiry', () => {
  it.each([
    ['2026-02-28', 12, '2027-02-28'], // BHV: usually a year
    ['2024-02-29', 12, '2025-02-28'], // a leap day moves to the end of February
    ['2026-05-10', 120, '2036-05-10'], // VCA: usually ten years
    ['2026-05-10', null, null],
  ] as const)('%s + %s months → %s', (from, months, out) => {
    expect(suggestedExpiry(from, months)).toBe(out);
  });
});
