export * from './from-bundle';
export * from './types';
