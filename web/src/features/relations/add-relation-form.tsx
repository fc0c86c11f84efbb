import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { Button, Heading, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import type { Relation } from '../../../../common/schemas/relations.js';
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
import { type NewRelation, refreshRelations, relationApi } from './api.js';
import { DateFields, type DateValues, dateFieldIds } from './date-fields.js';
import { isPerspective, type Perspective, perspectives, sidesOf } from './perspectives.js';
import { checkDates, type RelationProblems, serverProblems, useProblemText } from './problems.js';

const perspectiveId = 'relation-perspective';
/** The library gives the dropdown's button, which takes focus, the field's id with `_button`. */
const perspectiveButtonId = `${perspectiveId}_button`;
const otherFieldId = 'relation-other';
const dateIds = dateFieldIds('relation-new');

interface Chosen {
  id: string;
  name: string;
}

interface AddRelationFormProps {
  organisationId: string;
  onAdded: (relation: Relation) => void;
  onCancel: () => void;
}

/**
 * A new relation as this organisation's side sees it ("is funded by" the other one), the other
 * organisation found by a search of the registry, and optional dates.
 */
export function AddRelationForm({ organisationId, onAdded, onCancel }: AddRelationFormProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const problemText = useProblemText();
  const [perspective, setPerspective] = useState<Perspective | ''>('');
  const [other, setOther] = useState<Chosen>();
  const [dates, setDates] = useState<DateValues>({ startDate: '', endDate: '' });
  const [problems, setProblems] = useState<RelationProblems>({});
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  // The form appears on a button press: focus moves from the vanished button to its first field.
  useEffect(() => {
    document.getElementById(perspectiveButtonId)?.focus();
  }, []);

  const show = (found: RelationProblems, general: unknown = null) => {
    setProblems(found);
    setError(general);
    setAttempt((n) => n + 1);
  };

  const create = useMutation({
    mutationFn: (body: NewRelation) => relationApi.create(lang, body),
    // The list is fresh before the form goes, so the message that takes focus speaks of what shows.
    onSuccess: async (relation) => {
      await refreshRelations(queryClient);
      onAdded(relation);
    },
    onError: (failure) => {
      const fields = serverProblems(failure);
      show(fields ?? {}, fields ? null : failure);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const found: RelationProblems = {
      ...(perspective ? {} : { perspective: 'perspectiveRequired' }),
      ...(other ? {} : { other: 'organisationRequired' }),
      ...checkDates(dates.startDate, dates.endDate),
    };
    if (!perspective || !other || Object.keys(found).length > 0) return show(found);
    setProblems({});
    setError(null);
    create.mutate({
      ...sidesOf(perspective, organisationId, other.id),
      startDate: isoDate(dates.startDate),
      endDate: isoDate(dates.endDate),
    });
  };

  const labels = {
    perspective: t('relations.add.perspective'),
    other: t('relations.add.other'),
    startDate: t('relations.dates.start'),
    endDate: t('relations.dates.end'),
  };
  const problemOf = (field: keyof RelationProblems) => {
    const problem = problems[field];
    return problem && problemText(problem);
  };
  const asText = (field: keyof RelationProblems) => {
    const text = problemOf(field);
    return text ? { text } : undefined;
  };

  return (
    <FormColumn noValidate onSubmit={submit}>
      <UntilReady>
        <Heading variant="h3" mb="s">
          {t('relations.add.heading')}
        </Heading>
        <Paragraph mb="m">{t('relations.add.intro')}</Paragraph>
        <FormProblems
          attempt={attempt}
          error={error}
          headingVariant="h4"
          fields={[
            { id: perspectiveButtonId, label: labels.perspective, message: asText('perspective') },
            { id: otherFieldId, label: labels.other, message: asText('other') },
            { id: dateIds.startDate, label: labels.startDate, message: asText('startDate') },
            { id: dateIds.endDate, label: labels.endDate, message: asText('endDate') },
          ]}
        />
        <SelectField
          id={perspectiveId}
          label={labels.perspective}
          hint={t('relations.add.perspectiveHint')}
          placeholder={t('relations.add.perspectivePlaceholder')}
          value={perspective}
          onChange={(next) => {
            if (isPerspective(next)) setPerspective(next);
          }}
          options={perspectives.map((p) => ({ value: p, label: t(`relations.add.choices.${p}`) }))}
          problem={problemOf('perspective')}
        />
        <OrganisationSearch
          id={otherFieldId}
          label={labels.other}
          hint={t('relations.add.otherHint')}
          searchText={t('relations.add.search')}
          foundText={(count, q) => t('relations.add.found', { count, q })}
          problem={problemOf('other')}
        >
          {(found) => (
            <RadioButtonGroup
              name="relation-other-choice"
              labelText={t('relations.add.results')}
              value={other?.id ?? ''}
              onChange={(id) => {
                const picked = found.find((o) => o.id === id);
                if (picked) setOther({ id: picked.id, name: displayName(picked, lang) });
              }}
              mb="m"
            >
              {found.map((o) => (
                // The organisation itself is listed, so the count adds up, but cannot be chosen.
                <RadioButton key={o.id} value={o.id} disabled={o.id === organisationId}>
                  {o.id === organisationId
                    ? t('relations.add.thisOne', { name: displayName(o, lang) })
                    : displayName(o, lang)}
                </RadioButton>
              ))}
            </RadioButtonGroup>
          )}
        </OrganisationSearch>
        {other && <Paragraph mb="l">{t('relations.add.chosen', { name: other.name })}</Paragraph>}
        <DateFields
          idPrefix="relation-new"
          values={dates}
          onChange={setDates}
          problems={problems}
        />
        <FormActions>
          <SubmitButton busy={create.isPending}>{t('relations.add.submit')}</SubmitButton>
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </FormActions>
      </UntilReady>
    </FormColumn>
  );
}
