import type { TOrganization, TUpdateOrganization } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { notFound, staleVersion } from '../../../platform/http/problem';
import { findOrganization, type OrganizationRow, updateOrganization } from '../repo/organizations.repo';

export const presentOrganization = (o: OrganizationRow): TOrganization => ({
  id: o.id,
  name: o.name,
  kvkNumber: o.kvkNumber,
  sbiSection: o.sbiSection as TOrganization['sbiSection'],
  sbiDivision: o.sbiDivision,
  kind: o.kind,
  timeZone: o.timeZone,
  fullTimeHours: o.fullTimeHours,
  version: o.version,
});

export async function getOrganization(deps: Deps, organizationId: string) {
  const org = await findOrganization(deps.db, organizationId);
  if (!org) throw notFound();
  return presentOrganization(org);
}

export async function changeOrganization(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  input: TUpdateOrganization,
) {
  const { version, ...patch } = input;
  return deps.db.transaction(async (tx) => {
    const row = await updateOrganization(tx, organizationId, version, patch);
    if (!row) throw (await findOrganization(tx, organizationId)) ? staleVersion() : notFound();
    await recordAudit(tx, actor, organizationId, {
      action: 'organization.updated',
      resourceType: 'organization',
      resourceId: organizationId,
      details: { fields: Object.keys(patch) },
    });
    return presentOrganization(row);
  });
}
