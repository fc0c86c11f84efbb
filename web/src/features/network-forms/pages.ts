// Forms and history of networks, loaded on demand (see app/lazy-pages.tsx).
export { EditNetworkPage } from './edit-network-page.js';
export { NetworkHistoryPage } from './history-page.js';
export { NewNetworkPage } from './new-network-page.js';
