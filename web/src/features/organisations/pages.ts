// Pages of the public directory, loaded on demand (see app/lazy-pages.tsx).
export { DirectoryPage } from './directory-page.js';
export { OrganisationPage } from './organisation-page.js';
