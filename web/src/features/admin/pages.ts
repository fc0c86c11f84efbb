// The pages of the admin feature, loaded together on demand (see app/lazy-pages.tsx).
export { AdminAuditPage } from './audit-page.js';
export { AdminMailPage } from './mail-page.js';
export { AdminUsersPage } from './users-page.js';
