// The project import page, loaded on demand (see app/lazy-pages.tsx).
export { ProjectImportPage } from './import-page.js';
