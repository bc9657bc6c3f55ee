import { describe, expect, it } from 'vitest';
import {
  evaluateFineKinney,
  FK_CLASS_PRIORITY,
  FK_EFFECT,
  FK_EFFECT_SCALE,
  FK_EXPOSURE,
  FK_EXPOSURE_SCALE,
  FK_PROBABILITY,
  FK_PROBABILITY_SCALE,
  fineKinneyClass,
  fineKinneyScore,
  riskPriority,
  type TFineKinneyInput,
  type TFkClass,
  type TRiskEvaluation,
  ZFineKinneyInput,
} from './fine-kinney';

const fk = (probability: number, exposure: number, effect: number) =>
  ({ probability, exposure, effect }) as TFineKinneyInput;

describe('Fine & Kinney score and class', () => {
  // Real combinations on the scales at and just past each class boundary.
  it.each<[number, number, number, number, TFkClass]>([
    [0.1, 0.5, 1, 0.05, 'aanvaardbaar'],
    [10, 2, 1, 20, 'aanvaardbaar'],
    [0.5, 1, 40, 20, 'aanvaardbaar'],
    [0.2, 1, 100, 20, 'aanvaardbaar'],
    [0.1, 2, 100, 20, 'aanvaardbaar'],
    [1, 3, 7, 21, 'aandacht'],
    [0.5, 6, 7, 21, 'aandacht'],
    [1, 10, 7, 70, 'aandacht'],
    [10, 1, 7, 70, 'aandacht'],
    [0.5, 10, 15, 75, 'maatregelen_vereist'],
    [10, 0.5, 40, 200, 'maatregelen_vereist'],
    [1, 2, 100, 200, 'maatregelen_vereist'],
    [0.2, 10, 100, 200, 'maatregelen_vereist'],
    [3, 10, 7, 210, 'direct_handelen'],
    [1, 10, 40, 400, 'direct_handelen'],
    [10, 1, 40, 400, 'direct_handelen'],
    [6, 10, 7, 420, 'werk_stoppen'],
    [10, 10, 100, 10000, 'werk_stoppen'],
  ])('%s × %s × %s = %s → %s', (w, b, e, score, riskClass) => {
    expect(fineKinneyScore(fk(w, b, e))).toBe(score);
    expect(fineKinneyClass(score)).toBe(riskClass);
    expect(evaluateFineKinney(fk(w, b, e))).toEqual({
      score,
      riskClass,
      priority: FK_CLASS_PRIORITY[riskClass],
    });
  });

  it.each([
    [0.1, 3, 7, 2.1], // naive floating point: 2.1000000000000005
    [0.2, 3, 15, 9], // naive: 9.000000000000002
    [0.1, 6, 100, 60], // naive: 60.00000000000001
    [0.1, 0.5, 3, 0.15], // naive: 0.15000000000000002
  ])('computes %s × %s × %s exactly as %s', (w, b, e, score) => {
    expect(fineKinneyScore(fk(w, b, e))).toBe(score);
  });

  it('every combination on the scales equals W × B × E rounded to two decimals', () => {
    for (const w of FK_PROBABILITY)
      for (const b of FK_EXPOSURE)
        for (const e of FK_EFFECT) {
          expect(fineKinneyScore({ probability: w, exposure: b, effect: e })).toBe(
            Number((w * b * e).toFixed(2)),
          );
        }
  });

  it.each([
    ['W not on the scale', fk(2, 1, 1), /W \(probability\) 2 is not on the scale/],
    ['W 0.3', fk(0.3, 1, 1), /W \(probability\)/],
    ['B not on the scale', fk(1, 4, 1), /B \(exposure\) 4/],
    ['E not on the scale', fk(1, 1, 10), /E \(effect\) 10/],
    ['NaN', fk(Number.NaN, 1, 1), /not on the scale/],
  ])('rejects %s', (_name, input, message) => {
    expect(() => fineKinneyScore(input)).toThrow(RangeError);
    expect(() => evaluateFineKinney(input)).toThrow(message);
    expect(ZFineKinneyInput.safeParse(input).success).toBe(false);
  });

  it('ZFineKinneyInput accepts values on the scales', () => {
    expect(ZFineKinneyInput.parse({ probability: 0.1, exposure: 0.5, effect: 100 })).toEqual(
      fk(0.1, 0.5, 100),
    );
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('fineKinneyClass rejects %s', (score) => {
    expect(() => fineKinneyClass(score)).toThrow(RangeError);
  });

  it('maps the five classes onto three priorities', () => {
    expect(FK_CLASS_PRIORITY).toEqual({
      aanvaardbaar: 'low',
      aandacht: 'medium',
      maatregelen_vereist: 'high',
      direct_handelen: 'high',
      werk_stoppen: 'high',
    });
  });

  it('labels every scale value in Dutch and English', () => {
    const values = (scale: readonly { value: number }[]) => scale.map((s) => s.value).sort((a, b) => a - b);
    expect(values(FK_PROBABILITY_SCALE)).toEqual([...FK_PROBABILITY]);
    expect(values(FK_EXPOSURE_SCALE)).toEqual([...FK_EXPOSURE]);
    expect(values(FK_EFFECT_SCALE)).toEqual([...FK_EFFECT]);
    expect(FK_PROBABILITY_SCALE.find((s) => s.value === 10)?.label.nl).toBe('te verwachten');
    expect(FK_EFFECT_SCALE.find((s) => s.value === 15)?.label).toEqual({ nl: 'één dode', en: 'one death' });
  });
});

describe('riskPriority', () => {
  const fkEval = (w: number, b: number, e: number): TRiskEvaluation => ({
    method: 'fine_kinney',
    ...fk(w, b, e),
  });
  it.each<[string, Parameters<typeof riskPriority>[0], TRiskEvaluation, string]>([
    ['fine_kinney, acceptable', { type: 'risk', evaluationMethod: 'fine_kinney' }, fkEval(1, 1, 7), 'low'],
    ['fine_kinney, attention', { type: 'risk', evaluationMethod: 'fine_kinney' }, fkEval(1, 3, 7), 'medium'],
    ['fine_kinney, measures', { type: 'risk', evaluationMethod: 'fine_kinney' }, fkEval(3, 6, 7), 'high'],
    [
      'top5 with an acceptable score',
      { type: 'top5', evaluationMethod: 'fine_kinney' },
      fkEval(0.1, 1, 1),
      'high',
    ],
    [
      'direct, chosen medium',
      { type: 'risk', evaluationMethod: 'direct' },
      { method: 'direct', priority: 'medium' },
      'medium',
    ],
    [
      'direct, chosen low',
      { type: 'risk', evaluationMethod: 'direct' },
      { method: 'direct', priority: 'low' },
      'low',
    ],
    [
      'fixed uses the default',
      { type: 'risk', evaluationMethod: 'fixed', defaultPriority: 'low' },
      { method: 'fixed' },
      'low',
    ],
    ['fixed without a default', { type: 'risk', evaluationMethod: 'fixed' }, { method: 'fixed' }, 'high'],
    [
      'policy is always high',
      { type: 'policy', evaluationMethod: 'fixed', defaultPriority: 'low' },
      { method: 'fixed' },
      'high',
    ],
  ])('%s', (_name, risk, evaluation, expected) => {
    expect(riskPriority(risk, evaluation)).toBe(expected);
  });

  it('rejects an evaluation by another method than the risk declares', () => {
    expect(() =>
      riskPriority({ type: 'risk', evaluationMethod: 'fine_kinney' }, { method: 'direct', priority: 'low' }),
    ).toThrow(/evaluated by "fine_kinney"/);
  });

  it('rejects an off-scale estimate even for a top-5 risk', () => {
    expect(() => riskPriority({ type: 'top5', evaluationMethod: 'fine_kinney' }, fkEval(2, 1, 1))).toThrow(
      RangeError,
    );
  });
});
