import { addDays, addMonths, ageOn, type IsoDate, isIsoDate } from '@inzetbaar/domain';
import { displayName, NameFactory, stratifiedAges, tenureDaysFor } from './demo-draw';
import { HOURS_PROFILES, JOBS, type JobKey } from './demo-jobs';
import {
  CONFIDENTIAL_ADVISER,
  DEMO_EMAIL_DOMAIN,
  DEMO_PEOPLE,
  type DemoSpec,
  PHYSICIAN,
} from './demo-people';
import type { DemoEmployment, DemoOrganizationData, DemoPerson, DemoRole } from './demo-types';
import { DEMO_UNITS, STAFFING, type UnitKey } from './demo-units';
import { createRng, type Rng } from './prng';

export { DEMO_EMAIL_DOMAIN } from './demo-people';
export type * from './demo-types';

/** Fixed seed: the same people every time; only the dates move along with `today`. */
const SEED = 0x0de11de;
const LEAVERS = 18;

type Draft = {
  id: number;
  person: Omit<DemoPerson, 'key' | 'employeeNumber'>;
  employment: Omit<DemoEmployment, 'personKey' | 'managerPersonKey'>;
  isManager: boolean;
  roles: DemoRole[];
  account?: string;
};

/**
 * A complete, deterministic demo organisation: "Zorggroep De Linde", a VVT care provider (SBI Q 87)
 * of about 250 people in 14 units, with the demo accounts as specific people. Plain objects only, no
 * database; `today` anchors ages, start and end dates, so the same `today` gives the same output.
 */
export function generateDemoOrganization(today: IsoDate): DemoOrganizationData {
  if (!isIsoDate(today)) throw new RangeError(`Invalid ISO date: ${today}`);
  const rng = createRng(SEED);
  const names = new NameFactory(rng);
  for (const spec of [...DEMO_PEOPLE, PHYSICIAN, CONFIDENTIAL_ADVISER])
    names.fixed(spec.givenName, spec.surname);
  const ages = stratifiedAges(rng, ordinarySlotCount());
  const drafts: Draft[] = [];

  const draft = (unit: UnitKey, job: JobKey, isManager: boolean, spec?: DemoSpec): Draft => {
    const profile = JOBS[job];
    const ageBand = 'ages' in profile ? profile.ages : undefined;
    const age = spec?.age ?? (ageBand ? rng.int(ageBand[0], ageBand[1]) : (ages.pop() ?? rng.int(25, 60)));
    const birthDate = addDays(addMonths(today, -12 * age), -rng.int(0, 364));
    const name = spec ? names.fixed(spec.givenName, spec.surname) : names.draw(age);
    const hasEmail = spec !== undefined || rng.chance(profile.emailShare);
    const maxTenureYears = Math.max(0, ageOn(birthDate, today) - 17);
    const tenureDays = Math.min(
      tenureDaysFor(rng, ageBand !== undefined && !isManager),
      maxTenureYears * 365,
    );
    const d: Draft = {
      id: drafts.length,
      person: {
        ...name,
        birthDate,
        email: spec
          ? `${spec.email}@${DEMO_EMAIL_DOMAIN}`
          : hasEmail
            ? names.email(name.givenName, name.surnamePrefix, name.surname)
            : null,
      },
      employment: {
        startDate: addDays(today, -tenureDays),
        endDate: null,
        hoursPerWeek: spec?.hours ?? rng.weighted(HOURS_PROFILES[profile.hours]),
        jobTitle: profile.title,
        escoOccupationUri: profile.esco?.uri ?? null,
        unitKey: unit,
      },
      isManager,
      roles: [
        'employee',
        ...(spec?.roles ?? []),
        ...(job === 'managerHR' || job === 'hrAdviseur' ? (['hr'] as const) : []),
      ],
      ...(spec ? { account: `${spec.email}@${DEMO_EMAIL_DOMAIN}` } : {}),
    };
    d.roles = [...new Set(d.roles)];
    drafts.push(d);
    return d;
  };

  const managerOf = new Map<UnitKey, Draft>();
  for (const unit of DEMO_UNITS) {
    const plan = STAFFING[unit.key];
    const specs = DEMO_PEOPLE.filter((s) => s.unit === unit.key);
    const managerSpec = specs.find((s) => s.job === 'manager');
    managerOf.set(unit.key, draft(unit.key, plan.manager, true, managerSpec));
    for (const [job, count] of plan.staff) {
      const jobSpecs = specs.filter((s) => s.job === job);
      for (let i = 0; i < count; i++) draft(unit.key, job, false, jobSpecs[i]);
    }
  }
  const current = [...drafts];
  for (let i = 0; i < LEAVERS; i++) leaver(rng, today, names, drafts, i < 4);
  assignWorksCouncil(rng, current);

  return assemble(today, drafts, managerOf, names);
}

