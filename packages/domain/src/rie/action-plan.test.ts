import { describe, expect, it } from 'vitest';
import { actionPlanGaps, type TPlanMeasure } from './action-plan';

/*
 * Arbowet art. 5 lid 3: the plan van aanpak states the measures for the risks found and the term
 * within which they will be taken. A present risk without a measure with a term blocks completing
 * and locking the RI&E.
 */

const m = (riskId: string | null, dueDate: string | null, status: TPlanMeasure['status'] = 'planned') => ({
  riskId,
  dueDate,
  status,
});

describe('actionPlanGaps (Arbowet art. 5 lid 3)', () => {
  it.each<[string, string[], TPlanMeasure[], ReturnType<typeof actionPlanGaps>]>([
    ['no present risks: complete', [], [], []],
    ['a present risk with a dated measure: complete', ['r1'], [m('r1', '2026-06-30')], []],
    ['a present risk without any measure', ['r1'], [], [{ riskId: 'r1', reason: 'no_measure' }]],
    ['a measure without a term', ['r1'], [m('r1', null)], [{ riskId: 'r1', reason: 'no_due_date' }]],
    [
      'one dated measure among undated ones is enough',
      ['r1'],
      [m('r1', null), m('r1', '2026-09-01', 'in_progress')],
      [],
    ],
    ['a measure already carried out covers the risk', ['r1'], [m('r1', null, 'done')], []],
    [
      'a cancelled measure does not count',
      ['r1'],
      [m('r1', '2026-06-30', 'cancelled')],
      [{ riskId: 'r1', reason: 'no_measure' }],
    ],
    [
      'a cancelled dated measure next to an undated one: no term',
      ['r1'],
      [m('r1', '2026-06-30', 'cancelled'), m('r1', null)],
      [{ riskId: 'r1', reason: 'no_due_date' }],
    ],
    [
      'measures of other risks or of none do not count',
      ['r1'],
      [m('r2', '2026-06-30'), m(null, '2026-06-30')],
      [{ riskId: 'r1', reason: 'no_measure' }],
    ],
    [
      'several risks, in the order given',
      ['r2', 'r1', 'r3'],
      [m('r1', '2026-06-30'), m('r3', null)],
      [
        { riskId: 'r2', reason: 'no_measure' },
        { riskId: 'r3', reason: 'no_due_date' },
      ],
    ],
  ])('%s', (_name, present, measures, gaps) => expect(actionPlanGaps(present, measures)).toEqual(gaps));
});
