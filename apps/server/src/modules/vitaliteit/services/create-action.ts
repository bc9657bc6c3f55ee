import type { TCreateAction } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import { type Deps, orgOf } from '../../../platform/http/context';
import { AppError, invalidField, notFound } from '../../../platform/http/problem';
// The arbo module's exported use case: a measure in the plan van aanpak (Arbowet art. 5).
import { createMeasure } from '../../arbo/services/measures.service';
import { interventionCatalogue } from '../bundled-data';
import { findCampaign } from '../repo/campaigns.repo';
import { insertOffers } from '../repo/interventions.repo';
import { computeResults } from '../results-data';

/**
 * "Turn into action": a released group's scale (a hotspot) becomes a measure in the plan van
 * aanpak (through the arbo module), or an intervention recommended to the group's units.
 */
export async function createAction(deps: Deps, actor: Actor, campaignId: string, input: TCreateAction) {
  authorize(actor, 'vitality.action.create');
  const organizationId = orgOf(actor);
  const campaign = await findCampaign(deps.db, organizationId, campaignId);
  if (!campaign) throw notFound();
  const data = await computeResults(deps.db, campaign);
  const group = data.groups.find((g) => g.key === input.groupKey);
  if (!group) throw invalidField('groupKey', 'no_such_group');
  const result = group.scales[input.scaleKey];
  const scale = data.scales.get(input.scaleKey);
  if (!scale) throw invalidField('scaleKey', 'unknown_reference');
  if (!result) throw invalidField('scaleKey', 'scale_withheld');
  const where = group.kind === 'organization' ? data.organizationName : group.name;
  const finding = `Vitaliteitsonderzoek "${campaign.title}": ${scale.label.nl} ${result.mean} in ${where}`;
  if (input.kind === 'measure') {
    const measure = await createMeasure(deps, actor, {
      assessmentId: null,
      riskId: null,
      description: `${input.description} (${finding})`,
      level: 'collectief',
      ownerPersonId: input.ownerPersonId,
      dueDate: input.dueDate,
      budget: null,
    });
    await recordAudit(deps.db, actor, organizationId, {
      action: 'survey-action.created',
      resourceType: 'survey_campaign',
      resourceId: campaign.id,
      details: { kind: 'measure', measureId: measure.id, groupKey: group.key, scaleKey: input.scaleKey },
    });
    return { kind: 'measure' as const, measureId: measure.id, offerIds: [] };
  }
  if (!interventionCatalogue().some((i) => i.id === input.interventionId))
    throw invalidField('interventionId', 'unknown_reference');
  return deps.db.transaction(async (tx) => {
    const unitIds: (string | null)[] = group.kind === 'organization' ? [null] : group.units;
    const rows = await insertOffers(
      tx,
      unitIds.map((unitId) => ({
        organizationId,
        interventionId: input.interventionId as string,
        unitId,
        campaignId: campaign.id,
        scaleKey: input.scaleKey,
        createdByPersonId: actor.personId,
      })),
    );
    await recordAudit(tx, actor, organizationId, {
      action: 'survey-action.created',
      resourceType: 'survey_campaign',
      resourceId: campaign.id,
      details: {
        kind: 'intervention',
        interventionId: input.interventionId,
        groupKey: group.key,
        scaleKey: input.scaleKey,
      },
    });
    if (rows.length === 0)
      throw new AppError(422, 'validation_failed', [{ field: 'groupKey', code: 'no_such_group' }]);
    return { kind: 'intervention' as const, measureId: null, offerIds: rows.map((r) => r.id) };
  });
}
