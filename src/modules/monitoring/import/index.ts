export * from './check-rows.js';
export * from './official-csv.js';
