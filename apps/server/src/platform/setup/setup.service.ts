import type { TSetup } from '@inzetbaar/contracts';
import type { Auth } from '../../auth/auth';
import { createUserWithPassword, findUserByEmail } from '../../auth/create-user';
import { countOrganizations, insertOrganization } from '../../modules/people/repo/organizations.repo';
import { insertPerson } from '../../modules/people/repo/people.repo';
import { insertRoleAssignment } from '../../modules/people/repo/roles.repo';
import { recordAudit } from '../audit/record-audit';
import type { Deps } from '../http/context';
import { AppError, invalidField } from '../http/problem';

export async function needsSetup(deps: Pick<Deps, 'db'>) {
  return (await countOrganizations(deps.db)) === 0;
}

/**
 * First start in production: create the first organisation and its HR administrator. Only
 * possible while no organisation exists, so it cannot be used to take over an installation.
 */
export async function runSetup(deps: Pick<Deps, 'db' | 'auth'> & { auth: Auth }, input: TSetup) {
  if (!(await needsSetup(deps))) throw new AppError(409, 'already_set_up');
  if (await findUserByEmail(deps.auth, input.admin.email)) throw invalidField('admin.email', 'email_taken');
  const name = `${input.admin.givenName} ${input.admin.surname}`;
  const user = await createUserWithPassword(deps.auth, {
    email: input.admin.email,
    name,
    password: input.admin.password,
  });
  return deps.db.transaction(async (tx) => {
    const org = await insertOrganization(tx, {
      name: input.organization.name,
      kvkNumber: input.organization.kvkNumber ?? null,
      sbiSection: input.organization.sbiSection,
      sbiDivision: input.organization.sbiDivision ?? null,
      kind: input.organization.kind,
      timeZone: input.organization.timeZone,
      fullTimeHours: input.organization.fullTimeHours,
    });
    const person = await insertPerson(tx, {
      organizationId: org.id,
      employeeNumber: 'beheerder',
      givenName: input.admin.givenName,
      surname: input.admin.surname,
      email: input.admin.email.toLowerCase(),
      userId: user.id,
    });
    await insertRoleAssignment(tx, { organizationId: org.id, personId: person.id, role: 'hr' });
    await recordAudit(tx, null, org.id, {
      action: 'organization.created',
      resourceType: 'organization',
      resourceId: org.id,
      details: { via: 'setup', adminUserId: user.id },
    });
    return { organizationId: org.id };
  });
}
