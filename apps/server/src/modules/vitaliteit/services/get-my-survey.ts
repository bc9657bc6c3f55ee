import type { TMySurveyDetail } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import type { Deps } from '../../../platform/http/context';
import { ownInvitation } from '../respondent-context';

/** The questionnaire(s) of a campaign with the person's saved answers (save and resume). */
export async function getMySurvey(deps: Deps, actor: Actor, campaignId: string): Promise<TMySurveyDetail> {
  const { campaign: c, instruments, response } = await ownInvitation(deps, deps.db, actor, campaignId);
  return {
    campaignId: c.id,
    title: c.title,
    opensOn: c.opensOn,
    closesOn: c.closesOn,
    campaignStatus: c.status,
    status: response?.status === 'submitted' ? 'submitted' : response ? 'in_progress' : 'not_started',
    instruments: instruments as unknown as Record<string, unknown>[],
    answers: response?.answers ?? {},
  };
}
