export * from './absence';
export * from './absence-documents';
export * from './arbo';
export * from './common';
export * from './input-text';
export * from './organization';
export * from './people';
export * from './platform';
