// The pages of the auth feature, loaded together on demand (see app/lazy-pages.tsx).
export { ConfirmEmailPage } from './confirm-email-page.js';
export { ForgotPasswordPage } from './forgot-password-page.js';
export { LoginPage } from './login-page.js';
export { RegisterPage } from './register-page.js';
export { ResetPasswordPage } from './reset-password-page.js';
export { SetupPage } from './setup-page.js';
export { VerifyEmailPage } from './verify-email-page.js';
