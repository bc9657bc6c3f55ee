export * from './age-band-order';
export * from './errors';
export * from './instrument.schema';
export * from './psa-benchmark';
export * from './release';
export * from './release-from-json';
export * from './score';
export * from './score-from-json';
