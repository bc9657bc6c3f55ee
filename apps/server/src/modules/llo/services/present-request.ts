import type { TLearningRequest } from '@inzetbaar/contracts';
import type { llo } from '@inzetbaar/domain';
import type { Actor } from '../../../auth/actor';
import type { RequestRow } from '../repo/requests.repo';
import { may } from './access';
import type { SkillCatalog } from './skill-labels';

export type RequestView = {
  cat: SkillCatalog;
  names: ReadonlyMap<string, string>;
  unitIds: (personId: string) => readonly (string | null)[];
  /** For a submitted request: what approving it would exceed. */
  budgetCheck: (r: RequestRow) => llo.SpendViolation[];
};

export function presentRequest(actor: Actor, r: RequestRow, v: RequestView): TLearningRequest {
  const units = v.unitIds(r.personId);
  const isSelf = actor.personId === r.personId;
  return {
    id: r.id,
    personId: r.personId,
    personName: v.names.get(r.personId) ?? '',
    learningItemId: r.learningItemId,
    popGoalId: r.popGoalId,
    title: r.title,
    kind: r.kind,
    provider: r.provider,
    costCents: r.costCents,
    hours: r.hours,
    startOn: r.startOn,
    endOn: r.endOn,
    motivation: r.motivation,
    fundingSource: r.fundingSource,
    skills: r.skills.map((s) => ({ ...v.cat.label(s.ref), level: s.level })),
    certificateType: r.certificateType,
    status: r.status,
    budgetYear: r.budgetYear,
    decidedByName: r.decidedByPersonId ? (v.names.get(r.decidedByPersonId) ?? null) : null,
    decidedOn: r.decidedOn,
    decisionReason: r.decisionReason,
    completedOn: r.completedOn,
    actualCostCents: r.actualCostCents,
    actualHours: r.actualHours,
    budgetCheck: r.status === 'submitted' ? v.budgetCheck(r) : [],
    canDecide: r.status === 'submitted' && !isSelf && may(actor, 'llo.request.decide', r.personId, units),
    canComplete: r.status === 'approved' && !isSelf && may(actor, 'llo.request.complete', r.personId, units),
    canCancel:
      (r.status === 'submitted' || r.status === 'approved') &&
      may(actor, 'llo.request.cancel', r.personId, units),
    version: r.version,
  };
}
