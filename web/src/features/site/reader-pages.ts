// The service's own pages for readers (about, accessibility statement), fetched when first
// visited (app/lazy-pages.tsx); their editing pages are in pages.ts, with the administration.
export { AboutPage } from './about-page.js';
export { AccessibilityPage } from './accessibility-page.js';
