import type { ReactElement } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { defaultLang, type Lang, languages } from '../../../common/languages.js';
import { type PageId, pageRoutes } from '../../../common/routes.js';
import { AccountPage } from '../features/account/account-page.js';
import { AdminAuditPage } from '../features/admin/audit-page.js';
import { AdminUsersPage } from '../features/admin/users-page.js';
import { ConfirmEmailPage } from '../features/auth/confirm-email-page.js';
import { ForgotPasswordPage } from '../features/auth/forgot-password-page.js';
import { LoginPage } from '../features/auth/login-page.js';
import { RegisterPage } from '../features/auth/register-page.js';
import { ResetPasswordPage } from '../features/auth/reset-password-page.js';
import { SetupPage } from '../features/auth/setup-page.js';
import { VerifyEmailPage } from '../features/auth/verify-email-page.js';
import { HomePage } from '../features/home/home-page.js';
import { NotFoundPage } from '../features/not-found/not-found-page.js';
import { PrivacyPage } from '../features/privacy/privacy-page.js';
import { RegionPage } from '../features/regions/region-page.js';
import { RegionsPage } from '../features/regions/regions-page.js';
import { AppRoot } from './app-root.js';
import { Layout } from './layout.js';
import { RootRedirect } from './root-redirect.js';
import { RouteError } from './route-error.js';

// Typed by PageId so that a page added to the shared route table cannot be forgotten here.
const pages: Record<PageId, ReactElement> = {
  home: <HomePage />,
  regions: <RegionsPage />,
  region: <RegionPage />,
  login: <LoginPage />,
  register: <RegisterPage />,
  verifyEmail: <VerifyEmailPage />,
  confirmEmail: <ConfirmEmailPage />,
  forgotPassword: <ForgotPasswordPage />,
  resetPassword: <ResetPasswordPage />,
  account: <AccountPage />,
  privacy: <PrivacyPage />,
  setup: <SetupPage />,
  adminUsers: <AdminUsersPage />,
  adminAudit: <AdminAuditPage />,
};

/** The pages of one language under `/{lang}`, with their localized paths from the shared table. */
function languageRoutes(lang: Lang): RouteObject {
  const children: RouteObject[] = (Object.keys(pageRoutes) as PageId[]).map((page) => {
    const path = pageRoutes[page][lang];
    return path ? { path, element: pages[page] } : { index: true, element: pages[page] };
  });
  return {
    path: `/${lang}`,
    element: <Layout lang={lang} />,
    children: [...children, { path: '*', element: <NotFoundPage /> }],
  };
}

export const router = createBrowserRouter([
  {
    element: <AppRoot />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <RootRedirect /> },
      ...languages.map(languageRoutes),
      // A path without a known language: say so in the default language.
      {
        path: '*',
        element: (
          <Layout lang={defaultLang}>
            <NotFoundPage />
          </Layout>
        ),
      },
    ],
  },
]);
