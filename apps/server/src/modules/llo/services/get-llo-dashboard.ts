import type { TLloDashboard } from '@inzetbaar/contracts';
import { addDays, llo } from '@inzetbaar/domain';
import { type Actor, hasRole } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { escoTaxonomy } from '../../../platform/reference-data/esco';
import { today } from '../../../platform/today';
import { findOrganization } from '../../people/repo/organizations.repo';
import { listEmployments } from '../../people/repo/people.repo';
import { listUnits } from '../../people/repo/units.repo';
import { listBudgetRules } from '../repo/budget.repo';
import { listExpiringCertificates } from '../repo/certificates.repo';
import { listProfileSkillsOf } from '../repo/profile.repo';
import { listRequests, type RequestRow } from '../repo/requests.repo';
import { heldTalkDates } from '../repo/talks.repo';
import { currentEmployment, orgOf } from './access';
import { personBudget } from './person-budget';
import { skillCatalog } from './skill-labels';

const groupBy = <T>(rows: readonly T[], key: (r: T) => string) => {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return m;
};

/** Learning in the 12 months up to `day`: completed then, or approved and started then. */
const learnedIn = (r: RequestRow, from: string, day: string) =>
  (r.status === 'completed' && !!r.completedOn && r.completedOn >= from && r.completedOn <= day) ||
  (r.status === 'approved' && !!r.startOn && r.startOn >= from && r.startOn <= day);

/**
 * The LLO dashboard for HR and the works council: participation, hours per FTE, budget used and
 * available this year, skill coverage of people's ESCO occupations, expiring certificates and talks,
 * for the organisation and per unit. The works council gets aggregates only, with groups under 10
 * people hidden (and no group derivable from the others: llo.lloDashboard).
 */
export async function getLloDashboard(deps: Deps, actor: Actor, lang: Lang): Promise<TLloDashboard> {
  authorize(actor, 'llo.dashboard');
  const { db } = deps;
  const organizationId = orgOf(actor);
  const day = today(deps.clock);
  const year = Number(day.slice(0, 4));
  const from = addDays(day, -365);
  const [org, employments, units, requests, rules, profile, talks, certificates, cat] = await Promise.all([
    findOrganization(db, organizationId),
    listEmployments(db, organizationId),
    listUnits(db, organizationId),
    listRequests(db, organizationId),
    listBudgetRules(db, organizationId),
    listProfileSkillsOf(db, organizationId),
    heldTalkDates(db, organizationId),
    listExpiringCertificates(db, organizationId, addDays(day, llo.WARNING_DAYS[0])),
    skillCatalog(db, organizationId, lang),
  ]);
  const fullTime = org?.fullTimeHours ?? 40;
  const t = escoTaxonomy();
  const jobsByPerson = groupBy(employments, (e) => e.personId);
  const requestsByPerson = groupBy(requests, (r) => r.personId);
  const skillsByPerson = groupBy(profile, (p) => p.personId);
  const talksByPerson = groupBy(talks, (x) => x.personId);
  const certsByPerson = groupBy(certificates, (c) => c.personId);

  const people: llo.DashboardPerson[] = [];
  for (const [personId, jobs] of jobsByPerson) {
    const job = currentEmployment(jobs, day);
    if (!job || job.startDate > day || (job.endDate && job.endDate < day)) continue;
    const mine = requestsByPerson.get(personId) ?? [];
    const learned = mine.filter((r) => learnedIn(r, from, day));
    const budget = personBudget(rules, jobs, fullTime, mine, year).find((y) => y.year === year);
    const occIndex = job.escoOccupationUri ? t.occupationByUri.get(job.escoOccupationUri) : undefined;
    const essential = occIndex === undefined ? [] : (t.occupations[occIndex]?.essential ?? []);
    const held = new Set((skillsByPerson.get(personId) ?? []).map((s) => cat.escoUriOf(s.skillRef)));
    people.push({
      unitId: job.unitId,
      fte: job.hoursPerWeek / fullTime,
      hasActivity: learned.length > 0,
      learningHours: learned
        .filter((r) => r.status === 'completed')
        .reduce((s, r) => s + (r.actualHours ?? r.hours), 0),
      budgetAvailableCents: budget ? budget.money.allotted + budget.money.carriedIn : 0,
      budgetUsedCents: budget?.money.used ?? 0,
      essentialSkills: essential.length,
      essentialSkillsHeld: essential.filter((i) => held.has(t.skills[i]?.uri ?? null)).length,
      certificatesExpiring: (certsByPerson.get(personId) ?? []).filter(
        (c) => llo.dueWarning(c.expiresOn, day) !== null,
      ).length,
      hadTalk: (talksByPerson.get(personId) ?? []).some(
        (x) => !!x.heldOn && x.heldOn >= from && x.heldOn <= day,
      ),
    });
  }
  const minGroupSize = hasRole(actor, 'hr') ? 1 : llo.DEFAULT_MIN_GROUP_SIZE;
  const d = llo.lloDashboard(people, minGroupSize);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  return {
    asOf: day,
    year,
    minGroupSize,
    organization: { suppressed: d.organization.suppressed, figures: d.organization.figures },
    units: d.units
      .map((u) => ({
        unitId: u.key,
        unitName: u.key ? (unitName.get(u.key) ?? '') : lang === 'nl' ? 'Geen afdeling' : 'No unit',
        suppressed: u.suppressed,
        figures: u.figures,
      }))
      .sort((a, b) => a.unitName.localeCompare(b.unitName, 'nl')),
  };
}
