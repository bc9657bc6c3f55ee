import {
  buildOccupationIndex,
  buildSkillIndex,
  searchOccupations,
  searchSkills,
} from '@inzetbaar/domain/esco/search';
import { readTaxonomy } from '../apps/server/src/platform/reference-data/esco';
import { round } from './lib/measure';
import { type Timing, timeSync } from './lib/timing';

/**
 * Queries a person types: full titles, synonyms, prefixes while typing, English titles, skills,
 * multi-word, and 1–2 letter prefixes (the worst case: thousands of labels start with "m").
 */
export const QUERIES: { q: string; lang: 'nl' | 'en'; kind: 'word' | 'prefix' | 'short' | 'multi' }[] = [
  ...[
    'heftruckchauffeur',
    'verpleegkundige',
    'leerkracht',
    'lasser',
    'magazijnmedewerker',
    'kok',
    'schoonmaker',
    'elektricien',
    'accountant',
    'zorg',
    'leraar',
    'chauffeur',
    'communicatie',
    'samenwerken',
    'veiligheid',
    'boekhouding',
  ].map((q) => ({ q, lang: 'nl' as const, kind: 'word' as const })),
  ...[
    'forklift operator',
    'nurse',
    'teacher',
    'welder',
    'warehouse',
    'java',
    'excel',
    'teamwork',
    'manage',
    'data',
  ].map((q) => ({ q, lang: 'en' as const, kind: 'word' as const })),
  ...['heftr', 'verpl', 'leerk', 'magaz', 'schoonm', 'nurs', 'teach', 'weld'].map((q) => ({
    q,
    lang: 'nl' as const,
    kind: 'prefix' as const,
  })),
  ...[
    'software developer',
    'verpleegkundige ouderenzorg',
    'medewerker klantenservice',
    'operate forklift',
    'health and safety',
  ].map((q) => ({ q, lang: 'nl' as const, kind: 'multi' as const })),
  ...['m', 'ma', 've', 'l', 'te'].map((q) => ({ q, lang: 'nl' as const, kind: 'short' as const })),
];

export type EscoSearchResult = {
  load: { firstMs: number; warmMedianMs: number };
  buildIndexMs: { occupations: number; skills: number };
  labels: { occupations: number; skills: number };
  /** One query = occupations and skills, top 10 each. */
  all: Timing;
  byKind: Record<string, Timing>;
  perQuery: { q: string; kind: string; medianMs: number }[];
  notes: string[];
};

export function runEscoSearch(rounds = 40): EscoSearchResult {
  const t0 = performance.now();
  const t = readTaxonomy();
  const firstMs = round(performance.now() - t0);
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) {
    const a = performance.now();
    readTaxonomy();
    warm.push(performance.now() - a);
  }
  warm.sort((a, b) => a - b);
  let a = performance.now();
  const occupations = buildOccupationIndex(t);
  const occMs = round(performance.now() - a);
  a = performance.now();
  const skills = buildSkillIndex(t);
  const skillMs = round(performance.now() - a);
  const search = { occupations, skills };
  const one = (i: number) => {
    const { q, lang } = QUERIES[i % QUERIES.length] as (typeof QUERIES)[number];
    searchOccupations(t, search, { q, lang, top: 10 });
    searchSkills(t, search, { q, lang, top: 10 });
  };
  const all = timeSync(one, QUERIES.length * rounds, QUERIES.length * 2);
  const byKind: Record<string, Timing> = {};
  for (const kind of ['word', 'prefix', 'multi', 'short']) {
    const qs = QUERIES.filter((x) => x.kind === kind);
    byKind[kind] = timeSync(
      (i) => {
        const { q, lang } = qs[i % qs.length] as (typeof QUERIES)[number];
        searchOccupations(t, search, { q, lang, top: 10 });
        searchSkills(t, search, { q, lang, top: 10 });
      },
      qs.length * rounds,
      qs.length,
    );
  }
  const perQuery = QUERIES.map(({ q, lang, kind }) => ({
    q,
    kind,
    medianMs: timeSync(
      () => {
        searchOccupations(t, search, { q, lang, top: 10 });
        searchSkills(t, search, { q, lang, top: 10 });
      },
      rounds,
      3,
    ).medianMs,
  }));
  return {
    load: { firstMs, warmMedianMs: round(warm[1] as number) },
    buildIndexMs: { occupations: occMs, skills: skillMs },
    labels: { occupations: occupations.label.length, skills: skills.label.length },
    all,
    byKind,
    perQuery,
    notes: [
      `${QUERIES.length} queries (${Object.entries(byKind)
        .map(([k, v]) => `${k}: ${v.runs / rounds}`)
        .join(', ')}), ${rounds} rounds; each query searches occupations and skills (top 10 each)`,
      'load = read + gunzip + JSON.parse + build the Taxonomy objects (readTaxonomy), the first call in a fresh process',
    ],
  };
}
