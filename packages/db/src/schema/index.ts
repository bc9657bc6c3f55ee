export * from './absence';
export * from './absence-documents';
export * from './arbo';
export * from './auth';
export * from './llo';
export * from './organizations';
export * from './people';
export * from './platform';
