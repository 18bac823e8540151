/**
 * The shared kernel of the catalogue: what several parts read the same way, the event facts in an
 * entry's details and the addresses of public entry pages. It imports no part of the catalogue.
 */
export { readEventFacts, type EventFacts } from './event-facts.js';
export { entryPagePath, entryPageUrl } from './links.js';
export { markdownToPlainText } from './plain-text.js';
export { cityNames } from './city-names.js';
export { listPublishedForHome } from './home-lists.js';
export { listFittingEntries, type FittingEntry } from './fitting-entries.js';
export { markdownToText } from './markdown-text.js';
export { eventFilterText, type EventFilter } from './event-filter.js';
