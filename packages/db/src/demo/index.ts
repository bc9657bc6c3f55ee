export * from './generate-demo-organization';