/** One person who left in the last two years; the first few retired at AOW age. */
function leaver(rng: Rng, today: IsoDate, names: NameFactory, drafts: Draft[], isRetiree: boolean): void {
  const unit = rng.weighted<UnitKey>([
    ['wijkteam-noord', 3],
    ['wijkteam-zuid', 3],
    ['wijkteam-oost', 2],
    ['locatie-de-linde', 4],
    ['locatie-het-anker', 4],
    ['facilitair', 2],
  ]);
  const job: JobKey =
    unit === 'facilitair'
      ? 'medewerkerHuishouding'
      : rng.weighted([
          ['verzorgendeIG', 5],
          ['helpende', 3],
          ['verpleegkundige', 2],
        ]);
  const endDate = addDays(today, -rng.int(7, 720));
  const ageAtEnd = isRetiree ? rng.int(66, 67) : rng.int(19, 63);
  const birthDate = addDays(addMonths(endDate, -12 * ageAtEnd), -rng.int(0, 364));
  const tenureYears = isRetiree
    ? rng.int(15, 40)
    : rng.weighted([
        [0, 30],
        [1, 25],
        [rng.int(2, 9), 30],
        [rng.int(10, 30), 15],
      ]);
  const maxDays = Math.max(30, (ageOn(birthDate, endDate) - 17) * 365);
  const tenureDays = Math.min(tenureYears * 365 + rng.int(30, 330), maxDays);
  drafts.push({
    id: drafts.length,
    person: { ...names.draw(ageOn(birthDate, today)), birthDate, email: null },
    employment: {
      startDate: addDays(endDate, -tenureDays),
      endDate,
      hoursPerWeek: rng.weighted(HOURS_PROFILES[JOBS[job].hours]),
      jobTitle: JOBS[job].title,
      escoOccupationUri: JOBS[job].esco?.uri ?? null,
      unitKey: unit,
    },
    isManager: false,
    roles: [],
  });
}

/** Seven OR members for 200–400 employees (WOR art. 6 lid 2), from different units, never a manager. */
function assignWorksCouncil(rng: Rng, current: Draft[]): void {
  const members = current.filter((d) => d.roles.includes('works_council'));
  const usedUnits = new Set(members.map((d) => d.employment.unitKey));
  for (const d of rng.shuffle(current)) {
    if (members.length >= 7) break;
    if (d.isManager || d.account || usedUnits.has(d.employment.unitKey)) continue;
    d.roles.push('works_council');
    members.push(d);
    usedUnits.add(d.employment.unitKey);
  }
}

