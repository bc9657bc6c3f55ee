export * from './auth';
export * from './organizations';
export * from './people';
export * from './platform';
export * from './arbo';
export * from './absence';
