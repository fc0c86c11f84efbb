import { useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Paragraph } from 'suomifi-ui-components';
import { type NetworkMemberRole, networkMemberRoles } from '../../../../common/network-fields.js';
import type { NetworkMember } from '../../../../common/schemas/networks.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { FocusAlert } from '../../ui/focus-alert.js';
import { displayDate, isoDate } from '../../ui/form/dates.js';
import { useFocusAfterRender } from '../../ui/form/editable-list.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { SelectField } from '../../ui/form/select-field.js';
import { FormModal } from '../../ui/form-modal.js';
import { displayName } from '../organisations/labels.js';
import { usePeriod } from '../projects/project-list.js';
import { DateFields } from '../relations/date-fields.js';
import { checkDates } from '../relations/problems.js';
import { refreshNetworks } from './api.js';
import { conflictingMember, memberApi } from './member-api.js';
import { type MemberProblems, serverMemberProblems } from './member-problems.js';

const saveKey = ['networks', 'updateMember'];
const idPrefix = 'member-edit';
const roleId = 'member-edit-role';

interface MemberValues {
  role: NetworkMemberRole;
  startDate: string;
  endDate: string;
}

const valuesOf = (m: NetworkMember): MemberValues => ({
  role: m.role,
  startDate: displayDate(m.startDate),
  endDate: displayDate(m.endDate),
});

/** Someone changed the membership meanwhile: what is saved now, and a way to start from it. */
function ConflictHelp({
  current,
  onTake,
}: {
  current: NetworkMember;
  onTake: (m: NetworkMember) => void;
}) {
  const { t } = useTranslation();
  const period = usePeriod();
  return (
    <>
      <Paragraph mb="s">
        {t('networks.members.edit.current', {
          role: t(`networks.roles.${current.role}`),
          period: period(current.startDate, current.endDate) || t('networks.members.noDates'),
        })}
      </Paragraph>
      <Button variant="secondary" onClick={() => onTake(current)}>
        {t('networks.members.edit.takeCurrent')}
      </Button>
    </>
  );
}

interface MemberFormProps {
  networkId: string;
  member: NetworkMember;
  formId: string;
  onSaved: (member: NetworkMember) => void;
}

function MemberForm({ networkId, member, formId, onSaved }: MemberFormProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const focusLater = useFocusAfterRender();
  const [values, setValues] = useState(() => valuesOf(member));
  const [version, setVersion] = useState(member.version);
  const [problems, setProblems] = useState<MemberProblems>({});
  // A refusal not about the fields, and the member as saved now when it was a version conflict.
  const [failure, setFailure] = useState<{ error: unknown; current?: NetworkMember | undefined }>();

  const save = useMutation({
    mutationKey: saveKey,
    mutationFn: () =>
      memberApi.update(lang, networkId, member.organisation.id, {
        role: values.role,
        startDate: isoDate(values.startDate),
        endDate: isoDate(values.endDate),
        version,
      }),
    onSuccess: async (saved) => {
      await refreshNetworks(queryClient);
      onSaved(saved);
    },
    onError: async (error) => {
      const fields = serverMemberProblems(error);
      setProblems(fields ?? {});
      if (fields) return setFailure(undefined);
      const current = await conflictingMember(error);
      if (current) void refreshNetworks(queryClient);
      setFailure({ error, current });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const found = checkDates(values.startDate, values.endDate);
    setProblems(found);
    setFailure(undefined);
    if (Object.keys(found).length === 0) save.mutate();
  };

  // The button pressed goes with the message: focus moves to the first field it filled in.
  const takeCurrent = (current: NetworkMember) => {
    setValues(valuesOf(current));
    setVersion(current.version);
    setFailure(undefined);
    focusLater(`${roleId}_button`);
  };

  return (
    <form id={formId} noValidate onSubmit={submit}>
      {failure && (
        // Each submit clears it, so every failed save appears anew, takes focus and is read out.
        <FocusAlert>
          <FormAlert error={failure.error}>
            {failure.current && <ConflictHelp current={failure.current} onTake={takeCurrent} />}
          </FormAlert>
        </FocusAlert>
      )}
      <Paragraph mb="m">{displayName(member.organisation, lang)}</Paragraph>
      <SelectField
        id={roleId}
        label={t('networks.members.role')}
        value={values.role}
        onChange={(next) => {
          const role = networkMemberRoles.find((r) => r === next);
          if (role) setValues({ ...values, role });
        }}
        options={networkMemberRoles.map((r) => ({ value: r, label: t(`networks.roles.${r}`) }))}
      />
      <DateFields
        idPrefix={idPrefix}
        values={values}
        onChange={(dates) => setValues({ ...values, ...dates })}
        problems={problems}
        announce
      />
    </form>
  );
}

interface MemberModalProps {
  networkId: string;
  member: NetworkMember;
  onClose: () => void;
  onSaved: (member: NetworkMember) => void;
}

/** Changes a member's role and dates in a dialog. */
export function MemberModal({ networkId, member, onClose, onSaved }: MemberModalProps) {
  const { t } = useTranslation();
  const busy = useIsMutating({ mutationKey: saveKey }) > 0;
  return (
    <FormModal
      visible
      title={t('networks.members.edit.title')}
      submitText={t('networks.members.edit.save')}
      busy={busy}
      onCancel={onClose}
    >
      {(formId) => (
        <MemberForm networkId={networkId} member={member} formId={formId} onSaved={onSaved} />
      )}
    </FormModal>
  );
}
