/**
 * Entry point of the client bundle (public/build/islands.js, built by `npm run build`).
 * Every page works without it; each island only enhances server-rendered HTML.
 */
import { enhanceLiveSearch } from './live-search.js';
import { enhancePasswordToggles } from './password-toggle.js';

function enhance(): void {
  enhancePasswordToggles();
  enhanceLiveSearch();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', enhance);
else enhance();
