// The statistics pages, fetched when first visited (app/lazy-pages.tsx).
export { StatisticsPage } from './statistics-page.js';
