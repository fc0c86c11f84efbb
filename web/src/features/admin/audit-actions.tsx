import { styled } from 'styled-components';
import { useTranslation } from '../../i18n/use-translation.js';

/**
 * The actions the server records, with their names in the catalogs. A module that records new
 * actions adds them here; until then they are shown by their code.
 */
export const auditActions = {
  'auth.registered': 'admin.audit.actions.registered',
  'auth.email_verified': 'admin.audit.actions.emailVerified',
  'auth.login': 'admin.audit.actions.login',
  'auth.login_failed': 'admin.audit.actions.loginFailed',
  'auth.logout': 'admin.audit.actions.logout',
  'auth.logout_everywhere': 'admin.audit.actions.logoutEverywhere',
  'auth.password_changed': 'admin.audit.actions.passwordChanged',
  'auth.password_change_failed': 'admin.audit.actions.passwordChangeFailed',
  'auth.password_reset_requested': 'admin.audit.actions.passwordResetRequested',
  'auth.password_reset': 'admin.audit.actions.passwordReset',
  'auth.admin_setup': 'admin.audit.actions.adminSetup',
  'user.profile_updated': 'admin.audit.actions.profileUpdated',
  'user.role_changed': 'admin.audit.actions.roleChanged',
  'user.regions_changed': 'admin.audit.actions.regionsChanged',
  'user.deactivated': 'admin.audit.actions.deactivated',
  'user.reactivated': 'admin.audit.actions.reactivated',
  'user.email_change_requested': 'admin.audit.actions.emailChangeRequested',
  'user.email_changed': 'admin.audit.actions.emailChanged',
  'user.deleted': 'admin.audit.actions.deleted',
  'token.created': 'admin.audit.actions.tokenCreated',
  'token.revoked': 'admin.audit.actions.tokenRevoked',
  'survey.create': 'admin.audit.actions.surveyCreate',
  'survey.version.create': 'admin.audit.actions.surveyVersionCreate',
  'survey.version.update': 'admin.audit.actions.surveyVersionUpdate',
  'survey.round.create': 'admin.audit.actions.surveyRoundCreate',
  'survey.round.update': 'admin.audit.actions.surveyRoundUpdate',
  'survey.round.close': 'admin.audit.actions.surveyRoundClose',
  'survey.round.invite': 'admin.audit.actions.surveyRoundInvite',
  'survey.round.remind': 'admin.audit.actions.surveyRoundRemind',
  'survey.round.classify': 'admin.audit.actions.surveyRoundClassify',
  'survey.round.send': 'admin.audit.actions.surveyRoundSend',
  'survey.round.export': 'admin.audit.actions.surveyRoundExport',
  'survey.response.view': 'admin.audit.actions.surveyResponseView',
  'survey.response.export': 'admin.audit.actions.surveyResponseExport',
  'survey.response.reopen': 'admin.audit.actions.surveyResponseReopen',
} as const;

export type KnownAction = keyof typeof auditActions;

export function isKnownAction(action: string): action is KnownAction {
  return Object.hasOwn(auditActions, action);
}

const Code = styled.code`
  display: block;
  font-size: 14px;
`;

/** An action by its name, with its code beneath: the code is what the filter and support use. */
export function AuditActionName({ action }: { action: string }) {
  const { t } = useTranslation();
  if (!isKnownAction(action)) return <code>{action}</code>;
  return (
    <>
      {t(auditActions[action])}
      <Code>{action}</Code>
    </>
  );
}
