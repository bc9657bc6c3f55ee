import { describe, expect, it } from 'vitest';
import { measure, module, risk, sampleCatalogue } from './catalogue.fixture';
import { type TRiskCatalogue, ZRiskCatalogue } from './catalogue.schema';

type TPath = (string | number)[];

function issuesOf(input: unknown) {
  const result = ZRiskCatalogue.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ path: i.path, message: i.message }));
}

/** A fresh sample catalogue with one change applied (mutations on a plain clone). */
function withChange(change: (c: TRiskCatalogue) => void): unknown {
  const c = structuredClone(sampleCatalogue());
  change(c);
  return c;
}

describe('ZRiskCatalogue', () => {
  it('accepts a valid catalogue, nested three levels deep', () => {
    const deep = sampleCatalogue({
      modules: [
        module('l1', { modules: [module('l2', { modules: [module('l3', { risks: [risk('r-diep')] })] })] }),
      ],
    });
    expect(issuesOf(sampleCatalogue())).toEqual([]);
    expect(issuesOf(deep)).toEqual([]);
  });

  it('accepts consecutive measures on the same strategy level', () => {
    const c = withChange((c) => {
      const r = c.modules[0]?.risks?.[0];
      if (r) r.measures = [measure('a', 'bron'), measure('b', 'bron'), measure('c', 'collectief')];
    });
    expect(issuesOf(c)).toEqual([]);
  });

  const cases: [string, unknown, TPath, RegExp][] = [
    [
      'duplicate risk id in another module',
      withChange((c) => {
        const r = c.modules[2]?.risks?.[0];
        if (r) r.id = 'r-algemeen';
      }),
      ['modules', 2, 'risks', 0, 'id'],
      /duplicate id "r-algemeen" \(first used at modules\[0\]\.risks\[0\]\)/,
    ],
    [
      'measure id that repeats a module id',
      withChange((c) => {
        const m = c.modules[0]?.risks?.[0]?.measures[1];
        if (m) m.id = 'nacht';
      }),
      ['modules', 2, 'id'],
      /duplicate id "nacht"/,
    ],
    [
      'measures out of strategy order (pbm before bron)',
      withChange((c) => {
        const r = c.modules[0]?.risks?.[0];
        if (r) r.measures = [measure('x.pbm', 'pbm'), measure('x.bron', 'bron')];
      }),
      ['modules', 0, 'risks', 0, 'measures', 1, 'level'],
      /bron → collectief → individueel → pbm/,
    ],
    [
      'individueel before collectief in a nested module',
      withChange((c) => {
        const r = c.modules[1]?.modules?.[1]?.risks?.[0];
        if (r) r.measures = [measure('y.ind', 'individueel'), measure('y.col', 'collectief')];
      }),
      ['modules', 1, 'modules', 1, 'risks', 0, 'measures', 1, 'level'],
      /comes after/,
    ],
    [
      'missing legalReference',
      withChange((c) => {
        const r = c.modules[0]?.risks?.[0] as Record<string, unknown> | undefined;
        if (r) delete r.legalReference;
      }),
      ['modules', 0, 'risks', 0, 'legalReference'],
      /./,
    ],
    [
      'blank legalReference',
      withChange((c) => {
        const r = c.modules[0]?.risks?.[0];
        if (r) r.legalReference = '   ';
      }),
      ['modules', 0, 'risks', 0, 'legalReference'],
      /legalReference is required/,
    ],
    [
      'module with both sub-modules and risks',
      withChange((c) => {
        const m = c.modules[1];
        if (m) m.risks = [risk('r-los')];
      }),
      ['modules', 1],
      /holds both sub-modules and risks/,
    ],
    [
      'empty module',
      withChange((c) => {
        const m = c.modules[2];
        if (m) m.risks = [];
      }),
      ['modules', 2],
      /is empty/,
    ],
    [
      'modules four levels deep',
      sampleCatalogue({
        modules: [
          module('l1', {
            modules: [
              module('l2', {
                modules: [module('l3', { modules: [module('l4', { risks: [risk('r-te-diep')] })] })],
              }),
            ],
          }),
        ],
      }),
      ['modules', 0, 'modules', 0, 'modules', 0, 'modules', 0],
      /nested 4 levels deep; at most 3/,
    ],
    [
      'fixed evaluation without a default priority',
      withChange((c) => {
        const r = c.modules[0]?.risks?.[0];
        if (r) r.evaluationMethod = 'fixed';
      }),
      ['modules', 0, 'risks', 0, 'defaultPriority'],
      /needs a defaultPriority/,
    ],
    [
      'risk without measures',
      withChange((c) => {
        const r = c.modules[0]?.risks?.[0];
        if (r) r.measures = [];
      }),
      ['modules', 0, 'risks', 0, 'measures'],
      /at least one measure/,
    ],
    [
      'unknown SBI section',
      withChange((c) => {
        (c.sector.sbiSections as string[]) = ['F', 'Z'];
      }),
      ['sector', 'sbiSections', 1],
      /./,
    ],
    [
      'missing English statement',
      withChange((c) => {
        const r = c.modules[0]?.risks?.[0];
        if (r) r.statement.en = '';
      }),
      ['modules', 0, 'risks', 0, 'statement', 'en'],
      /English text is required/,
    ],
    [
      'id with spaces and capitals',
      withChange((c) => {
        const m = c.modules[0];
        if (m) m.id = 'Algemeen Deel';
      }),
      ['modules', 0, 'id'],
      /lowercase/,
    ],
  ];

  it.each(cases)('rejects %s, naming the path', (_name, input, path, message) => {
    const issues = issuesOf(input);
    const hit = issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(hit, JSON.stringify(issues)).toBeDefined();
    expect(hit?.message).toMatch(message);
  });
});
