import type { TPlanToPop, TTransitionPlan } from '@inzetbaar/contracts';
import { llo } from '@inzetbaar/domain';
import { type CustomDestination, matchCustom } from '@inzetbaar/domain/transitions/index';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { AppError } from '../../../platform/http/problem';
import { escoTaxonomy } from '../../../platform/reference-data/esco';
import { today } from '../../../platform/today';
import { insertGoal, listGoals } from '../../llo/repo/pop.repo';
import { allSchemes } from '../../llo/services/funding-schemes';
import { goalContext } from '../../llo/services/goal-context';
import { checkGoal, withActionIds } from '../../llo/services/goal-input';
import { findOpening } from '../repo/openings.repo';
import { updateCase } from '../repo/reorganisations.repo';
import { orgOf, presentCases, requireCase } from './cases';
import { engineFor, openingDestination, profilesOf } from './engine';
import { presentStamp } from './shortage';
import { transitionsFor } from './transitions-for';

/**
 * The transition plan of a person in a reorganisation: internal openings first, then ESCO
 * occupations with a shortage first (docs/mobility.md §Van werk naar werk). HR and the person's
 * coach only; each read is audited (it concerns the person's file).
 */
export async function getTransitionPlan(
  deps: Deps,
  actor: Actor,
  caseId: string,
  lang: Lang,
): Promise<TTransitionPlan> {
  const { db } = deps;
  const organizationId = orgOf(actor);
  const { c, reorganisation } = await requireCase(db, actor, 'mobility.plan.read', caseId);
  const day = today(deps.clock);
  const engine = await engineFor(db, organizationId, lang);
  const [profile] = await profilesOf(db, organizationId, [c.personId], engine.cat, day);
  const t = await transitionsFor(db, organizationId, engine, profile as NonNullable<typeof profile>, lang, {
    top: 20,
    shortageFirst: true,
  });
  const [presented] = await presentCases(db, organizationId, [c], [reorganisation], day);
  const goals = await listGoals(db, organizationId, c.personId);
  // funding suggestions: the LLO schemes (bundled and the organisation's own) open today for this kind of learning
  const funding = (await allSchemes(db, organizationId)).filter(
    ({ scheme, own }) =>
      (!own || own.isActive) &&
      llo.availabilityOn(scheme, day) === 'open' &&
      scheme.activities.some((a) => FUNDED.has(a)),
  );
  await recordAudit(db, actor, organizationId, {
    action: 'mobility.plan.viewed',
    resourceType: 'mobility_case',
    resourceId: c.id,
    subjectPersonId: c.personId,
  });
  return {
    case: presented as TTransitionPlan['case'],
    status: t.status,
    origin: t.origin,
    internal: t.openings,
    external: t.occupations,
    shortageTable: presentStamp(engine.shortageImport),
    funding: funding.map(({ scheme }) => ({
      id: scheme.id,
      name: scheme.name[lang],
      summary: scheme.summary[lang],
      administrator: scheme.administrator,
    })),
    popGoals: goals.map((g) => ({ id: g.id, title: g.title, status: g.status })),
  };
}

const FUNDED: ReadonlySet<string> = new Set(['course', 'workplace_learning', 'career_advice']);

/** How many missing skills become goals at once: the most common first; the rest follow later. */
const MAX_GOALS = 5;

const TEXT = {
  nl: {
    title: (skill: string, to: string) => `${skill} leren (overstap naar ${to})`,
    course: (title: string) => `Volgen: ${title}`,
    practice: (skill: string) => `Oefenen op de werkplek of met een collega: ${skill}`,
  },
  en: {
    title: (skill: string, to: string) => `Learn ${skill} (move to ${to})`,
    course: (title: string) => `Take: ${title}`,
    practice: (skill: string) => `Practise at work or with a colleague: ${skill}`,
  },
} as const;

/**
 * The coach turns a transition's skill gap into POP goals (the LLO module's POP): one goal per
 * missing essential skill, most common first, each with the catalogue's first activity for it. Skills
 * an open goal already aims at are skipped; the case records the transition as its target.
 */
