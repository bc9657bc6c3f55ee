import type {
  TCreateOwnRisk,
  TPublishedRie,
  TRieAnswer,
  TRieAssessment,
  TSaveRieAnswer,
  TUpdateRieAssessment,
} from '@inzetbaar/contracts';
import type { DbOrTx } from '@inzetbaar/db';
import { rie } from '@inzetbaar/domain';
import { z } from 'zod';
import type { Actor } from '../../../auth/actor';
import { authorize, scopeFor } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import {
  AppError,
  invalidField,
  notFound,
  staleVersion,
  zodFieldErrors,
} from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { findOrganization } from '../../people/repo/organizations.repo';
import { findUnit } from '../../people/repo/units.repo';
import { isUniqueViolation } from '../../people/services/units.service';
import {
  type AnswerRow,
  type AssessmentRow,
  findAnswer,
  findAssessment,
  insertAnswer,
  insertAssessment,
  insertOwnRisk,
  listAnswers,
  listAssessments,
  listConsents,
  listMeasures,
  listToetsing,
  type MeasureRow,
  personNames,
  updateAnswer,
  updateAssessment,
} from '../repo/arbo.repo';
import {
  catalogueWithOwnRisks,
  defaultCatalogueFor,
  findCatalogue,
  findRisk,
  riskCatalogues,
  risksByTopModule,
} from './arbo-catalogues';
import { coverageOf, presentToetsing } from './arbo-duties.service';
import { presentMeasure } from './measures.service';

const orgOf = (actor: Actor) => actor.organizationId as string;

const countRisks = (modules: readonly rie.TRiskModule[]): number =>
  modules.reduce((n, m) => n + (m.risks?.length ?? 0) + countRisks(m.modules ?? []), 0);

// ── catalogues ──
export async function listCatalogues(deps: Deps, actor: Actor) {
  authorize(actor, 'arbo.catalogue.read');
  const org = await findOrganization(deps.db, orgOf(actor));
  const def = org ? defaultCatalogueFor(org).id : null;
  return riskCatalogues().map((c) => ({
    id: c.id,
    version: c.version,
    title: c.title,
    sectorLabel: c.sector.label,
    sbiSections: [...c.sector.sbiSections],
    isDefault: c.id === def,
    riskCount: countRisks(c.modules),
  }));
}

export async function viewCatalogue(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'arbo.catalogue.read');
  const catalogue = findCatalogue(id);
  if (!catalogue) throw notFound();
  return catalogueWithOwnRisks(deps.db, orgOf(actor), catalogue);
}

export async function addOwnRisk(deps: Deps, actor: Actor, catalogueId: string, input: TCreateOwnRisk) {
  authorize(actor, 'arbo.catalogue.write');
  const catalogue = findCatalogue(catalogueId);
  if (!catalogue) throw notFound();
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    const current = await catalogueWithOwnRisks(tx, organizationId, catalogue);
    let merged: rie.TRiskCatalogue;
    try {
      merged = rie.mergeOwnRisks(current, [{ moduleId: input.moduleId, risk: input.risk }]);
    } catch (e) {
      if (e instanceof z.ZodError) {
        // paths: [0, 'moduleId'] / [0, 'risk', …] → moduleId / risk…; merged-catalogue paths → risk.id
        const fields = zodFieldErrors(e).map((f) => ({
          ...f,
          field: f.field.replace(/^0\./, '').startsWith('modules') ? 'risk.id' : f.field.replace(/^0\./, ''),
        }));
        throw new AppError(422, 'validation_failed', fields);
      }
      throw e;
    }
    await insertOwnRisk(tx, {
      organizationId,
      catalogueId,
      moduleId: input.moduleId,
      riskId: input.risk.id,
      risk: input.risk,
    }).catch((e) => {
      throw isUniqueViolation(e) ? invalidField('risk.id', 'duplicate_id') : e;
    });
    await recordAudit(tx, actor, organizationId, {
      action: 'risk.created',
      resourceType: 'own_risk',
      resourceId: input.risk.id,
      details: { catalogueId, moduleId: input.moduleId },
    });
    return merged;
  });
}

