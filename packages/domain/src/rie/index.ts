export * from './accident-frequency';
export * from './action-plan';
export * from './catalogue';
export * from './catalogue.schema';
export * from './duties';
export * from './fine-kinney';
export * from './toetsing';
export * from './vocabulary';
