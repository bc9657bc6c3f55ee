import type { TDecideLearningRequest, TLearningRequest } from '@inzetbaar/contracts';
import { llo } from '@inzetbaar/domain';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { AppError, invalidField, staleVersion } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { findOrganization } from '../../people/repo/organizations.repo';
import { listBudgetRules } from '../repo/budget.repo';
import { listRequests, updateRequest } from '../repo/requests.repo';
import { orgOf } from './access';
import { personBudget } from './person-budget';
import { presentOne, requireRequest } from './request-access';
import { budgetYearOf } from './request-view';

const VIOLATION_FIELD: Record<llo.SpendViolation, string> = {
  exceeds_activity_limit: 'costCents',
  exceeds_money_budget: 'costCents',
  exceeds_hours_budget: 'hours',
};

/**
 * The manager (or HR) approves or declines a submitted request; a decline needs a reason. Approval
 * charges the personal budget of the start year (else this year) and is refused when it does not
 * fit — unless the training is one the job requires, which the employer pays (BW 7:611a lid 2).
 * Nobody decides their own request.
 */
export async function decideLearningRequest(
  deps: Deps,
  actor: Actor,
  id: string,
  input: TDecideLearningRequest,
  lang: Lang,
): Promise<TLearningRequest> {
  const organizationId = orgOf(actor);
  if (input.decision === 'decline' && !input.reason) throw invalidField('reason', 'required');
  return deps.db.transaction(async (tx) => {
    const { request, employments, isSelf } = await requireRequest(tx, actor, 'llo.request.decide', id);
    if (isSelf) throw new AppError(403, 'cannot_decide_own_request');
    if (request.status !== 'submitted') throw new AppError(409, 'request_not_submitted');
    const day = today(deps.clock);
    const fundingSource = input.fundingSource ?? request.fundingSource;
    const budgetYear = budgetYearOf(request, day);
    if (input.decision === 'approve') {
      const [rules, requests, org] = await Promise.all([
        listBudgetRules(tx, organizationId),
        listRequests(tx, organizationId, { personIds: [request.personId] }),
        findOrganization(tx, organizationId),
      ]);
      const years = personBudget(rules, employments, org?.fullTimeHours ?? 40, requests, budgetYear);
      const violations = llo.checkSpend({
        year: years.find((y) => y.year === budgetYear),
        costCents: request.costCents,
        hours: request.hours,
        fundingSource,
      });
      if (violations.length)
        throw new AppError(
          422,
          'budget_exceeded',
          violations.map((code) => ({ field: VIOLATION_FIELD[code], code })),
        );
    }
    const row = await updateRequest(tx, organizationId, id, input.version, {
      status: input.decision === 'approve' ? 'approved' : 'declined',
      fundingSource,
      budgetYear: input.decision === 'approve' ? budgetYear : null,
      decidedByPersonId: actor.personId,
      decidedOn: day,
      decisionReason: input.reason ?? null,
    });
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: input.decision === 'approve' ? 'llo.request.approved' : 'llo.request.declined',
      resourceType: 'llo_request',
      resourceId: id,
      subjectPersonId: request.personId,
      details: { fundingSource, budgetYear: row.budgetYear, costCents: row.costCents, hours: row.hours },
    });
    return presentOne(tx, deps.clock, actor, row, lang);
  });
}
