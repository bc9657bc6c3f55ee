import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { activeModules, activeRisks, catalogueForSector, mergeOwnRisks } from './catalogue';
import { measure, risk, sampleCatalogue } from './catalogue.fixture';
import type { TRiskCatalogue, TRiskModule } from './catalogue.schema';

function moduleIds(modules: readonly TRiskModule[]): string[] {
  return modules.flatMap((m) => [m.id, ...moduleIds(m.modules ?? [])]);
}

describe('activeModules', () => {
  const all = ['algemeen', 'hoogte', 'ladders', 'steigers', 'nacht'];
  it.each<[string, Record<string, boolean>, string[]]>([
    ['nothing answered: every module is on', {}, all],
    ['all answered yes', { hoogte: true, ladders: true, nacht: true }, all],
    ['"no" switches a module off with its sub-modules', { hoogte: false }, ['algemeen', 'nacht']],
    [
      '"no" on a nested module keeps its siblings',
      { ladders: false },
      ['algemeen', 'hoogte', 'steigers', 'nacht'],
    ],
    ['parent "no" wins over child "yes"', { hoogte: false, ladders: true }, ['algemeen', 'nacht']],
    ['an answer for a module without a question is ignored', { algemeen: false, steigers: false }, all],
    ['answers for unknown modules are ignored', { onbekend: false }, all],
    ['night work answered no', { nacht: false }, ['algemeen', 'hoogte', 'ladders', 'steigers']],
  ])('%s', (_name, answers, expected) => {
    expect(moduleIds(activeModules(sampleCatalogue(), answers))).toEqual(expected);
  });

  it('does not change the catalogue it prunes', () => {
    const catalogue = sampleCatalogue();
    const before = structuredClone(catalogue);
    activeModules(catalogue, { hoogte: false, ladders: false });
    expect(catalogue).toEqual(before);
  });

  it('activeRisks lists the risks of switched-on modules with their module path', () => {
    expect(activeRisks(sampleCatalogue(), { ladders: false, nacht: false })).toEqual([
      expect.objectContaining({ moduleId: 'algemeen', modulePath: ['algemeen'] }),
      expect.objectContaining({ moduleId: 'steigers', modulePath: ['hoogte', 'steigers'] }),
    ]);
    expect(activeRisks(sampleCatalogue(), {}).map((r) => r.risk.id)).toEqual([
      'r-algemeen',
      'r-ladder',
      'r-steiger',
      'r-nacht',
    ]);
  });
});

function zodIssues(fn: () => unknown): { path: PropertyKey[]; message: string }[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ZodError) return e.issues.map((i) => ({ path: i.path, message: i.message }));
    throw e;
  }
  throw new Error('expected a ZodError');
}

