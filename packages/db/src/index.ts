export * from './client';
export * from './lock';
