// The import page, loaded on demand (see app/lazy-pages.tsx).
export { ImportPage } from './import-page.js';
