import type { TUpdateCampaign } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import { type Deps, orgOf } from '../../../platform/http/context';
import { AppError, invalidField, notFound, staleVersion } from '../../../platform/http/problem';
import { findCampaign, updateCampaign } from '../repo/campaigns.repo';
import { closeCampaign } from './close-campaign';
import { getSurveyCampaign } from './get-campaign';
import { scheduleReminderAndClose } from './open-campaign';

/** Rename, move the end date, or close early (then the results become available). */
export async function updateSurveyCampaign(deps: Deps, actor: Actor, id: string, input: TUpdateCampaign) {
  authorize(actor, 'vitality.campaign.write');
  const organizationId = orgOf(actor);
  await deps.db.transaction(async (tx) => {
    const current = await findCampaign(tx, organizationId, id);
    if (!current) throw notFound();
    if (current.status === 'closed') throw new AppError(409, 'campaign_closed');
    if (input.closesOn && input.closesOn < current.opensOn)
      throw invalidField('closesOn', 'end_before_start');
    const row = await updateCampaign(tx, organizationId, id, input.version, {
      ...(input.title ? { title: input.title } : {}),
      ...(input.closesOn ? { closesOn: input.closesOn } : {}),
    });
    if (!row) throw staleVersion();
    if (input.closesOn && row.status === 'open') await scheduleReminderAndClose(deps, tx, row);
    if (input.status === 'closed') {
      if (row.status === 'scheduled') throw new AppError(409, 'campaign_not_open');
      await closeCampaign(deps, tx, row);
    }
    await recordAudit(tx, actor, organizationId, {
      action: input.status === 'closed' ? 'survey-campaign.closed' : 'survey-campaign.updated',
      resourceType: 'survey_campaign',
      resourceId: id,
      details: { fields: Object.keys(input).filter((k) => k !== 'version') },
    });
  });
  return getSurveyCampaign(deps, actor, id);
}
