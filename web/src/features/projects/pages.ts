// Pages of projects, loaded on demand (see app/lazy-pages.tsx).
export { ProjectPage } from './project-page.js';
export { ProjectsPage } from './projects-page.js';
