export * from './from-bundle';
export * from './input-error';
export * from './label-index';
export * from './normalize';
export * from './search';
export * from './types';
