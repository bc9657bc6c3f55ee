import type { DbOrTx } from '@inzetbaar/db';
import type { Actor } from '../../auth/actor';
import { authorize } from '../../platform/access/policy';
import type { Deps } from '../../platform/http/context';
import { notFound } from '../../platform/http/problem';
import { instrumentsFor } from './instrument-registry';
import { findCampaign } from './repo/campaigns.repo';
import { findParticipant, findResponse } from './repo/respondent.repo';
import { responseToken } from './tokens';

/**
 * The signed-in person's own invitation to a campaign: the campaign, its instruments, the
 * participant row and the response under the person's token. 404 when they were not invited.
 */
export async function ownInvitation(deps: Deps, db: DbOrTx, actor: Actor, campaignId: string) {
  authorize(actor, 'vitality.survey.answer');
  const organizationId = actor.organizationId as string;
  if (!actor.personId) throw notFound();
  const participant = await findParticipant(db, organizationId, campaignId, actor.personId);
  const campaign = participant && (await findCampaign(db, organizationId, campaignId));
  if (!participant || !campaign) throw notFound();
  const registry = await instrumentsFor(db, organizationId);
  const instruments = campaign.instrumentKeys.flatMap((id) => {
    const i = registry.get(id)?.instrument;
    return i ? [i] : [];
  });
  const token = responseToken(deps.env.authSecret, campaignId, actor.personId);
  const response = await findResponse(db, organizationId, campaignId, token);
  return { organizationId, campaign, participant, instruments, token, response };
}
