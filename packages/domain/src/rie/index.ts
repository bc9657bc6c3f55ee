export * from './catalogue';
export * from './catalogue.schema';
export * from './duties';
export * from './fine-kinney';
