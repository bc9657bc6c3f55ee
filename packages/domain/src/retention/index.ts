export * from './retention-plan';
export * from './rules';
