import type { PageId } from './routes.js';

/**
 * The catalog key of each page's title (web/src/i18n), for the `<title>` the server writes into
 * a page before the web app has drawn it. Pages that show one object (an organisation, a region)
 * are titled by the object's name where the server knows it; the key is the fallback.
 */
export const pageTitleKeys = {
  home: 'home.documentTitle',
  regions: 'regions.list.title',
  region: 'regions.list.title',
  organisations: 'directory.title',
  organisationNew: 'orgForm.newTitle',
  organisationImport: 'import.title',
  organisationConfirm: 'orgForm.confirmLink.title',
  organisationInvitation: 'orgForm.invitation.title',
  organisation: 'directory.title',
  organisationEdit: 'orgForm.editCrumb',
  organisationHistory: 'directory.title',
  organisationMembers: 'orgForm.members.heading',
  moderation: 'moderation.title',
  staleOrganisations: 'moderation.unconfirmed.title',
  login: 'auth.login.title',
  register: 'auth.register.title',
  verifyEmail: 'auth.verify.title',
  forgotPassword: 'auth.forgot.title',
  resetPassword: 'auth.reset.title',
  account: 'account.title',
  confirmEmail: 'auth.confirmEmail.title',
  privacy: 'privacy.title',
  accessibility: 'accessibilityStatement.title',
  about: 'aboutPage.title',
  setup: 'auth.setup.title',
  adminUsers: 'admin.users.title',
  adminMail: 'admin.mail.title',
  adminAudit: 'admin.audit.title',
  adminSitePages: 'sitePages.title',
  projects: 'projects.title',
  project: 'projects.title',
  projectNew: 'projectForm.newTitle',
  projectEdit: 'projectForm.editTitle',
  projectHistory: 'projectForm.history.crumb',
} as const satisfies Record<PageId, string>;