// ── assessments ──
async function catalogueOf(db: DbOrTx, a: AssessmentRow) {
  const catalogue = findCatalogue(a.catalogueId);
  if (!catalogue) throw new AppError(500, 'internal', [], `catalogue ${a.catalogueId} is not loaded`);
  return catalogueWithOwnRisks(db, a.organizationId, catalogue);
}

/** Is an answer complete: answered (not postponed) and, when the risk is present, evaluated? */
const isEvaluated = (a: AnswerRow) => a.answer !== 'no' || a.priority !== null;

function progressOf(catalogue: rie.TRiskCatalogue, a: AssessmentRow, answers: AnswerRow[]) {
  const byRisk = new Map(answers.map((x) => [x.riskId, x]));
  return risksByTopModule(catalogue, a.profileAnswers).map(({ module, risks }) => {
    const active = risks.filter((r) => r.active);
    const given = active
      .map((r) => byRisk.get(r.risk.id))
      .filter((x): x is AnswerRow => !!x && x.answer !== 'postponed');
    return {
      moduleId: module.id,
      title: module.title,
      active: active.length > 0,
      total: active.length,
      answered: given.length,
      evaluated: given.filter(isEvaluated).length,
      present: given.filter((x) => x.answer === 'no').length,
    };
  });
}

/**
 * Present risks (answered "no") of the active modules that the plan van aanpak does not cover yet:
 * no measure, or none with a due date (Arbowet art. 5 lid 3; the domain's actionPlanGaps).
 */
function planGapsOf(
  catalogue: rie.TRiskCatalogue,
  a: Pick<AssessmentRow, 'profileAnswers'>,
  answers: AnswerRow[],
  measures: readonly MeasureRow[],
): TRieAssessment['planGaps'] {
  const present = new Set(answers.filter((x) => x.answer === 'no').map((x) => x.riskId));
  const moduleOf = new Map<string, string>();
  for (const { module, risks } of risksByTopModule(catalogue, a.profileAnswers))
    for (const r of risks) if (r.active && present.has(r.risk.id)) moduleOf.set(r.risk.id, module.id);
  return rie
    .actionPlanGaps([...moduleOf.keys()], measures)
    .map((g) => ({ ...g, moduleId: moduleOf.get(g.riskId) as string }));
}

export function presentAssessment(
  a: AssessmentRow,
  progress: TRieAssessment['progress'],
  planGaps: TRieAssessment['planGaps'],
): TRieAssessment {
  return {
    id: a.id,
    unitId: a.unitId,
    year: a.year,
    catalogueId: a.catalogueId,
    catalogueVersion: a.catalogueVersion,
    status: a.status,
    participants: a.participants,
    profileAnswers: a.profileAnswers,
    usesRecognisedBrancheInstrument: a.usesRecognisedBrancheInstrument,
    brancheInstrumentName: a.brancheInstrumentName,
    completedOn: a.completedOn,
    lockedOn: a.lockedOn,
    version: a.version,
    progress,
    planGaps,
  };
}

export const presentAnswer = (x: AnswerRow): TRieAnswer => ({
  id: x.id,
  riskId: x.riskId,
  answer: x.answer,
  existingMeasures: x.existingMeasures,
  notes: x.notes,
  evaluationMethod: x.evaluationMethod,
  probability: x.probability,
  exposure: x.exposure,
  effect: x.effect,
  score: x.score,
  riskClass: x.riskClass,
  priority: x.priority,
  version: x.version,
});

async function withProgress(db: DbOrTx, a: AssessmentRow) {
  const [catalogue, answers, measures] = await Promise.all([
    catalogueOf(db, a),
    listAnswers(db, a.organizationId, a.id),
    listMeasures(db, a.organizationId, { assessmentId: a.id }),
  ]);
  return presentAssessment(a, progressOf(catalogue, a, answers), planGapsOf(catalogue, a, answers, measures));
}

export async function listRieAssessments(deps: Deps, actor: Actor) {
  authorize(actor, 'rie.read');
  const rows = await listAssessments(deps.db, orgOf(actor));
  const items: TRieAssessment[] = [];
  for (const a of rows) items.push(await withProgress(deps.db, a));
  return { items };
}

export async function loadAssessment(db: DbOrTx, actor: Actor, id: string) {
  const a = await findAssessment(db, orgOf(actor), id);
  if (!a) throw notFound();
  return a;
}

