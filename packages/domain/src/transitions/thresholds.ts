/**
 * Score thresholds of the bands, calibrated on the real ESCO occupation × occupation matrix
 * (docs/mobility-engine.md, data/esco/transition-calibration.json; the unit test checks they match).
 */
export type Thresholds = { viable: number; strong: number };

export const THRESHOLDS: Thresholds = { viable: 0.25, strong: 0.55 };

export type Band = 'strong' | 'viable' | 'distant';

export const bandOf = (score: number, t: Thresholds = THRESHOLDS): Band =>
  score >= t.strong ? 'strong' : score >= t.viable ? 'viable' : 'distant';
