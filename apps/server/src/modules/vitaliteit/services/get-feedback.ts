import type { TFeedback } from '@inzetbaar/contracts';
import { vitality } from '@inzetbaar/domain';
import type { Actor } from '../../../auth/actor';
import type { Deps } from '../../../platform/http/context';
import { AppError } from '../../../platform/http/problem';
import { interventionCatalogue } from '../bundled-data';
import { ownInvitation } from '../respondent-context';
import { listInterventions } from './list-interventions';

/** The person's own feedback on a sent questionnaire. Nobody else can call this for them. */
export async function getFeedback(deps: Deps, actor: Actor, campaignId: string): Promise<TFeedback> {
  const ctx = await ownInvitation(deps, deps.db, actor, campaignId);
  if (ctx.response?.status !== 'submitted') throw new AppError(409, 'not_submitted');
  const answers = ctx.response.answers;
  const f = vitality.personalFeedback(
    ctx.instruments.map((instrument) => ({ instrument, answers: answers[instrument.id] ?? {} })),
    interventionCatalogue(),
  );
  const catalogue = (await listInterventions(deps, actor)).items;
  return {
    campaignId,
    title: ctx.campaign.title,
    instruments: f.instruments,
    steps: f.steps,
    interventions: f.interventions.flatMap((id) => catalogue.filter((i) => i.id === id)),
  };
}
