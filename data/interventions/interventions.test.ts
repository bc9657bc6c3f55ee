import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZInstrument, ZInterventionCatalogue } from '../../packages/domain/src/vitality/index';

const catalogue = ZInterventionCatalogue.parse(
  JSON.parse(readFileSync(new URL('./interventions.json', import.meta.url), 'utf8')),
);
const instrumentDir = new URL('../instruments/', import.meta.url);
const scaleKeys = new Set(
  readdirSync(instrumentDir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const i = ZInstrument.parse(JSON.parse(readFileSync(new URL(f, instrumentDir), 'utf8')));
      return i.scales.map((s) => `${i.id}.${s.id}`);
    }),
);

describe('data/interventions/interventions.json', () => {
  it('covers every topic the issue names, in all three pillars', () => {
    const topics = new Set(catalogue.interventions.map((i) => i.topic));
    for (const t of [
      'burnout_prevention',
      'workload',
      'physical_activity',
      'healthy_weight',
      'sleep',
      'financial_stress',
      'sustainable_scheduling',
    ])
      expect(topics.has(t as never), t).toBe(true);
    expect(new Set(catalogue.interventions.map((i) => i.pillar))).toEqual(
      new Set(['arbo', 'vitality', 'development']),
    );
  });

  it('links only to scales of the bundled instruments', () => {
    for (const i of catalogue.interventions)
      for (const s of i.scales) expect(scaleKeys.has(s), `${i.id}: ${s}`).toBe(true);
  });

  it('has sustainable scheduling for older workers (fewer night shifts from 55)', () => {
    const night = catalogue.interventions.find((i) => i.id === 'minder-nachtdiensten-55');
    expect(night?.topic).toBe('sustainable_scheduling');
    expect(night?.signUp).toBe(false);
  });
});
