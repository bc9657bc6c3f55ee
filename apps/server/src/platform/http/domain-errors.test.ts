import { absenceStats, esco, poortwachter, vitality } from '@inzetbaar/domain';
import { describe, expect, it } from 'vitest';
import { domainErrorToProblem } from './domain-errors';
import { problemBody } from './problem';

describe('domain input errors become 422 problem+json with field paths', () => {
  it.each([
    [
      'Poortwachter ({ field })',
      new poortwachter.PoortwachterInputError([
        { field: 'periods[2].end', code: 'end_before_start', message: 'x' },
        { field: 'periods[3].start', code: 'overlap', message: 'y' },
      ]),
      ['periods[2].end', 'periods[3].start'],
    ],
    [
      'absence statistics ({ path })',
      new absenceStats.AbsenceStatsInputError([
        { path: 'absences[3].end', code: 'invalid_date', message: 'x' },
      ]),
      ['absences[3].end'],
    ],
    [
      'vitality ({ path })',
      new vitality.VitalityInputError([{ path: 'answers.cbi.work_7', code: 'out_of_range', message: 'x' }]),
      ['answers.cbi.work_7'],
    ],
    [
      'ESCO ({ field })',
      new esco.EscoInputError([{ field: 'skills[2]', code: 'unknown_skill', message: 'x' }]),
      ['skills[2]'],
    ],
  ])('%s', (_name, error, fields) => {
    const problem = domainErrorToProblem(error);
    expect(problem?.status).toBe(422);
    const body = problemBody(problem as NonNullable<typeof problem>, 'nl');
    expect(body.code).toBe('validation_failed');
    expect(body.errors?.map((e) => e.field)).toEqual(fields);
    expect(body.errors?.every((e) => e.message.length > 0)).toBe(true);
  });

  it('leaves other errors alone (they stay 500 and are logged)', () => {
    expect(domainErrorToProblem(new Error('boom'))).toBeNull();
    expect(domainErrorToProblem('not even an error')).toBeNull();
  });
});