export async function viewRieAssessment(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'rie.read');
  return withProgress(deps.db, await loadAssessment(deps.db, actor, id));
}

export async function createRieAssessment(
  deps: Deps,
  actor: Actor,
  input: {
    year: number;
    unitId: string | null;
    catalogueId?: string | undefined;
    participants: TRieAssessment['participants'];
    usesRecognisedBrancheInstrument?: boolean | undefined;
    brancheInstrumentName?: string | null | undefined;
  },
) {
  authorize(actor, 'rie.write');
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    const org = await findOrganization(tx, organizationId);
    if (!org) throw notFound();
    const catalogue = input.catalogueId ? findCatalogue(input.catalogueId) : defaultCatalogueFor(org);
    if (!catalogue) throw invalidField('catalogueId', 'unknown_reference');
    if (input.unitId && !(await findUnit(tx, organizationId, input.unitId)))
      throw invalidField('unitId', 'unknown_reference');
    const row = await insertAssessment(tx, {
      organizationId,
      unitId: input.unitId,
      year: input.year,
      catalogueId: catalogue.id,
      catalogueVersion: catalogue.version,
      participants: input.participants,
      ...brancheInstrument(input),
    }).catch((e) => {
      throw isUniqueViolation(e)
        ? new AppError(409, 'rie_exists', [{ field: 'year', code: 'rie_exists' }])
        : e;
    });
    await recordAudit(tx, actor, organizationId, {
      action: 'rie.created',
      resourceType: 'rie_assessment',
      resourceId: row.id,
      details: { year: row.year, catalogueId: catalogue.id },
    });
    return withProgress(tx, row);
  });
}

/** The recognised branche instrument: a name only makes sense with the flag on (else it is cleared). */
function brancheInstrument(
  v: {
    usesRecognisedBrancheInstrument?: boolean | undefined;
    brancheInstrumentName?: string | null | undefined;
  },
  current?: AssessmentRow,
) {
  if (v.usesRecognisedBrancheInstrument === undefined && v.brancheInstrumentName === undefined) return {};
  const uses = v.usesRecognisedBrancheInstrument ?? current?.usesRecognisedBrancheInstrument ?? false;
  const name =
    v.brancheInstrumentName === undefined
      ? (current?.brancheInstrumentName ?? null)
      : v.brancheInstrumentName;
  return { usesRecognisedBrancheInstrument: uses, brancheInstrumentName: uses ? name || null : null };
}

const NEXT_STATUS: Record<AssessmentRow['status'], AssessmentRow['status'][]> = {
  draft: ['draft', 'complete'],
  complete: ['complete', 'draft', 'locked'],
  locked: [],
};

export async function changeRieAssessment(deps: Deps, actor: Actor, id: string, input: TUpdateRieAssessment) {
  authorize(actor, 'rie.write');
  const { version, ...patch } = input;
  return deps.db.transaction(async (tx) => {
    const a = await loadAssessment(tx, actor, id);
    if (a.status === 'locked') throw new AppError(409, 'rie_locked');
    if (a.version !== version) throw staleVersion();
    const status = patch.status ?? a.status;
    if (!NEXT_STATUS[a.status].includes(status)) throw invalidField('status', 'invalid_status_change');
    // Content changes only while (or by moving back to) draft.
    if (a.status !== 'draft' && status !== 'draft' && (patch.profileAnswers || patch.participants))
      throw new AppError(409, 'rie_not_draft');
    const extra: Partial<AssessmentRow> = {};
    const day = today(deps.clock);
    const isFinishing = (status === 'complete' && a.status === 'draft') || status === 'locked';
    if (isFinishing) {
      const catalogue = await catalogueOf(tx, a);
      const profiled = { ...a, profileAnswers: patch.profileAnswers ?? a.profileAnswers };
      const answers = await listAnswers(tx, a.organizationId, a.id);
      if (status === 'complete') {
        const open = progressOf(catalogue, profiled, answers)
          .filter((p) => p.answered < p.total || p.evaluated < p.answered)
          .map((p) => p.moduleId);
        if (open.length)
          throw new AppError(
            422,
            'rie_incomplete',
            open.map((m) => ({ field: `modules.${m}`, code: 'rie_incomplete' })),
          );
      }
      // Arbowet art. 5 lid 3: no complete or locked RI&E without a plan van aanpak that gives every
      // present risk a measure and its term. Checked again on locking: measures can change after
      // completion, and RI&Es completed before this rule cannot be locked incomplete.
      const gaps = planGapsOf(
        catalogue,
        profiled,
        answers,
        await listMeasures(tx, a.organizationId, { assessmentId: a.id }),
      );
      if (gaps.length)
        throw new AppError(
          422,
          'rie_plan_incomplete',
          gaps.map((g) => ({
            field: `risks.${g.riskId}`,
            code: g.reason === 'no_measure' ? 'measure_missing' : 'measure_without_due_date',
          })),
        );
    }
    if (status === 'complete' && a.status === 'draft') extra.completedOn = day;
    if (status === 'draft') extra.completedOn = null;
    if (status === 'locked') extra.lockedOn = day;
    // The branche instrument stays editable until the assessment is locked (the toetsing duty reads it).
    const row = await updateAssessment(tx, a.organizationId, id, version, {
      ...(patch.participants ? { participants: patch.participants } : {}),
      ...(patch.profileAnswers ? { profileAnswers: patch.profileAnswers } : {}),
      ...brancheInstrument(patch, a),
      status,
      ...extra,
    });
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, a.organizationId, {
      action: 'rie.updated',
      resourceType: 'rie_assessment',
      resourceId: id,
      details: { fields: Object.keys(patch), status },
    });
    return withProgress(tx, row);
  });
}