function assemble(
  today: IsoDate,
  drafts: Draft[],
  managerOf: Map<UnitKey, Draft>,
  names: NameFactory,
): DemoOrganizationData {
  // Personeelsnummers follow the hiring order, as in a payroll system.
  const byHire = [...drafts].sort(
    (a, b) => a.employment.startDate.localeCompare(b.employment.startDate) || a.id - b.id,
  );
  const numberOf = new Map(byHire.map((d, i) => [d.id, String(10001 + i)]));
  const keyOf = (d: Draft) => `person-${numberOf.get(d.id)}`;
  const parentOf = new Map(DEMO_UNITS.map((u) => [u.key, u.parentKey]));

  const managerKeyFor = (d: Draft): string | null => {
    const unitManager = managerOf.get(d.employment.unitKey) as Draft;
    const parent = parentOf.get(d.employment.unitKey) ?? null;
    const boss = d === unitManager ? (parent ? (managerOf.get(parent) as Draft) : null) : unitManager;
    // A leaver who left before the current manager arrived had someone else, not in the data.
    if (!boss || (d.employment.endDate && boss.employment.startDate > d.employment.endDate)) return null;
    return keyOf(boss);
  };

  const physician = names.fixed(PHYSICIAN.givenName, PHYSICIAN.surname);
  const physicianKey = 'person-ext-001';
  const physicianEmail = `${PHYSICIAN.email}@${DEMO_EMAIL_DOMAIN}`;
  const adviser = names.fixed(CONFIDENTIAL_ADVISER.givenName, CONFIDENTIAL_ADVISER.surname);
  const adviserKey = 'person-ext-002';
  const adviserEmail = `${CONFIDENTIAL_ADVISER.email}@${DEMO_EMAIL_DOMAIN}`;
  const sorted = byHire;

  return {
    organization: {
      name: 'Zorggroep De Linde',
      // Fictional organisation: no KvK number, so it can never be mistaken for a real registration.
      kvkNumber: null,
      sbiSection: 'Q',
      // SBI 87: verpleging, verzorging en begeleiding met overnachting (VVT with nursing homes).
      sbiDivision: '87',
      kind: 'employer',
      timeZone: 'Europe/Amsterdam',
      // cao VVT: a full-time working week is 36 hours.
      fullTimeHours: 36,
    },
    units: DEMO_UNITS.map((u) => ({ ...u })),
    persons: [
      ...sorted.map((d) => ({ key: keyOf(d), employeeNumber: numberOf.get(d.id) as string, ...d.person })),
      {
        key: physicianKey,
        employeeNumber: 'EXT-001',
        ...physician,
        birthDate: addDays(addMonths(today, -12 * PHYSICIAN.age), -200),
        email: physicianEmail,
      },
      {
        key: adviserKey,
        employeeNumber: 'EXT-002',
        ...adviser,
        birthDate: addDays(addMonths(today, -12 * CONFIDENTIAL_ADVISER.age), -100),
        email: adviserEmail,
      },
    ],
    employments: sorted.map((d) => ({
      personKey: keyOf(d),
      ...d.employment,
      managerPersonKey: managerKeyFor(d),
    })),
    roles: [
      ...sorted.flatMap((d) => [
        ...d.roles.map((role) => ({ personKey: keyOf(d), role, unitKey: null })),
        ...(d.isManager
          ? [{ personKey: keyOf(d), role: 'manager' as const, unitKey: d.employment.unitKey }]
          : []),
      ]),
      { personKey: physicianKey, role: 'occupational_physician', unitKey: null },
      { personKey: adviserKey, role: 'confidential_adviser', unitKey: null },
    ],
    accounts: [
      ...sorted
        .filter((d) => d.account)
        .map((d) => ({ email: d.account as string, personKey: keyOf(d), name: displayName(d.person) })),
      { email: physicianEmail, personKey: physicianKey, name: displayName(physician) },
      { email: adviserEmail, personKey: adviserKey, name: displayName(adviser) },
    ],
  };
}

/** Staff slots whose age comes from the organisation's mix: no age-bound job and no demo person. */
function ordinarySlotCount(): number {
  let count = 0;
  for (const unit of DEMO_UNITS) {
    for (const [job, heads] of STAFFING[unit.key].staff) {
      const specs = DEMO_PEOPLE.filter((s) => s.unit === unit.key && s.job === job).length;
      if (!('ages' in JOBS[job])) count += heads - specs;
    }
  }
  return count;
}
