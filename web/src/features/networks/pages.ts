// Pages of networks, loaded on demand (see app/lazy-pages.tsx).
export { DirectoryEmbedPage, NetworkEmbedPage } from './embed-pages.js';
export { NetworkPage } from './network-page.js';
export { NetworksPage } from './networks-page.js';
