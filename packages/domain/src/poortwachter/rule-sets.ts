import type { IsoDate } from '../dates';
import type { TPoortwachterRuleSet } from './rule-set';
import { wvp2013 } from './wvp-2013';
import { wvp2013r2 } from './wvp-2013-r2';

/**
 * All known rule sets, oldest first. Add a new object here when the law changes, and after the
 * one it corrects when only our reading of the same law changed (same `validFrom`).
 */
export const poortwachterRuleSets: readonly TPoortwachterRuleSet[] = Object.freeze([wvp2013, wvp2013r2]);

/**
 * The rule set in force on `date`: the one with the latest `validFrom` on or before it; among
 * rule sets with the same `validFrom`, the later in the list (a corrected reading replaces the
 * one it `revises`). Transitional law (overgangsrecht) is not modelled; pass a rule set explicitly
 * when a case must keep older rules. Throws a RangeError before the first known rule set.
 */
export function ruleSetFor(
  date: IsoDate,
  ruleSets: readonly TPoortwachterRuleSet[] = poortwachterRuleSets,
): TPoortwachterRuleSet {
  let found: TPoortwachterRuleSet | undefined;
  for (const rs of ruleSets) {
    if (rs.validFrom <= date && (!found || rs.validFrom >= found.validFrom)) found = rs;
  }
  if (!found) throw new RangeError(`No Poortwachter rule set is valid on ${date}`);
  return found;
}
