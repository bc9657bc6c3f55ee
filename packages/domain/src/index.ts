export * as absenceStats from './absence-stats';
export * from './dates';
export * as esco from './esco';
export * as llo from './llo';
export * as peopleImport from './people-import';
export * as poortwachter from './poortwachter';
export * as retention from './retention';
export * as rie from './rie';
export * as transitions from './transitions';
