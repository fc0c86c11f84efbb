// The regions' pages, fetched when first visited (app/lazy-pages.tsx).
export { RegionPage } from './region-page.js';
export { RegionsPage } from './regions-page.js';
