import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EscoSearchResult } from '../esco-search.bench';
import type { TransitionsResult } from '../transitions.bench';
import type { Machine } from './machine';

type File<T> = { name: string; runs: { machine: Machine; result?: T; error?: string }[] };

const newest = <T>(dir: string, name: string): [string, File<T>] | null => {
  const file = readdirSync(dir)
    .filter((f) => f.endsWith(`-${name}.json`))
    .sort()
    .at(-1);
  return file ? [file, JSON.parse(readFileSync(join(dir, file), 'utf8')) as File<T>] : null;
};

const machine = (m: Machine) =>
  `code ${m.git}; ${m.cpuModel} × ${m.cpuCount}, ${m.totalMemoryGb} GB, ${m.os}, Node ${m.node}; load average ${m.loadAverage.join(' / ')} at ${m.date}`;

/** The ESCO search and transitions sections of bench/results/README.md, and the files they show. */
export function escoSections(dir: string): { files: string[]; lines: string[] } {
  const lines: string[] = [];
  const files: string[] = [];
  const s = newest<EscoSearchResult>(dir, 'esco-search');
  const run = s?.[1].runs.at(-1);
  if (s && run?.result) {
    const r = run.result;
    files.push(s[0]);
    lines.push(
      `## ESCO search (\`${s[0]}\`)`,
      '',
      'In process, `searchOccupations` + `searchSkills` (top 10 each) per query over all 3,007 occupations and 13,896 skills, Dutch and English labels. Target: median ≤ 2 ms.',
      '',
      '| what | median | p95 | CPU per query |',
      '|---|---:|---:|---:|',
      `| all ${r.all.runs} queries | **${r.all.medianMs} ms** | ${r.all.p95Ms} ms | ${r.all.cpuPerRunMs} ms |`,
      ...Object.entries(r.byKind).map(
        ([k, v]) => `| ${k} | ${v.medianMs} ms | ${v.p95Ms} ms | ${v.cpuPerRunMs} ms |`,
      ),
      '',
      `Taxonomy load (read, gunzip, parse, build): first ${r.load.firstMs} ms, warm ${r.load.warmMedianMs} ms. Index build: occupations ${r.buildIndexMs.occupations} ms (${r.labels.occupations.toLocaleString('en')} labels), skills ${r.buildIndexMs.skills} ms (${r.labels.skills.toLocaleString('en')} labels).`,
      '',
      `Machine: ${machine(run.machine)}.`,
      '',
    );
  }
  const t = newest<TransitionsResult>(dir, 'transitions');
  const tr = t?.[1].runs.at(-1);
  if (t && tr?.result) {
    const r = tr.result;
    files.push(t[0]);
    lines.push(
      `## Skills-based transitions (\`${t[0]}\`)`,
      '',
      `In process; ${r.people.toLocaleString('en')} seeded people (an ESCO occupation each plus 0–8 extra skills; median ${r.profileSkills.median} profile skills), ${r.customDestinations} custom vacancies. Targets: one person with explanations for the top 20 ≤ 0.3 ms median; 1,000 people ≤ 0.5 s; the full matrix ≤ 1 s.`,
      '',
      '| what | indexed | straightforward | ratio |',
      '|---|---:|---:|---:|',
      `| one person: rank all + explain top 20, median (CPU) | **${r.onePerson.indexed.medianMs} ms** (${r.onePerson.indexed.cpuPerRunMs} ms) | ${r.onePerson.naive.medianMs} ms (${r.onePerson.naive.cpuPerRunMs} ms) | ×${r.onePerson.ratio} |`,
      `| one person: ranking only, median (CPU) | ${r.rankOnly.indexed.medianMs} ms (${r.rankOnly.indexed.cpuPerRunMs} ms) | ${r.rankOnly.naive.medianMs} ms (${r.rankOnly.naive.cpuPerRunMs} ms) | ×${r.rankOnly.ratio} |`,
      `| 1,000 people with explanations, median of 5 (CPU of one) | **${r.thousandPeople.medianMs} ms** (${r.thousandPeople.cpuMs} ms) | | |`,
      `| occupation × occupation matrix ${r.matrix.size}, median of 3 (CPU of one) | **${r.matrix.medianMs} ms** (${r.matrix.cpuMs} ms) | | |`,
      '',
      `Index build ${r.indexBuildMs} ms. Machine: ${machine(tr.machine)}.`,
      '',
    );
  }
  return { files, lines };
}
