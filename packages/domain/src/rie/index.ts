export * from './accident-frequency';
export * from './catalogue';
export * from './catalogue.schema';
export * from './duties';
export * from './fine-kinney';
export * from './toetsing';
