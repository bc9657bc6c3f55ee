import { describe, expect, it } from 'vitest';
import type { TPoortwachterRuleSet } from './rule-set';
import { poortwachterRuleSets, ruleSetFor } from './rule-sets';
import { wvp2013 } from './wvp-2013';
import { wvp2013r2 } from './wvp-2013-r2';

describe('ruleSetFor', () => {
  it('picks the corrected reading wvp-2013-r2 from the shared validFrom on', () => {
    expect(ruleSetFor('2013-07-01').id).toBe('wvp-2013-r2');
    expect(ruleSetFor('2026-11-27').id).toBe('wvp-2013-r2');
  });

  it('among rule sets with the same validFrom, the later in the registry (the revision) wins', () => {
    expect(wvp2013r2).toMatchObject({ validFrom: wvp2013.validFrom, revises: 'wvp-2013' });
    expect(ruleSetFor('2020-01-01', [wvp2013]).id).toBe('wvp-2013');
    expect(ruleSetFor('2020-01-01', [wvp2013, wvp2013r2]).id).toBe('wvp-2013-r2');
  });

  it('throws before the first known rule set', () => {
    expect(() => ruleSetFor('2013-06-30')).toThrow(RangeError);
  });

  it('a change in the law is a new object: the later validFrom wins from that date on', () => {
    const future: TPoortwachterRuleSet = { ...wvp2013, id: 'wvp-future', validFrom: '2027-01-01' };
    const registry = [wvp2013, future];
    expect(ruleSetFor('2026-12-31', registry).id).toBe('wvp-2013');
    expect(ruleSetFor('2027-01-01', registry).id).toBe('wvp-future');
  });
});

describe('wvp-2013 data', () => {
  it('registers wvp-2013 and then its revision', () =>
    expect(poortwachterRuleSets.map((r) => r.id)).toEqual(['wvp-2013', 'wvp-2013-r2']));

  it('the revision keeps every other milestone of wvp-2013 unchanged', () => {
    const changed = new Set(['uwv_vangnet_melding']);
    for (const m of wvp2013.milestones.filter((x) => !changed.has(x.key)))
      expect(wvp2013r2.milestones).toContainEqual(m);
    const keys = wvp2013r2.milestones.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps einde_wachttijd on the waiting period and milestone keys unique', () => {
    const wachttijd = wvp2013.milestones.find((m) => m.key === 'einde_wachttijd');
    expect(wachttijd && 'week' in wachttijd ? wachttijd.week : null).toBe(wvp2013.waitingPeriodWeeks);
    const keys = wvp2013.milestones.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
