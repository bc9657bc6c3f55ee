import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { automationRisk, readTaxonomy } from '../../apps/server/src/platform/reference-data/esco';

// Loaded the way the server loads it (gunzip, parse, build); the expected counts are the table in SOURCE.md.
const t = readTaxonomy();
const risk = automationRisk();
const source = readFileSync(new URL('./SOURCE.md', import.meta.url), 'utf8');
const documented = new Map(
  [...source.matchAll(/^\| ([^|]+?) \| (\d+) \|$/gm)].map((m) => [m[1] as string, Number(m[2])]),
);
const sum = (lists: readonly (readonly unknown[])[]) => lists.reduce((n, l) => n + l.length, 0);
const occ = t.occupations;

describe('data/esco bundle', () => {
  const actual: [string, number][] = [
    ['occupations', occ.length],
    ['occupations with Dutch alternative labels', occ.filter((o) => o.altNl.length > 0).length],
    ['Dutch alternative labels of occupations', sum(occ.map((o) => o.altNl))],
    ['English alternative labels of occupations', sum(occ.map((o) => o.altEn))],
    ['ISCO-08 groups (levels 1–4)', t.iscoGroups.length],
    ['skills', t.skills.length],
    ['skills with a Dutch label', t.skills.filter((s) => s.labelNl !== null).length],
    ['skill groups', t.skillGroups.length],
    ['essential relations', sum(occ.map((o) => o.essential))],
    ['optional relations', sum(occ.map((o) => o.optional))],
    ['skills used in relations', new Set(occ.flatMap((o) => [...o.essential, ...o.optional])).size],
    ['skill → broader skill', sum(t.skills.map((s) => s.broader))],
    ['skill → skill group', sum(t.skills.map((s) => s.groups))],
    ['occupation → broader occupation', sum(occ.map((o) => o.broader))],
    ['digital collection', t.collections.digital.length],
    ['green collection', t.collections.green.length],
    ['transversal collection', t.collections.transversal.length],
    ['language collection', t.collections.language.length],
    ['DigComp collection', t.collections.digComp.length],
    ['research collection', t.collections.research.length],
    ['automation risk: occupations', risk.byOccupation.size],
    ['automation risk: ISCO-08 unit groups', risk.byIsco4.size],
  ];

  it('documents every count in SOURCE.md', () =>
    expect([...documented.keys()].sort()).toEqual(actual.map((a) => a[0]).sort()));
  it.each(actual)('%s = the figure in SOURCE.md', (name, value) => expect(value).toBe(documented.get(name)));

  it('keeps the heftruckchauffeur with its ISCO group, synonyms, English labels and skills', () => {
    const i = t.occupationByUri.get(
      'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755',
    );
    const o = occ[i ?? -1];
    expect(o?.titleNl).toBe('heftruckchauffeur');
    expect(o?.titleEn).toBe('forklift operator');
    expect(o?.iscoGroup).toBe('8344');
    expect(o?.altNl).toContain('vorkheftruckchauffeur');
    expect(o?.essential.map((s) => t.skills[s]?.labelEn)).toContain('operate forklift');
    expect(t.iscoByCode.get('8344')?.titleNl).toMatch(/heftruck/i);
  });

  it('has Dutch labels for skills in a collection and the ISCO hierarchy down from major groups', () => {
    const transversal = t.collections.transversal.map((s) => t.skills[s]);
    expect(transversal.every((s) => s?.labelNl)).toBe(true);
    expect(t.skills.filter((s) => s.labelNl).every((s) => s.labelEn)).toBe(true);
    for (const g of t.iscoGroups)
      if (g.code.length > 1) expect(t.iscoByCode.has(g.code.slice(0, -1)), g.code).toBe(true);
    expect(occ.every((o) => t.iscoByCode.has(o.iscoGroup))).toBe(true);
  });

  it('joins Nesta automation risk on the ESCO URI', () => {
    // metal drawing machine operator: mcc_risk_All_occupations.csv row 1 (risk 3.307599, prevalence 0.800032, Low risk)
    expect(
      risk.byOccupation.get('http://data.europa.eu/esco/occupation/000e93a3-d956-4e45-aacb-f12c83fedf84'),
    ).toEqual({
      risk: 3.308,
      prevalence: 0.8,
      category: 'low',
    });
    expect([...risk.byOccupation.keys()].every((uri) => t.occupationByUri.has(uri))).toBe(true);
    expect(risk.source).toMatch(/Kanders/);
    expect(t.attribution).toBe('This service uses the ESCO classification of the European Commission.');
  });
});
