import { createHash, randomBytes } from 'node:crypto';
import type { TCreateIncidentReport, TIncidentReport, TTriageIncidentReport } from '@inzetbaar/contracts';
import type { DbOrTx } from '@inzetbaar/db';
import { type Actor, hasRole } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { invalidField, notFound, staleVersion } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { displayName } from '../../people/repo/people.repo';
import { findUnit } from '../../people/repo/units.repo';
import {
  confidentialAdvisers,
  findAssessment,
  findIncidentReport,
  findIncidentReportByTokenHash,
  findMeasure,
  type IncidentReportRow,
  insertIncidentReport,
  listIncidentReports,
  listOwnIncidentReports,
  personNames,
  updateIncidentReport,
} from '../repo/arbo.repo';
import { catalogueWithOwnRisks, findCatalogue, findRisk } from './arbo-catalogues';

/*
 * Reports by employees ("aan de bel trekken"). Decisions (docs/rie.md §5):
 *  - Undesirable behaviour — the PSA forms of Arbowet art. 1 lid 3 e that happen between people at
 *    work: bullying, sexual harassment, discrimination, other undesirable behaviour, and aggression by
 *    a colleague — goes to the confidential route. Only the vertrouwenspersoon (confidential_adviser)
 *    sees and triages those reports; for everyone else they do not exist (not listed, 404, and their
 *    audit events are left out of the audit log). Work pressure (also PSA) is not a matter for the
 *    vertrouwenspersoon: it is an RI&E risk, reported as `other` to the prevention route.
 *  - Every other report is seen and triaged by hr and the prevention officer only.
 *  - An anonymous report stores no reporter and no time of day, and its audit event carries no actor,
 *    no IP and a time truncated to the day, so nobody can link it to a person.
 */

const orgOf = (actor: Actor) => actor.organizationId as string;
const CONFIDENTIAL_TYPES: readonly string[] = [
  'bullying',
  'sexual_harassment',
  'discrimination',
  'undesirable_behaviour',
];

export const routeOf = (r: { type: string; byColleague: boolean }) =>
  CONFIDENTIAL_TYPES.includes(r.type) || (r.type === 'aggression' && r.byColleague)
    ? 'confidential'
    : 'prevention';

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** May this actor see (and triage) this report at all? */
export function canReadContent(actor: Actor, r: Pick<IncidentReportRow, 'routedTo'>) {
  if (r.routedTo === 'confidential') return hasRole(actor, 'confidential_adviser');
  return hasRole(actor, 'prevention_officer') || hasRole(actor, 'hr');
}

function present(r: IncidentReportRow, names: Map<string, string>): TIncidentReport {
  const reporter = r.anonymous ? null : r.reporterPersonId;
  return {
    id: r.id,
    type: r.type,
    routedTo: r.routedTo,
    byColleague: r.byColleague,
    description: r.description,
    location: r.location,
    unitId: r.unitId,
    occurredOn: r.occurredOn,
    reportedOn: r.reportedOn,
    anonymous: r.anonymous,
    reporterPersonId: reporter,
    reporterName: reporter ? (names.get(reporter) ?? null) : null,
    status: r.status,
    assessmentId: r.assessmentId,
    riskId: r.riskId,
    measureId: r.measureId,
    feedback: r.feedback,
    feedbackOn: r.feedbackOn,
    version: r.version,
  };
}

