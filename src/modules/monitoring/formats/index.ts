export * from './dcat.js';
