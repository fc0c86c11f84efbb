import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Paragraph } from 'suomifi-ui-components';
import type { OrganisationDetail } from '../../../../common/schemas/organisations.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { NoPermission } from '../auth/require-login.js';
import { orgApi, organisationKey, refreshOrganisation } from './api.js';
import { type Conflict, ConflictNotice, conflictOf } from './conflict-notice.js';
import { serverProblems } from './field-problems.js';
import { patchOf, reapply } from './form-diff.js';
import { toFormValues } from './form-values.js';
import { LogoSection, logoMaxKiB } from './logo-section.js';
import { MergeSection } from './merge-section.js';
import { OrganisationForm, useOrganisationForm } from './organisation-form.js';
import { OrganisationFrame } from './organisation-frame.js';
import { OrganisationLinks } from './organisation-links.js';

function EditForm({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  // The version the edits build on, and its values: what "changed" is measured against.
  const [base, setBase] = useState(organisation);
  const [original, setOriginal] = useState(() => toFormValues(organisation));
  const form = useOrganisationForm(() => toFormValues(organisation));
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Conflict>();
  const [saved, setSaved] = useState<'saved' | 'nothing'>();
  const [rebased, setRebased] = useState(0);

  const rebase = (latest: OrganisationDetail) => {
    const latestValues = toFormValues(latest);
    form.setValues((mine) => reapply(original, mine, latestValues));
    setOriginal(latestValues);
    setBase(latest);
  };

  const save = useMutation({
    mutationFn: (patch: NonNullable<ReturnType<typeof patchOf>>) =>
      orgApi.update(lang, base.id, { ...patch, version: base.version }),
    onSuccess: (updated) => {
      queryClient.setQueryData(organisationKey(updated.id), updated);
      refreshOrganisation(queryClient, updated.id);
      const values = toFormValues(updated);
      setBase(updated);
      setOriginal(values);
      form.setValues(values);
      setSaved('saved');
    },
    onError: (error) => {
      const found = conflictOf(error);
      setConflict(found);
      const fields = found ? undefined : serverProblems(error);
      setFailure(found || fields ? null : error);
      if (error instanceof ApiError && error.code === 'version_conflict') {
        refreshOrganisation(queryClient, base.id);
      }
      form.show(fields ?? {});
    },
  });

  const submit = () => {
    setSaved(undefined);
    setFailure(null);
    setConflict(undefined);
    if (!form.check()) return;
    const patch = patchOf(original, form.values);
    if (!patch) return setSaved('nothing');
    save.mutate(patch);
  };

  let alert = null;
  if (conflict) {
    alert = (
      <ConflictNotice
        conflict={conflict}
        onReapply={() => {
          rebase(conflict.current);
          setConflict(undefined);
          setRebased((n) => n + 1);
        }}
      />
    );
  } else if (failure) alert = <FormAlert error={failure} />;

  return (
    <>
      <OrganisationForm
        form={form}
        onSubmit={submit}
        submitText={t('orgForm.submitEdit')}
        busy={save.isPending}
        alert={alert}
        top={
          <>
            {base.state === 'pending' && <Paragraph mb="l">{t('orgForm.pendingNote')}</Paragraph>}
            {rebased > 0 && (
              <FocusMessage key={rebased} heading={t('orgForm.conflict.reappliedHeading')}>
                <Paragraph>{t('orgForm.conflict.reappliedText')}</Paragraph>
              </FocusMessage>
            )}
          </>
        }
        status={
          <div role="status">
            {saved && (
              <Paragraph>
                {saved === 'saved' ? t('orgForm.saved') : t('orgForm.nothingToSave')}
              </Paragraph>
            )}
          </div>
        }
      />
      <LogoSection
        name={organisation.name}
        logoUrl={organisation.logoUrl}
        texts={{
          none: t('orgForm.logo.none'),
          hint: t('orgForm.logo.hint', { max: logoMaxKiB }),
          confirmText: t('orgForm.logo.confirmText', { name: organisation.name }),
        }}
        put={(lang, file) => orgApi.putLogo(lang, organisation.id, file)}
        remove={(lang) => orgApi.deleteLogo(lang, organisation.id)}
        onChanged={() => refreshOrganisation(queryClient, organisation.id)}
      />
      {organisation.permissions.moderate && (
        <MergeSection
          organisation={organisation}
          onMerged={(survivor) => {
            queryClient.setQueryData(organisationKey(survivor.id), survivor);
            rebase(survivor);
          }}
        />
      )}
    </>
  );
}

/** Representatives and coordinators change an organisation's details. */
export function EditOrganisationPage() {
  const { t } = useTranslation();
  return (
    <OrganisationFrame
      title={(name) => (name ? t('orgForm.editTitle', { name }) : t('orgForm.editCrumb'))}
      crumb={t('orgForm.editCrumb')}
    >
      {(organisation) =>
        organisation.permissions.edit ? (
          <>
            <OrganisationLinks organisation={organisation} current="edit" />
            <EditForm key={organisation.id} organisation={organisation} />
          </>
        ) : (
          <NoPermission />
        )
      }
    </OrganisationFrame>
  );
}
