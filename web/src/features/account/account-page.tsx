import { useTranslation } from '../../i18n/use-translation.js';
import { PageFrame } from '../../ui/page-frame.js';
import { RequireLogin } from '../auth/require-login.js';
import { ContactForm } from './contact-form.js';
import { DataSection } from './data-section.js';
import { EmailForm } from './email-form.js';
import { OrganisationsSection } from './organisations-section.js';
import { PasswordForm } from './password-form.js';
import { ProfileForm } from './profile-form.js';
import { SessionsSection } from './sessions-section.js';
import { TokensSection } from './tokens-section.js';

/** The logged-in person's organisations, own details, password, sessions, API tokens and data. */
export function AccountPage() {
  const { t } = useTranslation();
  return (
    <PageFrame title={t('account.title')}>
      <RequireLogin>
        {(me) => (
          <>
            <OrganisationsSection />
            <ProfileForm me={me} />
            {/* Coordinators tied to regions are the contacts of those regions' pages. */}
            {me.role === 'coordinator' && me.regions.length > 0 && <ContactForm me={me} />}
            <PasswordForm />
            <EmailForm />
            <SessionsSection />
            <TokensSection />
            <DataSection />
          </>
        )}
      </RequireLogin>
    </PageFrame>
  );
}
