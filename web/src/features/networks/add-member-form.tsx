import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { Button, Heading, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { type NetworkMemberRole, networkMemberRoles } from '../../../../common/network-fields.js';
import type { NetworkMember } from '../../../../common/schemas/networks.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { isoDate } from '../../ui/form/dates.js';
import { FormActions, FormColumn } from '../../ui/form/form-layout.js';
import { FormProblems } from '../../ui/form/form-problems.js';
import { SelectField } from '../../ui/form/select-field.js';
import { SubmitButton } from '../../ui/form/submit-button.js';
import { UntilReady } from '../../ui/form/until-ready.js';
import { displayName } from '../organisations/labels.js';
import { OrganisationSearch } from '../organisations/organisation-search.js';
import { DateFields, type DateValues, dateFieldIds } from '../relations/date-fields.js';
import { checkDates } from '../relations/problems.js';
import { refreshNetworks } from './api.js';
import { memberApi } from './member-api.js';
import {
  type MemberProblem,
  type MemberProblems,
  serverMemberProblems,
  useMemberProblemText,
} from './member-problems.js';

const searchId = 'member-organisation';
const roleId = 'member-role';
/** The library gives the dropdown's button, which takes focus, the field's id with `_button`. */
const roleButtonId = `${roleId}_button`;
const dateIds = dateFieldIds('member-new');

const isRole = (value: string): value is NetworkMemberRole =>
  (networkMemberRoles as readonly string[]).includes(value);

interface AddMemberFormProps {
  networkId: string;
  /** The organisations that are members already: found, but not to be chosen again. */
  memberIds: Set<string>;
  onAdded: (member: NetworkMember) => void;
  onCancel: () => void;
}

/** A new member: an organisation found by a search of the registry, its role, optional dates. */
export function AddMemberForm({ networkId, memberIds, onAdded, onCancel }: AddMemberFormProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const problemText = useMemberProblemText();
  const [chosen, setChosen] = useState<{ id: string; name: string }>();
  const [role, setRole] = useState<NetworkMemberRole>('member');
  const [dates, setDates] = useState<DateValues>({ startDate: '', endDate: '' });
  const [problems, setProblems] = useState<MemberProblems>({});
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  // The form appears on a button press: focus moves from the vanished button to its first field.
  useEffect(() => {
    document.getElementById(searchId)?.focus();
  }, []);

  const show = (found: MemberProblems, general: unknown = null) => {
    setProblems(found);
    setError(general);
    setAttempt((n) => n + 1);
  };

  const add = useMutation({
    mutationFn: (organisationId: string) =>
      memberApi.add(lang, networkId, {
        organisationId,
        role,
        startDate: isoDate(dates.startDate),
        endDate: isoDate(dates.endDate),
      }),
    // The lists are fresh before the form goes, so the message that takes focus speaks of them.
    onSuccess: async (member) => {
      await refreshNetworks(queryClient);
      onAdded(member);
    },
    onError: (failure) => {
      const fields = serverMemberProblems(failure);
      show(fields ?? {}, fields ? null : failure);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    const found: MemberProblems = {
      ...(chosen ? {} : { organisation: 'organisationRequired' }),
      ...checkDates(dates.startDate, dates.endDate),
    };
    if (!chosen || Object.keys(found).length > 0) return show(found);
    setProblems({});
    setError(null);
    add.mutate(chosen.id);
  };

  const asText = (problem: MemberProblem | undefined) =>
    problem ? { text: problemText(problem) } : undefined;
  const labels = {
    organisation: t('networks.members.add.organisation'),
    role: t('networks.members.role'),
  };

  return (
    <FormColumn noValidate onSubmit={submit}>
      <UntilReady>
        <Heading variant="h3" mb="s">
          {t('networks.members.add.heading')}
        </Heading>
        <FormProblems
          attempt={attempt}
          error={error}
          headingVariant="h4"
          fields={[
            { id: searchId, label: labels.organisation, message: asText(problems.organisation) },
            { id: roleButtonId, label: labels.role, message: asText(problems.role) },
            {
              id: dateIds.startDate,
              label: t('relations.dates.start'),
              message: asText(problems.startDate),
            },
            {
              id: dateIds.endDate,
              label: t('relations.dates.end'),
              message: asText(problems.endDate),
            },
          ]}
        />
        <OrganisationSearch
          id={searchId}
          label={labels.organisation}
          hint={t('networks.members.add.hint')}
          searchText={t('networks.members.add.search')}
          foundText={(count, q) => t('networks.members.add.found', { count, q })}
          problem={problems.organisation && problemText(problems.organisation)}
        >
          {(found) => (
            <RadioButtonGroup
              name="member-organisation-choice"
              labelText={t('networks.members.add.results')}
              value={chosen?.id ?? ''}
              onChange={(id) => {
                const picked = found.find((o) => o.id === id);
                if (picked) setChosen({ id: picked.id, name: displayName(picked, lang) });
              }}
              mb="m"
            >
              {found.map((o) => (
                // A member already is listed, so the count adds up, but cannot be chosen again.
                <RadioButton key={o.id} value={o.id} disabled={memberIds.has(o.id)}>
                  {memberIds.has(o.id)
                    ? t('networks.members.add.already', { name: displayName(o, lang) })
                    : displayName(o, lang)}
                </RadioButton>
              ))}
            </RadioButtonGroup>
          )}
        </OrganisationSearch>
        {chosen && (
          <Paragraph mb="l">{t('networks.members.add.chosen', { name: chosen.name })}</Paragraph>
        )}
        <SelectField
          id={roleId}
          label={labels.role}
          value={role}
          onChange={(next) => {
            if (isRole(next)) setRole(next);
          }}
          options={networkMemberRoles.map((r) => ({ value: r, label: t(`networks.roles.${r}`) }))}
          problem={problems.role && problemText(problems.role)}
        />
        <DateFields idPrefix="member-new" values={dates} onChange={setDates} problems={problems} />
        <FormActions>
          <SubmitButton busy={add.isPending}>{t('networks.members.add.submit')}</SubmitButton>
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </FormActions>
      </UntilReady>
    </FormColumn>
  );
}
