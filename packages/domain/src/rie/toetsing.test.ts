import { describe, expect, it } from 'vitest';
import { isToetsingScopeAllowed, type TToetsingRecord, toetsingCoverage } from './toetsing';

describe('isToetsingScopeAllowed', () => {
  it.each([
    ['systeemtoets', '2022-06-30', false],
    ['systeemtoets', '2022-07-01', true],
    ['scopetoets', '2022-06-30', false],
    ['scopetoets', '2024-03-15', true],
    ['both', '2019-05-01', true],
    ['both', '2025-05-01', true],
  ] as const)('%s on %s: %s', (scope, on, allowed) => {
    expect(isToetsingScopeAllowed(scope, on)).toBe(allowed);
  });
});

describe('toetsingCoverage', () => {
  const r = (
    scope: TToetsingRecord['scope'],
    toetsedOn: string,
    verdict: TToetsingRecord['verdict'] = 'approved',
  ): TToetsingRecord => ({ scope, toetsedOn, verdict });
  it.each<[string, TToetsingRecord[], string | null, string | null, boolean]>([
    ['nothing recorded', [], null, null, false],
    ['one toets covering both parts', [r('both', '2025-03-01')], '2025-03-01', '2025-03-01', true],
    ['only the systeemtoets', [r('systeemtoets', '2025-03-01')], '2025-03-01', null, false],
    [
      'systeemtoets and scopetoets by different experts',
      [r('systeemtoets', '2025-03-01'), r('scopetoets', '2025-04-10', 'approved_with_remarks')],
      '2025-03-01',
      '2025-04-10',
      true,
    ],
    [
      'a rejected scopetoets',
      [r('systeemtoets', '2025-03-01'), r('scopetoets', '2025-04-10', 'not_approved')],
      '2025-03-01',
      '2025-04-10',
      false,
    ],
    [
      'a rejected scopetoets, toetsed again and approved',
      [
        r('scopetoets', '2025-06-01'),
        r('systeemtoets', '2025-03-01'),
        r('scopetoets', '2025-04-10', 'not_approved'),
      ],
      '2025-03-01',
      '2025-06-01',
      true,
    ],
    [
      'an approved toets followed by a rejection of the same part',
      [r('both', '2025-03-01'), r('systeemtoets', '2025-09-01', 'not_approved')],
      '2025-09-01',
      '2025-03-01',
      false,
    ],
    [
      'an approval and a rejection on the same day: the rejection counts',
      [r('systeemtoets', '2025-03-01', 'not_approved'), r('both', '2025-03-01')],
      '2025-03-01',
      '2025-03-01',
      false,
    ],
    [
      'a record without a verdict (older data) counts',
      [r('both', '2021-05-01', null)],
      '2021-05-01',
      '2021-05-01',
      true,
    ],
  ])('%s', (_name, records, systeem, scope, complete) => {
    const c = toetsingCoverage(records);
    expect(c.systeemtoets?.toetsedOn ?? null).toBe(systeem);
    expect(c.scopetoets?.toetsedOn ?? null).toBe(scope);
    expect(c.complete).toBe(complete);
  });
});
