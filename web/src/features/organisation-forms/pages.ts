// Pages for proposing, editing and moderating organisations, loaded together on demand (see
// app/lazy-pages.tsx).
export { ConfirmLinkPage } from './confirm-link-page.js';
export { EditOrganisationPage } from './edit-organisation-page.js';
export { HistoryPage } from './history-page.js';
export { InvitationPage } from './invitation-page.js';
export { MembersPage } from './members-page.js';
export { ModerationPage } from './moderation-page.js';
export { NewOrganisationPage } from './new-organisation-page.js';
export { UnconfirmedPage } from './unconfirmed-page.js';
