// Forms of projects, loaded on demand (see app/lazy-pages.tsx).
export { EditProjectPage } from './edit-project-page.js';
export { ProjectHistoryPage } from './history-page.js';
export { NewProjectPage } from './new-project-page.js';
