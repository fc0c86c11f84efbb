// What only those who run or moderate a network use, with the form and dialog components it
// brings: readers of a network's page never download it (network-page.tsx).
export { ArchiveNetwork } from './archive-network.js';
export { MemberManagement } from './member-management.js';
