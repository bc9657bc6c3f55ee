import type { TMySurvey } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import type { Deps } from '../../../platform/http/context';
import { campaignsOfParticipant, findResponse } from '../repo/respondent.repo';
import { responseToken } from '../tokens';

/** The campaigns the signed-in person was invited to, with whether they answered. */
export async function listMySurveys(deps: Deps, actor: Actor): Promise<{ items: TMySurvey[] }> {
  authorize(actor, 'vitality.survey.answer');
  const organizationId = actor.organizationId as string;
  if (!actor.personId) return { items: [] };
  const personId = actor.personId;
  const rows = await campaignsOfParticipant(deps.db, organizationId, personId);
  const items = await Promise.all(
    rows.map(async ({ campaign: c }): Promise<TMySurvey> => {
      const response = await findResponse(
        deps.db,
        organizationId,
        c.id,
        responseToken(deps.env.authSecret, c.id, personId),
      );
      return {
        campaignId: c.id,
        title: c.title,
        opensOn: c.opensOn,
        closesOn: c.closesOn,
        campaignStatus: c.status,
        status: response?.status === 'submitted' ? 'submitted' : response ? 'in_progress' : 'not_started',
      };
    }),
  );
  return { items };
}