// ── answers ──
export async function listRieAnswers(deps: Deps, actor: Actor, assessmentId: string) {
  authorize(actor, 'rie.read');
  const a = await loadAssessment(deps.db, actor, assessmentId);
  return { items: (await listAnswers(deps.db, a.organizationId, a.id)).map(presentAnswer) };
}

function evaluate(risk: rie.TRisk, evaluation: TSaveRieAnswer['evaluation']) {
  const empty = {
    evaluationMethod: null,
    probability: null,
    exposure: null,
    effect: null,
    score: null,
    riskClass: null,
    priority: null,
  };
  if (!evaluation) return empty;
  if (evaluation.method !== risk.evaluationMethod)
    throw invalidField('evaluation.method', 'evaluation_method_mismatch', {
      expected: risk.evaluationMethod,
    });
  const priority = rie.riskPriority(risk, evaluation as rie.TRiskEvaluation);
  if (evaluation.method === 'fine_kinney') {
    const fk = rie.evaluateFineKinney(evaluation as rie.TFineKinneyInput);
    return {
      ...empty,
      evaluationMethod: 'fine_kinney' as const,
      probability: evaluation.probability,
      exposure: evaluation.exposure,
      effect: evaluation.effect,
      score: fk.score,
      riskClass: fk.riskClass,
      priority,
    };
  }
  return { ...empty, evaluationMethod: evaluation.method, priority };
}

export async function saveRieAnswer(deps: Deps, actor: Actor, assessmentId: string, input: TSaveRieAnswer) {
  authorize(actor, 'rie.write');
  return deps.db.transaction(async (tx) => {
    const a = await loadAssessment(tx, actor, assessmentId);
    if (a.status === 'locked') throw new AppError(409, 'rie_locked');
    if (a.status !== 'draft') throw new AppError(409, 'rie_not_draft');
    const catalogue = await catalogueOf(tx, a);
    const risk = findRisk(catalogue, input.riskId);
    if (!risk) throw invalidField('riskId', 'unknown_reference');
    if (input.answer !== 'no' && input.evaluation)
      throw invalidField('evaluation', 'evaluation_only_when_present');
    const values = {
      answer: input.answer,
      existingMeasures: input.existingMeasures ?? null,
      notes: input.notes ?? null,
      ...evaluate(risk, input.answer === 'no' ? input.evaluation : null),
    };
    const existing = await findAnswer(tx, a.organizationId, a.id, input.riskId);
    let row: AnswerRow | undefined;
    if (existing) {
      if (input.version === undefined) throw staleVersion();
      row = await updateAnswer(tx, a.organizationId, existing.id, input.version, values);
    } else {
      if (input.version !== undefined) throw staleVersion();
      row = await insertAnswer(tx, {
        organizationId: a.organizationId,
        assessmentId: a.id,
        riskId: input.riskId,
        ...values,
      });
    }
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, a.organizationId, {
      action: 'rie.answer.saved',
      resourceType: 'rie_assessment',
      resourceId: a.id,
      details: { riskId: input.riskId, answer: input.answer, priority: row.priority },
    });
    return presentAnswer(row);
  });
}

