/**
 * The bundled instruments: schema, licence rules, and CBI scoring reproduced by hand from
 * Kristensen et al. (2005): options 100/75/50/25/0, "enough energy for family and friends"
 * (work_7) reverse-scored, a scale is the mean of its answered items and needs half of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  scoreFromJson,
  scoreInstrument,
  type TInstrument,
  VitalityInputError,
  ZInstrument,
} from '../../packages/domain/src/vitality/index';
import { ZCbsPsaTable } from '../../packages/domain/src/vitality/psa-benchmark';

const dir = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const load = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const instruments = new Map<string, TInstrument>(
  files.map((f) => {
    const i = ZInstrument.parse(load(f));
    return [i.id, i];
  }),
);
const cbi = instruments.get('cbi') as TInstrument;
const psaTable = ZCbsPsaTable.parse(JSON.parse(readFileSync(join(dir, '../cbs/psa-83157NED.json'), 'utf8')));

/** Answers from a compact list per scale: positions in item order, null = not answered. */
function answers(personal: (number | null)[], work: (number | null)[], client: (number | null)[]) {
  const out: Record<string, number> = {};
  const put = (prefix: string, xs: (number | null)[]) =>
    xs.forEach((x, i) => {
      if (x !== null) out[`${prefix}_${i + 1}`] = x;
    });
  put('personal', personal);
  put('work', work);
  put('client', client);
  return out;
}

describe('data/instruments', () => {
  it.each(files)('%s passes the schema, is named after its id and needs no licence', (file) => {
    const result = ZInstrument.safeParse(load(file));
    expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true);
    const ins = result.data as TInstrument;
    expect(`${ins.id.replaceAll('_', '-')}.json`).toBe(file);
    expect(ins.licence.kind).not.toBe('licensed');
    for (const scale of ins.scales) expect(scale.bands[0]?.from).toBe(scale.min);
  });

  it('bundles the CBI, the NEA-based workload module and the DI-check (marked not validated)', () => {
    expect([...instruments.keys()].sort()).toEqual(['cbi', 'di_check', 'psa']);
    expect(instruments.get('di_check')?.validated).toBe(false);
    expect(instruments.get('di_check')?.name.nl).toMatch(/niet gevalideerd/);
    expect(cbi.source.translation?.nl).toMatch(/vertaling door Inzetbaar/);
    expect(cbi.source.citation).toMatch(/Kristensen.*2005/);
  });

  it('keeps the CBI item order of Kristensen et al. (2005): 6 personal, 7 work, 6 client; work_7 reversed', () => {
    expect(cbi.items.map((i) => i.id)).toEqual([
      ...[1, 2, 3, 4, 5, 6].map((n) => `personal_${n}`),
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `work_${n}`),
      ...[1, 2, 3, 4, 5, 6].map((n) => `client_${n}`),
    ]);
    expect(cbi.items.filter((i) => i.reverse).map((i) => i.id)).toEqual(['work_7']);
    expect(cbi.items.find((i) => i.id === 'work_7')?.text.en).toBe(
      'Do you have enough energy for family and friends during leisure time?',
    );
    // work 1–3 and client 1–4 on the degree scale, the rest on the frequency scale
    const degree = cbi.items.filter((i) => i.responseScale === 'degree').map((i) => i.id);
    expect(degree).toEqual(['work_1', 'work_2', 'work_3', 'client_1', 'client_2', 'client_3', 'client_4']);
  });

  it.each([
    // the issue's example: personal 6×75; work 75+50+50+50+50+25+0 (work_7 "always" → 0) = 300/7; client 4×50+2×25 = 250/6
    [
      'example from the issue',
      answers([2, 2, 2, 2, 2, 2], [2, 3, 3, 3, 3, 4, 1], [3, 3, 3, 3, 4, 4]),
      { personal: 75, work: 42.86, client: 41.67 },
    ],
    // all "always / to a very high degree": work = (6×100 + 0)/7 = 85.71
    [
      'all position 1',
      answers([1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1]),
      { personal: 100, work: 85.71, client: 100 },
    ],
    // all "never": work = (0 + 100)/7 = 14.29
    [
      'all position 5',
      answers([5, 5, 5, 5, 5, 5], [5, 5, 5, 5, 5, 5, 5], [5, 5, 5, 5, 5, 5]),
      { personal: 0, work: 14.29, client: 0 },
    ],
    // work_7 "never" on an otherwise "often" scale: (6×75 + 100)/7 = 78.57
    [
      'reverse item at its maximum',
      answers([3, 3, 3, 3, 3, 3], [2, 2, 2, 2, 2, 2, 5], []),
      { personal: 50, work: 78.57, client: null },
    ],
    // half the items: personal needs 3 of 6, work 4 of 7, client 3 of 6
    [
      'exactly half answered',
      answers([1, 2, 3, null, null, null], [1, 1, 1, 5, null, null, null], [2, null, 4, null, 3, null]),
      { personal: 75, work: 75, client: 50 },
    ],
    [
      'below half answered',
      answers(
        [1, 2, null, null, null, null],
        [1, 1, null, null, null, null, 5],
        [2, 4, null, null, null, null],
      ),
      { personal: null, work: null, client: null },
    ],
    // a mean of the answered items only: work_7 "seldom" (→ 75) and work_1 "to a low degree" (25) … = (25+25+25+75)/4
    [
      'mean of answered items',
      answers([], [4, 4, 4, null, null, null, 4], []),
      { personal: null, work: 37.5, client: null },
    ],
  ])('CBI: %s', (_, a, expected) => {
    expect(scoreFromJson({ instrument: 'cbi', answers: a }, instruments)).toEqual({ scales: expected });
  });

  it('CBI: rejects unknown items and positions outside 1–5, naming the item', () => {
    for (const bad of [
      { personal_7: 1 },
      { work_1: 0 },
      { work_2: 6 },
      { client_1: 2.5 },
      { client_1: 'vaak' },
    ]) {
      try {
        scoreFromJson({ instrument: 'cbi', answers: bad }, instruments);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(VitalityInputError);
        expect((e as VitalityInputError).issues[0]?.path).toBe(`answers.${Object.keys(bad)[0]}`);
      }
    }
    expect(() => scoreFromJson({ instrument: 'wai', answers: {} }, instruments)).toThrow(VitalityInputError);
  });

  it('DI-check: the capability score counts values that are important, possible here and achieved', () => {
    const di = instruments.get('di_check') as TInstrument;
    const a: Record<string, number> = { health: 2, workload: 2, skills: 1, learning: 4 };
    const values = ['use', 'develop', 'decisions', 'contacts', 'goals', 'income', 'contribute'];
    values.forEach((v, i) => {
      a[`cap_${v}_important`] = 1;
      a[`cap_${v}_possible`] = 1;
      a[`cap_${v}_achieved`] = i < 3 ? 1 : 2; // only the first three are achieved
    });
    expect(scoreInstrument(di, a)).toMatchObject({
      health: 75,
      workload: 33.33,
      skills: 100,
      learning: 25,
      capability: 3,
    });
    delete a.cap_income_achieved;
    expect(scoreInstrument(di, a).capability).toBeNull();
  });

  it('psa: every CBS comparison points at a column of the bundled 83157NED table', () => {
    const psa = instruments.get('psa') as TInstrument;
    const columns = new Set(psaTable.columns.map((c) => c.key));
    const compared = psa.scales.filter((s) => s.benchmark);
    expect(compared.length).toBe(19);
    for (const s of compared) expect(columns.has(s.benchmark?.column as string), s.id).toBe(true);
  });
});
