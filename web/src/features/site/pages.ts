// The administrators' page of the site feature, loaded on demand (see app/lazy-pages.tsx).
export { SitePagesPage } from './admin/site-pages-page.js';