// ── report ──
/**
 * An assessment whose report the actor may read: any for the RI&E's readers (rie.read), only a
 * locked one for everyone else — a draft or a completed one that is not fixed yet is 404 for them.
 */
async function loadReadableAssessment(db: DbOrTx, actor: Actor, id: string) {
  authorize(actor, 'rie.report.read');
  const a = await loadAssessment(db, actor, id);
  if (a.status !== 'locked' && !scopeFor(actor, 'rie.read')) throw notFound();
  return a;
}

/** The locked RI&Es of the organisation, newest first: what every member may read. */
export async function listPublishedRies(deps: Deps, actor: Actor): Promise<{ items: TPublishedRie[] }> {
  authorize(actor, 'rie.report.read');
  const organizationId = orgOf(actor);
  const locked = (await listAssessments(deps.db, organizationId)).filter((a) => a.status === 'locked');
  const items: TPublishedRie[] = [];
  for (const a of locked) {
    const unit = a.unitId ? await findUnit(deps.db, organizationId, a.unitId) : undefined;
    const catalogue = findCatalogue(a.catalogueId);
    items.push({
      id: a.id,
      year: a.year,
      unitId: a.unitId,
      unitName: unit?.name ?? null,
      catalogueTitle: catalogue?.title ?? { nl: a.catalogueId, en: a.catalogueId },
      lockedOn: a.lockedOn,
    });
  }
  return { items };
}

export async function rieReport(deps: Deps, actor: Actor, assessmentId: string) {
  const db = deps.db;
  const a = await loadReadableAssessment(db, actor, assessmentId);
  const organizationId = a.organizationId;
  const [catalogue, answers, measures, consents, toetsing, org] = await Promise.all([
    catalogueOf(db, a),
    listAnswers(db, organizationId, a.id),
    listMeasures(db, organizationId, { assessmentId: a.id }),
    listConsents(db, organizationId, a.id),
    listToetsing(db, organizationId, a.id),
    findOrganization(db, organizationId),
  ]);
  const day = today(deps.clock);
  const names = await personNames(
    db,
    organizationId,
    measures.map((m) => m.ownerPersonId),
  );
  const unit = a.unitId ? await findUnit(db, organizationId, a.unitId) : undefined;
  const byRisk = new Map(answers.map((x) => [x.riskId, x]));
  const modules = risksByTopModule(catalogue, a.profileAnswers)
    .filter((m) => m.risks.some((r) => r.active))
    .map(({ module, risks }) => ({
      moduleId: module.id,
      title: module.title,
      risks: risks
        .filter((r) => r.active)
        .map(({ risk }) => {
          const ans = byRisk.get(risk.id);
          return {
            riskId: risk.id,
            statement: risk.statement,
            problem: risk.problem,
            legalReference: risk.legalReference,
            isOwn: risk.isOwn ?? false,
            answer: ans ? presentAnswer(ans) : null,
            measures: measures.filter((m) => m.riskId === risk.id).map((m) => presentMeasure(m, names, day)),
          };
        }),
    }));
  const progress = progressOf(catalogue, a, answers);
  return {
    organizationName: org?.name ?? '',
    unitName: unit?.name ?? null,
    generatedOn: day,
    assessment: presentAssessment(a, progress, planGapsOf(catalogue, a, answers, measures)),
    catalogueTitle: catalogue.title,
    modules,
    otherMeasures: measures.filter((m) => !m.riskId).map((m) => presentMeasure(m, names, day)),
    consents: consents.map((c) => ({
      id: c.id,
      assessmentId: c.assessmentId,
      decision: c.decision,
      decidedOn: c.decidedOn,
      notes: c.notes,
    })),
    /** Every toetsing of this assessment, newest first, and which parts of the toets it has had. */
    toetsing: toetsing.map((x) => presentToetsing(x, new Map([[a.id, a.year]]))),
    toetsingCoverage: coverageOf(toetsing),
  };
}
export type TRieReport = Awaited<ReturnType<typeof rieReport>>;
