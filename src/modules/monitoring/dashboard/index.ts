export * from './gaps.js';