/** Write the audit event of a report without ever naming an anonymous reporter. */
async function auditReport(
  tx: DbOrTx,
  actor: Actor,
  organizationId: string,
  r: { id: string; anonymous: boolean; routedTo: string; type: string },
  action: string,
  now: Date,
) {
  // Confidential reports too: not even the vertrouwenspersoon's own audit trail may name the reporter.
  const anonymous = action === 'incident-report.created' && (r.anonymous || r.routedTo === 'confidential');
  // An anonymous report's event: no actor, no IP, no time of day (it could be matched to sessions).
  await recordAudit(tx, anonymous ? null : actor, organizationId, {
    at: anonymous ? new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`) : now,
    action,
    resourceType: 'incident_report',
    resourceId: r.id,
    subjectPersonId: null,
    details: { type: r.type, routedTo: r.routedTo, anonymous: r.anonymous },
  });
}

export async function createIncidentReport(deps: Deps, actor: Actor, input: TCreateIncidentReport) {
  authorize(actor, 'incident-report.create');
  const organizationId = orgOf(actor);
  const token = randomBytes(32).toString('base64url');
  return deps.db.transaction(async (tx) => {
    if (input.unitId && !(await findUnit(tx, organizationId, input.unitId)))
      throw invalidField('unitId', 'unknown_reference');
    const byColleague = input.type === 'aggression' ? input.byColleague : false;
    const routedTo = routeOf({ type: input.type, byColleague });
    const row = await insertIncidentReport(tx, {
      organizationId,
      type: input.type,
      byColleague,
      routedTo,
      description: input.description,
      location: input.location ?? null,
      unitId: input.unitId ?? null,
      occurredOn: input.occurredOn ?? null,
      reportedOn: today(deps.clock),
      anonymous: input.anonymous,
      reporterPersonId: input.anonymous ? null : actor.personId,
      feedbackTokenHash: hashToken(token),
    });
    await auditReport(
      tx,
      actor,
      organizationId,
      { id: row.id, anonymous: input.anonymous, routedTo, type: input.type },
      'incident-report.created',
      deps.clock.now(),
    );
    return { id: row.id, feedbackToken: token, routedTo: row.routedTo };
  });
}

/** The reports this actor may see: those of their route(s) only; the others are not listed at all. */
export async function searchIncidentReports(deps: Deps, actor: Actor) {
  authorize(actor, 'incident-report.read');
  const organizationId = orgOf(actor);
  const rows = (await listIncidentReports(deps.db, organizationId)).filter((r) => canReadContent(actor, r));
  const names = await personNames(
    deps.db,
    organizationId,
    rows.filter((r) => !r.anonymous).map((r) => r.reporterPersonId),
  );
  return { items: rows.map((r) => present(r, names)) };
}

export async function viewIncidentReport(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'incident-report.read');
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    const r = await findIncidentReport(tx, organizationId, id);
    // A report of the other route is indistinguishable from a missing one.
    if (!r || !canReadContent(actor, r)) throw notFound();
    if (r.routedTo === 'confidential')
      await auditReport(tx, actor, organizationId, r, 'incident-report.viewed', deps.clock.now());
    const names = await personNames(tx, organizationId, r.anonymous ? [] : [r.reporterPersonId]);
    return present(r, names);
  });
}

/**
 * What the report form tells the reporter before sending: who the organisation's vertrouwenspersonen
 * are (names and work addresses: they must be known to be reachable), or that there is none.
 */
export async function reportRouting(deps: Deps, actor: Actor) {
  authorize(actor, 'incident-report.create');
  const advisers = await confidentialAdvisers(deps.db, orgOf(actor));
  return { confidentialAdvisers: advisers.map((p) => ({ name: displayName(p), email: p.email })) };
}

/**
 * The links of a triaged report hold together: the risk is one of the chosen assessment (any assessment,
 * not only the newest) and a linked measure is in that assessment's plan van aanpak.
 */
async function checkTriageLinks(
  tx: DbOrTx,
  organizationId: string,
  r: IncidentReportRow,
  patch: Omit<TTriageIncidentReport, 'version'>,
) {
  const pick = <K extends 'assessmentId' | 'riskId' | 'measureId'>(k: K) =>
    patch[k] === undefined ? r[k] : (patch[k] ?? null);
  const [assessmentId, riskId, measureId] = [pick('assessmentId'), pick('riskId'), pick('measureId')];
  const a = assessmentId ? await findAssessment(tx, organizationId, assessmentId) : undefined;
  if (assessmentId && !a) throw invalidField('assessmentId', 'unknown_reference');
  if (riskId && (patch.riskId !== undefined || patch.assessmentId !== undefined)) {
    const base = a ? findCatalogue(a.catalogueId) : undefined;
    const catalogue = base ? await catalogueWithOwnRisks(tx, organizationId, base) : undefined;
    if (!catalogue || !findRisk(catalogue, riskId)) throw invalidField('riskId', 'unknown_reference');
  }
  if (measureId && (patch.measureId !== undefined || patch.assessmentId !== undefined)) {
    const m = await findMeasure(tx, organizationId, measureId);
    if (!m) throw invalidField('measureId', 'unknown_reference');
    if (a && m.assessmentId !== a.id) throw invalidField('measureId', 'measure_not_in_assessment');
  }
}

export async function triageIncidentReport(
  deps: Deps,
  actor: Actor,
  id: string,
  input: TTriageIncidentReport,
) {
  authorize(actor, 'incident-report.triage');
  const organizationId = orgOf(actor);
  const { version, ...patch } = input;
  return deps.db.transaction(async (tx) => {
    const r = await findIncidentReport(tx, organizationId, id);
    // A report routed elsewhere is not this actor's to triage: indistinguishable from missing.
    if (!r || !canReadContent(actor, r)) throw notFound();
    // The vertrouwenspersoon answers the reporter; linking to the RI&E or the plan van aanpak would
    // put a confidential report next to records hr and the prevention officer read.
    if (r.routedTo === 'confidential')
      for (const field of ['assessmentId', 'riskId', 'measureId'] as const)
        if (patch[field]) throw invalidField(field, 'confidential_no_link');
    await checkTriageLinks(tx, organizationId, r, patch);
    const feedbackChanged = patch.feedback !== undefined && patch.feedback !== r.feedback;
    const row = await updateIncidentReport(tx, organizationId, id, version, {
      ...patch,
      ...(feedbackChanged ? { feedbackOn: patch.feedback ? today(deps.clock) : null } : {}),
      ...(patch.status === undefined && r.status === 'new' ? { status: 'in_progress' as const } : {}),
    });
    if (!row) throw staleVersion();
    await auditReport(tx, actor, organizationId, row, 'incident-report.triaged', deps.clock.now());
    const names = await personNames(tx, organizationId, row.anonymous ? [] : [row.reporterPersonId]);
    return present(row, names);
  });
}

/** Public: the feedback behind a private link; nothing else about the report. */
export async function feedbackByToken(deps: Deps, token: string) {
  const r = await findIncidentReportByTokenHash(deps.db, hashToken(token));
  if (!r) throw notFound();
  return {
    type: r.type,
    reportedOn: r.reportedOn,
    status: r.status,
    feedback: r.feedback,
    feedbackOn: r.feedbackOn,
  };
}

/** The actor's own non-anonymous reports with their feedback. */
export async function myIncidentReports(deps: Deps, actor: Actor) {
  authorize(actor, 'incident-report.own');
  if (!actor.personId) return { items: [] };
  const rows = await listOwnIncidentReports(deps.db, orgOf(actor), actor.personId);
  return {
    items: rows.map((r) => ({
      id: r.id,
      type: r.type,
      routedTo: r.routedTo,
      description: r.description,
      reportedOn: r.reportedOn,
      status: r.status,
      feedback: r.feedback,
      feedbackOn: r.feedbackOn,
    })),
  };
}
