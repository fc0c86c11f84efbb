import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { type MemberRole, memberRoles } from '../../../../common/organisation-fields.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { checkEmail, collect, type FieldKind, hasErrors } from '../../ui/form/field-errors.js';
import { FormActions, FormColumn } from '../../ui/form/form-layout.js';
import { FormProblems } from '../../ui/form/form-problems.js';
import { SubmitButton } from '../../ui/form/submit-button.js';
import { TextField } from '../../ui/form/text-field.js';
import { useFormProblems } from '../../ui/form/use-form-problems.js';
import { membersQuery, orgApi } from './api.js';

const kinds = { email: 'email' } as const satisfies Record<string, FieldKind>;

/** Owners and coordinators invite someone by e-mail; the link in the e-mail works for 14 days. */
export function InviteForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MemberRole>('editor');
  const [sent, setSent] = useState<string>();
  const problems = useFormProblems(kinds);

  const invite = useMutation({
    mutationFn: () => orgApi.invite(lang, organisationId, { email: email.trim(), role }),
    onSuccess: (list) => {
      queryClient.setQueryData(membersQuery(lang, organisationId).queryKey, list);
      setSent(email.trim());
      setEmail('');
    },
    onError: problems.showServerError,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invite.isPending) return;
    setSent(undefined);
    const errors = collect({ email: checkEmail(email) });
    if (hasErrors(errors)) return problems.show(errors);
    problems.clear();
    invite.mutate();
  };

  return (
    <FormColumn noValidate onSubmit={submit}>
      <FormProblems
        attempt={problems.attempt}
        fields={[
          { id: 'invite-email', label: t('form.email'), message: problems.fieldErrors.email },
        ]}
        error={problems.error}
      />
      <Paragraph mb="m">{t('orgForm.invite.intro')}</Paragraph>
      <TextField
        id="invite-email"
        label={t('form.email')}
        type="email"
        value={email}
        onChange={(value) => {
          setSent(undefined);
          setEmail(value);
        }}
        message={problems.fieldErrors.email}
      />
      <RadioButtonGroup
        name="invite-role"
        labelText={t('orgForm.members.role')}
        value={role}
        onChange={(value) => {
          const next = memberRoles.find((r) => r === value);
          if (next) setRole(next);
        }}
        mb="l"
      >
        {memberRoles.map((r) => (
          <RadioButton key={r} value={r} hintText={t(`orgForm.roleHints.${r}`)}>
            {t(`orgForm.roles.${r}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <FormActions>
        <SubmitButton busy={invite.isPending}>{t('orgForm.invite.submit')}</SubmitButton>
        <div role="status">
          {sent && <Paragraph>{t('orgForm.invite.sent', { email: sent })}</Paragraph>}
        </div>
      </FormActions>
    </FormColumn>
  );
}
