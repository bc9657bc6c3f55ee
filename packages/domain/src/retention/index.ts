export * from './absence-retention';
