export * from './absence';
export * from './absence-documents';
export * from './arbo';
export * from './common';
export * from './organization';
export * from './people';
export * from './platform';
export * from './vitality';
