import type { DbOrTx } from '@inzetbaar/db';
import { llo } from '@inzetbaar/domain';
import type { Actor } from '../../../auth/actor';
import type { Clock } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { today } from '../../../platform/today';
import { findOrganization } from '../../people/repo/organizations.repo';
import { listEmployments } from '../../people/repo/people.repo';
import { listBudgetRules } from '../repo/budget.repo';
import { personNames } from '../repo/names.repo';
import { listRequests, type RequestRow } from '../repo/requests.repo';
import { orgOf } from './access';
import { personBudget } from './person-budget';
import { presentRequest, type RequestView } from './present-request';
import { skillCatalog } from './skill-labels';

/** The year a request is charged to: its start year, else the year it is decided in. */
export const budgetYearOf = (r: Pick<RequestRow, 'startOn'>, day: string) =>
  Number((r.startOn ?? day).slice(0, 4));

/** Everything presenting requests needs, loaded once for a list. */
export async function requestView(
  db: DbOrTx,
  clock: Clock,
  actor: Actor,
  rows: readonly RequestRow[],
  lang: Lang,
): Promise<RequestView> {
  const organizationId = orgOf(actor);
  const day = today(clock);
  const personIds = [...new Set(rows.map((r) => r.personId))];
  const [cat, names, employments, rules, org, allRequests] = await Promise.all([
    skillCatalog(db, organizationId, lang),
    personNames(db, organizationId, [...personIds, ...rows.map((r) => r.decidedByPersonId)]),
    listEmployments(db, organizationId),
    listBudgetRules(db, organizationId),
    findOrganization(db, organizationId),
    listRequests(db, organizationId, { personIds }),
  ]);
  const jobs = (personId: string) => employments.filter((e) => e.personId === personId);
  return {
    cat,
    names,
    unitIds: (personId) => jobs(personId).map((e) => e.unitId),
    budgetCheck: (r) => {
      const year = budgetYearOf(r, day);
      const statement = personBudget(
        rules,
        jobs(r.personId),
        org?.fullTimeHours ?? 40,
        allRequests.filter((x) => x.personId === r.personId),
        year,
      );
      return llo.checkSpend({
        year: statement.find((y) => y.year === year),
        costCents: r.costCents,
        hours: r.hours,
        fundingSource: r.fundingSource,
      });
    },
  };
}

export async function presentRequests(
  db: DbOrTx,
  clock: Clock,
  actor: Actor,
  rows: readonly RequestRow[],
  lang: Lang,
) {
  const view = await requestView(db, clock, actor, rows, lang);
  return rows.map((r) => presentRequest(actor, r, view));
}
