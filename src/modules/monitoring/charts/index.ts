export * from './render-chart.js';
