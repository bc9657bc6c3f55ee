export * from './budget';
export * from './catalogue-import';
export * from './certificates';
export * from './dashboard';
export * from './funding';
export * from './skill-gaps';
export * from './talk-cycle';
export * from './vocabulary';
