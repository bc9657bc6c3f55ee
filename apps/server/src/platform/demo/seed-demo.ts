import { generateDemoOrganization } from '@inzetbaar/db/demo/generate-demo-organization';
import { createUserWithPassword } from '../../auth/create-user';
import { MODULES } from '../../modules';
import { insertOrganization } from '../../modules/people/repo/organizations.repo';
import { insertEmployment, insertPerson, linkPersonToUser } from '../../modules/people/repo/people.repo';
import { insertRoleAssignment } from '../../modules/people/repo/roles.repo';
import { insertUnit } from '../../modules/people/repo/units.repo';
import { recordAudit } from '../audit/record-audit';
import { analyze } from '../db/analyze';
import type { Deps } from '../http/context';
import { today } from '../today';
import { DEMO_PASSWORD } from './demo-accounts';

/**
 * Seed the deterministic demo organisation (demo mode only; the caller checks). Dates are
 * relative to today so the history always looks current. Each module seeds its own part (manifest `seedDemo`).
 */
export async function seedDemo(deps: Deps) {
  if (!deps.env.isDemo) throw new Error('seedDemo refused: not in demo mode');
  const demo = generateDemoOrganization(today(deps.clock));
  const users = new Map<string, string>();
  for (const account of demo.accounts) {
    const user = await createUserWithPassword(deps.auth, {
      email: account.email,
      name: account.name,
      password: DEMO_PASSWORD,
    });
    users.set(account.personKey, user.id);
  }
  const seeded = await deps.db.transaction(async (tx) => {
    const org = await insertOrganization(tx, demo.organization);
    const unitIds = new Map<string, string>();
    // parents before children: the generator lists a unit after its parent
    for (const u of demo.units) {
      const parentId = u.parentKey ? (unitIds.get(u.parentKey) ?? null) : null;
      unitIds.set(u.key, (await insertUnit(tx, { organizationId: org.id, name: u.name, parentId })).id);
    }
    const personIds = new Map<string, string>();
    for (const p of demo.persons) {
      const { key, ...fields } = p;
      personIds.set(key, (await insertPerson(tx, { organizationId: org.id, ...fields })).id);
    }
    for (const e of demo.employments) {
      const { personKey, unitKey, managerPersonKey, ...fields } = e;
      await insertEmployment(tx, {
        organizationId: org.id,
        personId: personIds.get(personKey) as string,
        unitId: unitIds.get(unitKey) ?? null,
        managerPersonId: managerPersonKey ? (personIds.get(managerPersonKey) ?? null) : null,
        ...fields,
      });
    }
    for (const r of demo.roles) {
      await insertRoleAssignment(tx, {
        organizationId: org.id,
        personId: personIds.get(r.personKey) as string,
        role: r.role,
        unitId: r.unitKey ? (unitIds.get(r.unitKey) ?? null) : null,
      });
    }
    for (const [personKey, userId] of users)
      await linkPersonToUser(tx, org.id, personIds.get(personKey) as string, userId);
    await recordAudit(tx, null, org.id, {
      action: 'organization.created',
      resourceType: 'organization',
      resourceId: org.id,
      details: { via: 'demo-seed' },
    });
    const ctx = { tx, deps, organizationId: org.id, today: today(deps.clock), demo, personIds, unitIds };
    for (const m of MODULES) await m.seedDemo?.(ctx);
    return { organizationId: org.id, people: demo.persons.length, units: demo.units.length };
  });
  await analyze(deps.db); // planner statistics for what was just written (platform/db/analyze.ts)
  return seeded;
}
