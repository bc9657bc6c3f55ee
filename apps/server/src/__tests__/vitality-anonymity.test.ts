import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * "Keep the person only in a table the reporting code cannot read" (issue 12, item 3), enforced on
 * the source: the reporting code — everything that computes what the organisation sees — must not
 * reach, directly or through other files, the respondent side (who was invited, the tokens, the
 * raw answers). Only repo/respondent.repo.ts may touch `survey_participants` and read responses by token.
 */
const serverSrc = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const moduleDir = join(serverSrc, 'modules', 'vitaliteit');
const read = (file: string) => readFileSync(file, 'utf8');

/** Relative imports of a file, resolved to .ts paths. */
function importsOf(file: string): string[] {
  const out: string[] = [];
  for (const m of read(file).matchAll(/from '(\.[^']+)'/g)) {
    const base = resolve(dirname(file), m[1] as string);
    for (const candidate of [`${base}.ts`, join(base, 'index.ts')])
      try {
        if (statSync(candidate).isFile()) out.push(candidate);
      } catch {}
  }
  return out;
}

/**
 * Every file of the module reachable from `file` through relative imports. The walk stays inside
 * the module and skips its manifest (module.ts wires every part together for the platform registry;
 * it is no data path).
 */
function reachable(file: string): Set<string> {
  const seen = new Set<string>();
  const stack = [file];
  while (stack.length) {
    const f = stack.pop() as string;
    if (seen.has(f) || !f.startsWith(moduleDir) || f === join(moduleDir, 'module.ts')) continue;
    seen.add(f);
    stack.push(...importsOf(f));
  }
  return seen;
}

const REPORTING = [
  'services/get-results.ts',
  'services/get-open-answers.ts',
  'services/get-trend.ts',
  'services/create-action.ts',
  'services/get-response-rate.ts',
  'services/list-campaigns.ts',
  'services/get-campaign.ts',
  'services/get-uptake.ts',
  'routes/survey-results.routes.ts',
].map((f) => join(moduleDir, f));
const RESPONDENT_SIDE = ['repo/respondent.repo.ts', 'respondent-context.ts', 'tokens.ts'].map((f) =>
  join(moduleDir, f),
);

function allTs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === '__tests__' || name === 'node_modules' ? [] : allTs(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

describe('reporting code cannot reach the respondent side', () => {
  it.each(REPORTING.map((f) => [relative(moduleDir, f), f]))('%s', (_, file) => {
    const reached = [...reachable(file)].map((f) => relative(moduleDir, f));
    for (const forbidden of RESPONDENT_SIDE) expect(reached).not.toContain(relative(moduleDir, forbidden));
  });

  it('only respondent.repo.ts reads survey_participants (outside schema and migrations)', () => {
    const users = allTs(serverSrc).filter((f) => /surveyParticipants|survey_participants/.test(read(f)));
    expect(users.map((f) => relative(serverSrc, f))).toEqual(['modules/vitaliteit/repo/respondent.repo.ts']);
  });

  it('the reporting repository reads no token, raw answers or person', () => {
    const source = read(join(moduleDir, 'repo', 'results.repo.ts')).replace(/\/\*[\s\S]*?\*\//g, '');
    expect(source).not.toMatch(/\.token\b|\.answers\b|personId|persons\b/);
  });

  it('the tables reporting reads have no person, token or response id column', () => {
    const schemaSource = read(
      join(serverSrc, '..', '..', '..', 'packages', 'db', 'src', 'schema', 'vitality.ts'),
    );
    for (const table of ['surveyScores', 'surveyScoreSums', 'surveyTexts']) {
      const body =
        new RegExp(`export const ${table} = pgTable\\([\\s\\S]*?\\n\\);`).exec(schemaSource)?.[0] ?? '';
      expect(body).not.toBe('');
      expect(body).not.toMatch(/personId|token|responseId/);
    }
    const responses = /export const surveyResponses = pgTable\([\s\S]*?\n\);/.exec(schemaSource)?.[0] ?? '';
    expect(responses).not.toMatch(/personId|At: timestamp|createdAt|updatedAt/);
  });
});
