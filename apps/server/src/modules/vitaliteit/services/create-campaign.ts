import type { TCreateCampaign } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import { type Deps, orgOf } from '../../../platform/http/context';
import { AppError, type FieldError } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { listUnits } from '../../people/repo/units.repo';
import { instrumentsFor } from '../instrument-registry';
import { presentCampaign } from '../presenters';
import { insertCampaign } from '../repo/campaigns.repo';
import { JOB, openCampaign } from './open-campaign';

/**
 * HR or the prevention officer start a campaign for units (each with its sub-units) or the whole
 * organisation, for a period. It opens at once when the period has started (invitations go out
 * through the scheduler), otherwise a job opens it on the first day.
 */
export async function createCampaign(deps: Deps, actor: Actor, input: TCreateCampaign) {
  authorize(actor, 'vitality.campaign.write');
  const organizationId = orgOf(actor);
  const instruments = await instrumentsFor(deps.db, organizationId);
  const unitIds = new Set((await listUnits(deps.db, organizationId)).map((u) => u.id));
  const errors: FieldError[] = [
    ...input.instrumentIds.flatMap((id, i) =>
      instruments.has(id) ? [] : [{ field: `instrumentIds.${i}`, code: 'unknown_reference' }],
    ),
    ...input.unitIds.flatMap((id, i) =>
      unitIds.has(id) ? [] : [{ field: `unitIds.${i}`, code: 'unknown_reference' }],
    ),
  ];
  if (new Set(input.instrumentIds).size !== input.instrumentIds.length)
    errors.push({ field: 'instrumentIds', code: 'duplicate' });
  if (input.closesOn < today(deps.clock)) errors.push({ field: 'closesOn', code: 'in_the_past' });
  if (errors.length) throw new AppError(422, 'validation_failed', errors);
  return deps.db.transaction(async (tx) => {
    let row = await insertCampaign(tx, {
      organizationId,
      title: input.title,
      instrumentKeys: input.instrumentIds,
      unitIds: [...new Set(input.unitIds)],
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      minGroupSize: input.minGroupSize,
      reminderDaysBefore: input.reminderDaysBefore,
      createdByPersonId: actor.personId,
    });
    let invited = 0;
    if (row.opensOn <= today(deps.clock)) {
      invited = (await openCampaign(deps, tx, row)).invited;
      row = { ...row, status: 'open' };
    } else
      await deps.scheduler.enqueue(tx, {
        key: `${JOB.open}:${row.id}`,
        kind: JOB.open,
        runAt: new Date(`${row.opensOn}T06:00:00Z`),
        organizationId,
        payload: { campaignId: row.id },
      });
    await recordAudit(tx, actor, organizationId, {
      action: 'survey-campaign.created',
      resourceType: 'survey_campaign',
      resourceId: row.id,
      details: {
        instruments: input.instrumentIds,
        units: input.unitIds,
        opensOn: input.opensOn,
        closesOn: input.closesOn,
      },
    });
    return presentCampaign(row, instruments, invited, 0);
  });
}
