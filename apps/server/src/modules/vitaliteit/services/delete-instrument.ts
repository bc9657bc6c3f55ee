import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import { type Deps, orgOf } from '../../../platform/http/context';
import { AppError, notFound } from '../../../platform/http/problem';
import { deleteUploadedInstrument, listCampaigns } from '../repo/campaigns.repo';

/** Remove an uploaded instrument (e.g. the licence ended) unless a campaign used it. */
export async function deleteInstrument(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'vitality.instrument.upload');
  const organizationId = orgOf(actor);
  await deps.db.transaction(async (tx) => {
    if ((await listCampaigns(tx, organizationId)).some((c) => c.instrumentKeys.includes(id)))
      throw new AppError(409, 'instrument_in_use');
    if (!(await deleteUploadedInstrument(tx, organizationId, id))) throw notFound();
    await recordAudit(tx, actor, organizationId, {
      action: 'survey-instrument.deleted',
      resourceType: 'survey_instrument',
      resourceId: id,
    });
  });
}
