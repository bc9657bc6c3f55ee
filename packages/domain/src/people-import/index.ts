export * from './detect-mapping';
export * from './diff';
export * from './fields';
export * from './messages';
export * from './synonyms';
export * from './validate-rows';
export * from './values';