export async function planToPop(
  deps: Deps,
  actor: Actor,
  caseId: string,
  input: TPlanToPop,
  lang: Lang,
): Promise<{ goals: { id: string; title: string }[] }> {
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    const { c } = await requireCase(tx, actor, 'mobility.plan.to-pop', caseId);
    const engine = await engineFor(tx, organizationId, lang);
    const t = escoTaxonomy();
    let destination: CustomDestination;
    let targetOccupationUri: string | null = null;
    if (input.kind === 'opening') {
      const o = await findOpening(tx, organizationId, input.id);
      if (o?.status !== 'open')
        throw new AppError(422, 'validation_failed', [{ field: 'id', code: 'not_in_plan' }]);
      destination = openingDestination(o);
    } else {
      const i = t.occupationByUri.get(input.id);
      const occ = i === undefined ? undefined : t.occupations[i];
      if (!occ) throw new AppError(422, 'validation_failed', [{ field: 'id', code: 'unknown_occupation' }]);
      targetOccupationUri = occ.uri;
      destination = {
        id: occ.uri,
        title: lang === 'nl' ? occ.titleNl : occ.titleEn,
        essential: occ.essential,
        optional: occ.optional,
        iscoGroup: occ.iscoGroup,
      };
    }
    const [profile] = await profilesOf(tx, organizationId, [c.personId], engine.cat, today(deps.clock));
    const m = matchCustom(engine.ctx, (profile as NonNullable<typeof profile>).profile, [destination], lang);
    const r = m.status === 'ok' ? m.results[0] : undefined;
    if (!r) throw new AppError(422, 'validation_failed', [{ field: 'id', code: 'not_in_plan' }]);
    if (r.missingEssentialSkills.length === 0) throw new AppError(422, 'no_gap');
    const existing = await listGoals(tx, organizationId, c.personId);
    const planned = new Set(
      existing.filter((g) => g.status === 'open').flatMap((g) => g.targetSkills.map((s) => s.ref)),
    );
    const todo = r.missingEssentialSkills.filter((s) => !planned.has(s.uri)).slice(0, MAX_GOALS);
    if (todo.length === 0) throw new AppError(409, 'already_planned');
    const ctx = await goalContext(tx, deps.clock, organizationId, c.personId, lang);
    const text = TEXT[lang];
    const created: { id: string; title: string }[] = [];
    for (const s of todo) {
      const step = s.learning[0];
      const actions = [
        step
          ? { text: text.course(step.title), dueOn: null, doneOn: null, learningItemId: step.id }
          : { text: text.practice(s.label), dueOn: null, doneOn: null, learningItemId: null },
      ];
      const goal = {
        targetKind: 'skills' as const,
        targetSkills: [{ ref: s.uri, level: 3 }],
        targetOccupationUri: null,
      };
      await checkGoal(tx, organizationId, ctx.cat, goal, actions);
      const title = text.title(s.label, r.title[lang]).slice(0, 200);
      const row = await insertGoal(tx, {
        organizationId,
        personId: c.personId,
        title,
        description: r.explanation[lang].slice(0, 4000),
        targetKind: goal.targetKind,
        targetOccupationUri: null,
        targetRoleId: null,
        targetSkills: goal.targetSkills,
        deadline: null,
        actions: withActionIds(actions),
      });
      await recordAudit(tx, actor, organizationId, {
        action: 'llo.pop-goal.created',
        resourceType: 'llo_pop_goal',
        resourceId: row.id,
        subjectPersonId: c.personId,
        details: { targetKind: row.targetKind, via: 'mobility.plan', caseId: c.id },
      });
      created.push({ id: row.id, title: row.title });
    }
    await updateCase(tx, organizationId, c.id, c.version, {
      targetRef: targetOccupationUri ?? destination.id,
      targetTitle: r.title[lang],
    });
    await recordAudit(tx, actor, organizationId, {
      action: 'mobility.plan.to-pop',
      resourceType: 'mobility_case',
      resourceId: c.id,
      subjectPersonId: c.personId,
      details: { kind: input.kind, target: input.id, goals: created.length },
    });
    return { goals: created };
  });
}