describe('mergeOwnRisks', () => {
  it('appends own risks to the named module, marked isOwn, without touching the input', () => {
    const catalogue = sampleCatalogue();
    const before = structuredClone(catalogue);
    const merged = mergeOwnRisks(catalogue, [
      { moduleId: 'ladders', risk: risk('eigen-trapje') },
      { moduleId: 'algemeen', risk: risk('eigen-sleutels', { type: 'policy' }) },
    ]);
    expect(merged.modules[1]?.modules?.[0]?.risks?.map((r) => [r.id, r.isOwn ?? false])).toEqual([
      ['r-ladder', false],
      ['eigen-trapje', true],
    ]);
    expect(merged.modules[0]?.risks?.map((r) => r.id)).toEqual(['r-algemeen', 'eigen-sleutels']);
    expect(catalogue).toEqual(before);
  });

  it('own risks follow the profile questions of their module', () => {
    const merged = mergeOwnRisks(sampleCatalogue(), [{ moduleId: 'nacht', risk: risk('eigen-nacht') }]);
    const ids = (answers: Record<string, boolean>) => activeRisks(merged, answers).map((r) => r.risk.id);
    expect(ids({})).toContain('eigen-nacht');
    expect(ids({ nacht: false })).not.toContain('eigen-nacht');
  });

  it.each<[string, () => unknown, PropertyKey[], RegExp]>([
    [
      'an id already in the catalogue',
      () => mergeOwnRisks(sampleCatalogue(), [{ moduleId: 'nacht', risk: risk('r-algemeen') }]),
      ['modules', 2, 'risks', 1, 'id'],
      /duplicate id "r-algemeen"/,
    ],
    [
      'a module that does not exist',
      () => mergeOwnRisks(sampleCatalogue(), [{ moduleId: 'kantine', risk: risk('eigen') }]),
      [0, 'moduleId'],
      /no module "kantine"/,
    ],
    [
      'a module that holds sub-modules',
      () => mergeOwnRisks(sampleCatalogue(), [{ moduleId: 'hoogte', risk: risk('eigen') }]),
      ['modules', 1],
      /holds both sub-modules and risks/,
    ],
    [
      'measures out of strategy order',
      () =>
        mergeOwnRisks(sampleCatalogue(), [
          {
            moduleId: 'nacht',
            risk: risk('eigen', { measures: [measure('e.pbm', 'pbm'), measure('e.bron', 'bron')] }),
          },
        ]),
      [0, 'risk', 'measures', 1, 'level'],
      /bron → collectief/,
    ],
    [
      'a blank legal reference',
      () =>
        mergeOwnRisks(sampleCatalogue(), [
          { moduleId: 'nacht', risk: risk('eigen', { legalReference: '' }) },
        ]),
      [0, 'risk', 'legalReference'],
      /legalReference is required/,
    ],
  ])('rejects %s with a ZodError naming the path', (_name, run, path, message) => {
    const issues = zodIssues(run);
    const hit = issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(hit, JSON.stringify(issues)).toBeDefined();
    expect(hit?.message).toMatch(message);
  });
});

describe('catalogueForSector', () => {
  const make = (id: string, sbiSections: TRiskCatalogue['sector']['sbiSections'], sbiDivisions?: string[]) =>
    sampleCatalogue({ id, sector: { sbiSections, sbiDivisions, label: { nl: id, en: id } } });
  const kantoor = make('algemeen-kantoor', ['J', 'K', 'M', 'N']);
  const handel = make('handel', ['G']);
  const automotive = make('techniek-automotive', ['G'], ['45']);
  const bouw = make('bouw', ['F']);
  const zorg = make('zorg', ['Q']);
  const catalogues = [kantoor, handel, automotive, bouw, zorg];

  it.each<[string, { section: string; code?: string }, string]>([
    ['construction', { section: 'F' }, 'bouw'],
    ['a lowercase section letter', { section: 'q' }, 'zorg'],
    ['an office sector', { section: 'K' }, 'algemeen-kantoor'],
    [
      'a division match beats an earlier section match',
      { section: 'G', code: '45.20' },
      'techniek-automotive',
    ],
    ['a division written without a dot', { section: 'G', code: '4520' }, 'techniek-automotive'],
    ['the section catalogue for another division', { section: 'G', code: '47' }, 'handel'],
    ['the section catalogue when no code is known', { section: 'G' }, 'handel'],
    ['the office fallback for an uncovered sector', { section: 'A' }, 'algemeen-kantoor'],
  ])('%s', (_name, sbi, expected) => {
    expect(catalogueForSector(catalogues, sbi)?.id).toBe(expected);
  });

  it('falls back to the office catalogue when only a division-specific catalogue covers the section', () => {
    expect(catalogueForSector([kantoor, automotive], { section: 'G', code: '47.11' })?.id).toBe(
      'algemeen-kantoor',
    );
  });

  it('takes another fallback id, and gives undefined when there is none', () => {
    expect(catalogueForSector(catalogues, { section: 'A' }, 'bouw')?.id).toBe('bouw');
    expect(catalogueForSector([bouw, zorg], { section: 'A' })).toBeUndefined();
  });
});
