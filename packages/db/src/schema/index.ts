export * from './absence';
export * from './absence-documents';
export * from './arbo';
export * from './auth';
export * from './organizations';
export * from './people';
export * from './platform';
export * from './vitality';
