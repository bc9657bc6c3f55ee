import type { TOpenAnswers } from '@inzetbaar/contracts';
import { vitality } from '@inzetbaar/domain';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import { type Deps, orgOf } from '../../../platform/http/context';
import { AppError, notFound } from '../../../platform/http/problem';
import { instrumentsFor } from '../instrument-registry';
import { findCampaign, listCampaignUnits } from '../repo/campaigns.repo';
import { openTexts, respondentCounts } from '../repo/results.repo';
import { inActorScope } from '../results-data';

/**
 * Open answers are shown verbatim, so they are a re-identification risk (domain-rules §2.5): they
 * are shown per group only for groups released at 2k respondents (the same release rules with
 * twice the threshold, so no subtraction of text lists isolates fewer than 2k people), in
 * alphabetical order (not the order they came in). Private items are never stored for reporting.
 */
export async function getOpenAnswers(deps: Deps, actor: Actor, id: string): Promise<TOpenAnswers> {
  const scope = authorize(actor, 'vitality.results.read');
  const organizationId = orgOf(actor);
  const campaign = await findCampaign(deps.db, organizationId, id);
  if (!campaign) throw notFound();
  if (campaign.status !== 'closed') throw new AppError(409, 'results_after_close');
  const k2 = campaign.minGroupSize * 2;
  const [units, counts, texts, registry] = await Promise.all([
    listCampaignUnits(deps.db, organizationId, [campaign.id]),
    respondentCounts(deps.db, organizationId, campaign.id),
    openTexts(deps.db, organizationId, campaign.id),
    instrumentsFor(deps.db, organizationId),
  ]);
  const release = vitality.releaseGroups({
    k: k2,
    units: units.map((u) => ({ id: u.unitId, parentId: u.parentId })),
    cells: counts.map((c) => ({ unit: c.unit, ageBand: null, n: c.n })),
  });
  const names = new Map(units.map((u) => [u.unitId, u.name]));
  const itemText = (instrumentId: string, itemId: string) =>
    registry.get(instrumentId)?.instrument.items.find((i) => i.id === itemId)?.text ?? {
      nl: itemId,
      en: itemId,
    };
  await recordAudit(deps.db, actor, organizationId, {
    action: 'survey-open-answers.read',
    resourceType: 'survey_campaign',
    resourceId: campaign.id,
  });
  return {
    campaignId: campaign.id,
    minGroupSize: k2,
    groups: release.groups.filter(inActorScope(actor, scope)).map((g) => {
      const covered = new Set(g.units);
      const byItem = new Map<string, { instrumentId: string; itemId: string; texts: string[] }>();
      for (const t of texts) {
        if (!covered.has(t.unit)) continue;
        const key = `${t.instrumentKey}.${t.itemId}`;
        const entry = byItem.get(key) ?? { instrumentId: t.instrumentKey, itemId: t.itemId, texts: [] };
        entry.texts.push(t.text);
        byItem.set(key, entry);
      }
      return {
        key: g.key,
        name: names.get(g.unitId ?? '') ?? '',
        n: g.n,
        items: [...byItem.values()].map((e) => ({ ...e, item: itemText(e.instrumentId, e.itemId) })),
      };
    }),
  };
}
