import { describe, expect, it } from 'vitest';
import { nextTalkDue, talkState } from './talk-cycle';

describe('talkState', () => {
  it.each([
    [null, false, false, 'planned'],
    ['2026-10-01', false, false, 'held'],
    ['2026-10-01', true, false, 'held'],
    ['2026-10-01', false, true, 'held'],
    ['2026-10-01', true, true, 'confirmed'],
  ] as const)('held %s, employee %s, manager %s → %s', (heldOn, e, m, state) => {
    expect(talkState({ heldOn, employeeConfirmed: e, managerConfirmed: m })).toBe(state);
  });
});

describe('nextTalkDue', () => {
  it.each([
    [null, '2026-03-01', 12, '2027-03-01'],
    ['2026-10-15', '2020-01-01', 12, '2027-10-15'],
    ['2024-02-29', '2020-01-01', 12, '2025-02-28'],
    ['2026-10-15', '2020-01-01', 6, '2027-04-15'],
  ] as const)('last %s, start %s, every %s months → %s', (last, start, months, due) => {
    expect(nextTalkDue(last, start, months)).toBe(due);
  });
});
