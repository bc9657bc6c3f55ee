import { describe, expect, it } from 'vitest';
import type { TPoortwachterRuleSet } from './rule-set';
import { poortwachterRuleSets, ruleSetFor } from './rule-sets';
import { wvp2013 } from './wvp-2013';

describe('ruleSetFor', () => {
  it('picks wvp-2013 from its validFrom on', () => {
    expect(ruleSetFor('2013-07-01').id).toBe('wvp-2013');
    expect(ruleSetFor('2026-11-27').id).toBe('wvp-2013');
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
  it('registers wvp-2013', () => expect(poortwachterRuleSets.map((r) => r.id)).toContain('wvp-2013'));

  it('keeps einde_wachttijd on the waiting period and milestone keys unique', () => {
    const wachttijd = wvp2013.milestones.find((m) => m.key === 'einde_wachttijd');
    expect(wachttijd?.week).toBe(wvp2013.waitingPeriodWeeks);
    const keys = wvp2013.milestones.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
