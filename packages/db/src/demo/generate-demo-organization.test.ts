import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addDays, ageOn } from '@inzetbaar/domain';
import { describe, expect, it } from 'vitest';
import { JOBS } from './demo-jobs';
import { NAME_POOLS } from './demo-names';
import { type DemoOrganizationData, generateDemoOrganization } from './generate-demo-organization';

const TODAY = '2026-03-15';
const demo = generateDemoOrganization(TODAY);
const personByKey = new Map(demo.persons.map((p) => [p.key, p]));
const current = demo.employments.filter((e) => e.endDate === null);
const ageToday = (personKey: string) => ageOn(personByKey.get(personKey)?.birthDate as string, TODAY);
const rolesOf = (data: DemoOrganizationData, personKey: string) =>
  data.roles
    .filter((r) => r.personKey === personKey)
    .map((r) => (r.unitKey ? `${r.role}:${r.unitKey}` : r.role));

describe('generateDemoOrganization', () => {
  it('is deterministic for the same day, and moves its dates along with the day', () => {
    expect(generateDemoOrganization(TODAY)).toEqual(demo);
    const later = generateDemoOrganization('2027-03-15');
    expect(later.persons.map((p) => p.givenName + p.surname)).toEqual(
      demo.persons.map((p) => p.givenName + p.surname),
    );
    expect(later.persons[0]?.birthDate).not.toBe(demo.persons[0]?.birthDate);
    expect(() => generateDemoOrganization('2026-02-30')).toThrow(RangeError);
  });

  it('describes a VVT care organisation with a 36-hour week', () => {
    expect(demo.organization).toEqual({
      name: 'Zorggroep De Linde',
      kvkNumber: null,
      sbiSection: 'Q',
      sbiDivision: '87',
      kind: 'employer',
      timeZone: 'Europe/Amsterdam',
      fullTimeHours: 36,
    });
  });

  it('has a unit tree of at least 8 units under one root', () => {
    expect(demo.units.length).toBeGreaterThanOrEqual(8);
    const keys = new Set(demo.units.map((u) => u.key));
    expect(keys.size).toBe(demo.units.length);
    expect(demo.units.filter((u) => u.parentKey === null).map((u) => u.name)).toEqual(['Zorggroep De Linde']);
    const parentOf = new Map(demo.units.map((u) => [u.key, u.parentKey]));
    for (const unit of demo.units) {
      let depth = 0;
      for (let k = unit.parentKey; k !== null; k = parentOf.get(k) ?? null) {
        expect(keys.has(k)).toBe(true);
        expect(++depth).toBeLessThan(10);
      }
    }
    expect(new Set(demo.units.map((u) => `${u.parentKey}/${u.name.toLowerCase()}`)).size).toBe(
      demo.units.length,
    );
  });

  it('has about 250 people with unique personeelsnummers and names', () => {
    expect(demo.persons.length).toBeGreaterThanOrEqual(230);
    expect(demo.persons.length).toBeLessThanOrEqual(270);
    expect(current.length).toBeGreaterThanOrEqual(210);
    expect(new Set(demo.persons.map((p) => p.key)).size).toBe(demo.persons.length);
    expect(new Set(demo.persons.map((p) => p.employeeNumber)).size).toBe(demo.persons.length);
    expect(new Set(demo.persons.map((p) => `${p.givenName} ${p.surnamePrefix} ${p.surname}`)).size).toBe(
      demo.persons.length,
    );
    expect(
      demo.persons.every(
        (p) => p.employeeNumber.length <= 32 && p.surname.length > 0 && p.givenName.length > 0,
      ),
    ).toBe(true);
  });

  it('has about 30 % of its staff at 55 or over, some over 60 and a few close to the AOW age', () => {
    const ages = current.map((e) => ageToday(e.personKey));
    const share55 = ages.filter((a) => a >= 55).length / ages.length;
    expect(share55).toBeGreaterThanOrEqual(0.25);
    expect(share55).toBeLessThanOrEqual(0.35);
    expect(ages.filter((a) => a >= 60).length / ages.length).toBeGreaterThanOrEqual(0.08);
    expect(ages.filter((a) => a >= 65).length).toBeGreaterThanOrEqual(2);
    // Still employed means below the AOW age (67 in 2026).
    expect(Math.max(...ages)).toBeLessThan(67);
  });

  it('has nobody under 16, and nobody hired before 16', () => {
    for (const p of demo.persons) expect(ageOn(p.birthDate, TODAY), p.key).toBeGreaterThanOrEqual(16);
    for (const e of demo.employments) {
      expect(
        ageOn(personByKey.get(e.personKey)?.birthDate as string, e.startDate),
        e.personKey,
      ).toBeGreaterThanOrEqual(16);
    }
  });

  it('has consistent employments: valid hours, dates in order, joiners and leavers of the last two years', () => {
    const twoYearsAgo = addDays(TODAY, -730);
    for (const e of demo.employments) {
      expect(personByKey.has(e.personKey)).toBe(true);
      expect([12, 16, 20, 24, 28, 32, 36]).toContain(e.hoursPerWeek);
      expect(e.startDate <= TODAY).toBe(true);
      if (e.endDate) {
        expect(e.endDate >= e.startDate && e.endDate < TODAY && e.endDate >= twoYearsAgo).toBe(true);
      }
    }
    const leavers = demo.employments.filter((e) => e.endDate !== null);
    expect(leavers.length).toBeGreaterThanOrEqual(10);
    expect(current.filter((e) => e.startDate >= twoYearsAgo).length).toBeGreaterThanOrEqual(15);
    expect(current.filter((e) => e.hoursPerWeek < 36).length / current.length).toBeGreaterThan(0.6);
    // One employment per employed person.
    expect(new Set(demo.employments.map((e) => e.personKey)).size).toBe(demo.employments.length);
  });

  it('uses ESCO occupation URIs or none', () => {
    for (const e of demo.employments) {
      if (e.escoOccupationUri !== null)
        expect(e.escoOccupationUri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/);
    }
    expect(demo.employments.find((e) => e.jobTitle === 'Verzorgende IG')?.escoOccupationUri).toBe(
      'http://data.europa.eu/esco/occupation/1391bdf9-bd61-4fb5-91ca-c29036ab2b60',
    );
  });

  it('has exactly one manager per unit, employed in that unit, and managerPersonKeys that follow the tree', () => {
    const managerRoles = demo.roles.filter((r) => r.role === 'manager');
    expect(managerRoles.map((r) => r.unitKey).sort()).toEqual(demo.units.map((u) => u.key).sort());
    const managerOf = new Map(managerRoles.map((r) => [r.unitKey, r.personKey]));
    const parentOf = new Map(demo.units.map((u) => [u.key, u.parentKey]));
    for (const [unitKey, personKey] of managerOf) {
      expect(current.find((e) => e.personKey === personKey)?.unitKey).toBe(unitKey);
    }
    for (const e of current) {
      const unitManager = managerOf.get(e.unitKey);
      const parent = parentOf.get(e.unitKey) ?? null;
      const expected = unitManager === e.personKey ? (parent ? managerOf.get(parent) : null) : unitManager;
      expect(e.managerPersonKey, e.personKey).toBe(expected);
    }
    for (const e of demo.employments) {
      if (e.managerPersonKey) expect(personByKey.has(e.managerPersonKey)).toBe(true);
    }
  });

  it('gives every employed person the employee role, and leavers none', () => {
    for (const e of current) expect(rolesOf(demo, e.personKey)).toContain('employee');
    for (const e of demo.employments.filter((x) => x.endDate)) expect(rolesOf(demo, e.personKey)).toEqual([]);
    for (const r of demo.roles) expect(personByKey.has(r.personKey)).toBe(true);
    expect(new Set(demo.roles.map((r) => `${r.personKey}/${r.role}/${r.unitKey}`)).size).toBe(
      demo.roles.length,
    );
    // WOR art. 6: an OR of 7 members for 200-400 employees.
    expect(demo.roles.filter((r) => r.role === 'works_council')).toHaveLength(7);
  });

  it('has the demo accounts as specific people with their roles', () => {
    const account = (local: string) => {
      const a = demo.accounts.find((x) => x.email === `${local}@demo.inzetbaar.nl`);
      expect(a, local).toBeDefined();
      const person = personByKey.get(a?.personKey as string);
      expect(person?.email).toBe(a?.email);
      const employment = current.find((e) => e.personKey === a?.personKey);
      return { roles: rolesOf(demo, a?.personKey as string).sort(), employment, key: a?.personKey };
    };
    expect(demo.accounts).toHaveLength(8);
    const hr = account('hr');
    expect(hr.roles).toEqual(['employee', 'hr']);
    expect(hr.employment).toMatchObject({ jobTitle: 'HR-adviseur', unitKey: 'hr' });
    const manager = account('manager');
    expect(manager.roles).toEqual(['employee', 'manager:wijkteam-noord']);
    expect(manager.employment).toMatchObject({ jobTitle: 'Teamleider', unitKey: 'wijkteam-noord' });
    const employee = account('medewerker');
    expect(employee.roles).toEqual(['employee']);
    expect(employee.employment).toMatchObject({
      jobTitle: 'Verzorgende IG',
      unitKey: 'wijkteam-noord',
      managerPersonKey: manager.key,
    });
    expect(account('preventie').roles).toEqual(['employee', 'prevention_officer']);
    const physician = account('bedrijfsarts');
    expect(physician.roles).toEqual(['occupational_physician']);
    expect(demo.employments.some((e) => e.personKey === physician.key)).toBe(false);
    const adviser = account('vertrouwenspersoon');
    expect(adviser.roles).toEqual(['confidential_adviser']);
    expect(demo.employments.some((e) => e.personKey === adviser.key)).toBe(false);
    expect(account('or').roles).toEqual(['employee', 'works_council']);
    expect(account('coach').roles).toEqual(['coach', 'employee']);
  });

  it('gives a share of the staff unique work e-mail addresses', () => {
    const emails = demo.persons.flatMap((p) => (p.email ? [p.email.toLowerCase()] : []));
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email).toMatch(/^[a-z0-9.]+@(delinde\.example|demo\.inzetbaar\.nl)$/);
    expect(emails.length / demo.persons.length).toBeGreaterThan(0.4);
    expect(emails.length / demo.persons.length).toBeLessThan(0.9);
  });

  it('has names of several origins, with tussenvoegsels split off', () => {
    const surnames = new Set(demo.persons.map((p) => p.surname));
    for (const origin of ['moroccan', 'turkish', 'surinamese', 'polish', 'other'] as const) {
      const pool = NAME_POOLS[origin].surnames.flatMap((s) => (typeof s === 'string' ? [s] : [...s]));
      expect(
        pool.some((s) => surnames.has(s)),
        origin,
      ).toBe(true);
    }
    expect(demo.persons.some((p) => p.surnamePrefix === 'van der')).toBe(true);
    expect(demo.persons.every((p) => !/^(van|de|ter|ten|in) /.test(p.surname))).toBe(true);
  });
});

// ESCO v1.1.1 (nl) lives outside the repository (../shared/data); checked wherever it is present.
const ESCO_CSV = resolve(import.meta.dirname, '../../../../../shared/data/esco-v1.1.1-nl/occupations_nl.csv');
describe.skipIf(!existsSync(ESCO_CSV))('ESCO occupations of the demo jobs', () => {
  it('every URI exists in ESCO v1.1.1 with the Dutch label we record', () => {
    const text = readFileSync(ESCO_CSV, 'utf8');
    for (const job of Object.values(JOBS)) {
      if (!job.esco) continue;
      // Rows are "Occupation,<uri>,<isco>,<preferredLabel>,…"; labels here contain no comma or quote.
      expect(text, job.title).toContain(`,${job.esco.uri},`);
      const row = text.slice(text.indexOf(`,${job.esco.uri},`));
      expect(row.split(',')[3], job.title).toBe(job.esco.escoLabel);
    }
  });
});
