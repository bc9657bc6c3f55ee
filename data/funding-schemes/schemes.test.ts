/**
 * The bundled funding schemes: valid against ZFundingScheme, and the facts of domain-rules §7 —
 * SLIM at 60% until 1 Jan 2030 for MKB (< 250), €5,000–€24,999; STAP ended on 1 Jan 2024.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateSchemes, ZFundingScheme } from '../../packages/domain/src/llo/funding';

const file = JSON.parse(readFileSync(new URL('./schemes.json', import.meta.url), 'utf8'));
const schemes = file.schemes.map((s: unknown) => ZFundingScheme.parse(s));
const byId = (id: string) => schemes.find((s: { id: string }) => s.id === id);

describe('data/funding-schemes', () => {
  it('validates every scheme, with unique ids and a source each', () => {
    expect(schemes.map((s: { id: string }) => s.id)).toEqual(['slim', 'stap', 'mdieu', 'esf-plus']);
    for (const s of schemes) expect(s.sources.length).toBeGreaterThan(0);
  });

  it('has SLIM at 60%, €5,000–€24,999, MKB only, until 1 January 2030', () => {
    expect(byId('slim')).toMatchObject({
      ratePercent: 60,
      minSubsidyCents: 500_000,
      maxSubsidyCents: 2_499_900,
      maxStaff: 250,
      validUntil: '2030-01-01',
      activities: ['company_scan', 'career_advice', 'workplace_learning'],
    });
  });

  it('has STAP ended on 1 January 2024', () => {
    expect(byId('stap')).toMatchObject({
      validFrom: '2022-03-01',
      validUntil: '2024-01-01',
      maxPerPersonCents: 100_000,
    });
  });

  it.each([
    ['2023-06-01', ['slim', 'stap', 'mdieu', 'esf-plus'], []],
    ['2024-01-01', ['slim', 'mdieu', 'esf-plus'], ['stap']],
    ['2026-12-02', ['slim', 'esf-plus'], ['stap', 'mdieu']],
    ['2030-01-01', [], ['slim', 'stap', 'mdieu', 'esf-plus']],
  ])('on %s offers %j and never %j', (on, open, closed) => {
    const requests = [
      { id: 'a', personId: 'p', activity: 'career_advice' as const, costCents: 10_000_000 },
      { id: 'b', personId: 'p', activity: 'course' as const, costCents: 50_000 },
    ];
    const v = evaluateSchemes(schemes, requests, { on, staffFte: 40 });
    expect(
      v
        .filter((x) => x.availability === 'open')
        .map((x) => x.schemeId)
        .sort(),
    ).toEqual([...open].sort());
    for (const id of closed) {
      const verdict = v.find((x) => x.schemeId === id);
      expect(verdict?.outcome).toBe('not_available');
    }
  });
});
