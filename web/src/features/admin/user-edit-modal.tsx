import { useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { styled } from 'styled-components';
import {
  Checkbox,
  CheckboxGroup,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  suomifiDesignTokens,
} from 'suomifi-ui-components';
import { type Role, roles, type UserSummary } from '../../../../common/schemas/accounts.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { FormProblems } from '../../ui/form/form-problems.js';
import { useFormProblems } from '../../ui/form/use-form-problems.js';
import { FormModal } from '../../ui/form-modal.js';
import { adminApi, type UserChange } from './api.js';
import { useRegionNames } from './region-names.js';

const noFields = {};
const saveKey = ['admin', 'updateUser'];

// Nineteen regions fit the dialog better in columns than in one long list.
const RegionGroup = styled(CheckboxGroup)`
  & .fi-checkbox-group_container {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
    column-gap: ${suomifiDesignTokens.spacing.m};
  }
`;

/** What is saved now, after someone else changed the user meanwhile. */
function LatestSaved({ user }: { user: UserSummary }) {
  const { t } = useTranslation();
  const { nameOf } = useRegionNames();
  return (
    <Paragraph>
      {t('admin.users.latest', {
        role: t(`roles.${user.role}`),
        status: user.active ? t('admin.users.active') : t('admin.users.inactive'),
        regions: user.regions.length > 0 ? user.regions.map(nameOf).join(', ') : '–',
      })}
    </Paragraph>
  );
}

/** Only what the administrator changed, so the audit log records only real changes. */
function changesOf(
  user: UserSummary,
  edited: { role: Role; regions: string[]; active: boolean },
): UserChange | undefined {
  const change: UserChange = { version: user.version };
  if (edited.role !== user.role) change.role = edited.role;
  if (edited.active !== user.active) change.active = edited.active;
  const regionsChanged =
    edited.regions.length !== user.regions.length ||
    edited.regions.some((code) => !user.regions.includes(code));
  if (regionsChanged) change.regions = edited.regions;
  return Object.keys(change).length > 1 ? change : undefined;
}

interface EditFormProps {
  user: UserSummary;
  formId: string;
  /** The saved user, or undefined when there was nothing to save. */
  onSaved: (user: UserSummary | undefined) => void;
}

function EditForm({ user, formId, onSaved }: EditFormProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const { options } = useRegionNames();
  const [role, setRole] = useState<Role>(user.role);
  const [regions, setRegions] = useState<string[]>(user.regions);
  const [active, setActive] = useState(user.active);
  const problems = useFormProblems(noFields);

  const save = useMutation({
    mutationKey: saveKey,
    // `user` is the latest from the list: after a conflict it carries the new version.
    mutationFn: (change: UserChange) => adminApi.updateUser(lang, user.id, change),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
      onSaved(saved);
    },
    onError: (error) => {
      problems.showServerError(error);
      if (error instanceof ApiError && error.code === 'version_conflict') {
        void queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    problems.clear();
    const change = changesOf(user, { role, regions, active });
    // Nothing changed: nothing to save, and nothing to record in the audit log.
    if (!change) return onSaved(undefined);
    save.mutate(change);
  };

  const toggleRegion = (code: string, checked: boolean) =>
    setRegions((current) =>
      checked
        ? [...current.filter((c) => c !== code), code].sort()
        : current.filter((c) => c !== code),
    );

  const conflict = problems.error instanceof ApiError && problems.error.code === 'version_conflict';
  return (
    <form id={formId} noValidate onSubmit={submit}>
      <FormProblems
        attempt={problems.attempt}
        fields={[]}
        error={problems.error}
        errorHelp={conflict ? <LatestSaved user={user} /> : undefined}
      />
      <Paragraph mb="m">{user.email}</Paragraph>
      <RadioButtonGroup
        name="edit-role"
        labelText={t('admin.users.role')}
        value={role}
        onChange={(value) => {
          const next = roles.find((r) => r === value);
          if (next) setRole(next);
        }}
        mb="l"
      >
        {roles.map((r) => (
          <RadioButton key={r} value={r}>
            {t(`roles.${r}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <RegionGroup
        labelText={t('admin.users.regions')}
        groupHintText={t('admin.users.regionsHint')}
        optionalText={t('form.optional')}
        mb="l"
      >
        {options.map((region) => (
          <Checkbox
            key={region.code}
            checked={regions.includes(region.code)}
            onClick={({ checkboxState }) => toggleRegion(region.code, checkboxState)}
          >
            {region.name}
          </Checkbox>
        ))}
      </RegionGroup>
      <Checkbox
        checked={active}
        onClick={({ checkboxState }) => setActive(checkboxState)}
        hintText={t('admin.users.activeHint')}
        mb="m"
      >
        {t('admin.users.activeLabel')}
      </Checkbox>
    </form>
  );
}

interface UserEditModalProps {
  /** The user being edited, or undefined when the dialog is closed. */
  user: UserSummary | undefined;
  onClose: () => void;
  onSaved: (user: UserSummary | undefined) => void;
}

/** Changes one user's role, regions and status, in a dialog over the list. */
export function UserEditModal({ user, onClose, onSaved }: UserEditModalProps) {
  const { t } = useTranslation();
  const busy = useIsMutating({ mutationKey: saveKey }) > 0;
  return (
    <FormModal
      visible={Boolean(user)}
      title={t('admin.users.editTitle', { name: user?.name ?? '' })}
      submitText={t('admin.users.save')}
      busy={busy}
      onCancel={onClose}
    >
      {/* Keyed by user: a new user starts a fresh form; a refetched one keeps the edits. */}
      {(formId) => user && <EditForm key={user.id} user={user} formId={formId} onSaved={onSaved} />}
    </FormModal>
  );
}
