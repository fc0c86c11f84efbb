import { useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Paragraph } from 'suomifi-ui-components';
import type { Relation } from '../../../../common/schemas/relations.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { FocusAlert } from '../../ui/focus-alert.js';
import { displayDate, isoDate } from '../../ui/form/dates.js';
import { useFocusAfterRender } from '../../ui/form/editable-list.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { FormModal } from '../../ui/form-modal.js';
import { usePeriod } from '../projects/project-list.js';
import { conflictingRelation, refreshRelations, relationApi } from './api.js';
import { DateFields, type DateValues, dateFieldIds } from './date-fields.js';
import { checkDates, type RelationProblems, serverProblems } from './problems.js';
import { useRelationSentence } from './sentence.js';

const saveKey = ['relations', 'updateDates'];
const idPrefix = 'relation-edit';

const datesOf = (r: Relation): DateValues => ({
  startDate: displayDate(r.startDate),
  endDate: displayDate(r.endDate),
});

/** Someone changed the relation meanwhile: what is saved now, and a way to start from it. */
function ConflictHelp({ current, onTake }: { current: Relation; onTake: (r: Relation) => void }) {
  const { t } = useTranslation();
  const period = usePeriod();
  return (
    <>
      <Paragraph mb="s">
        {t('relations.edit.current', {
          period: period(current.startDate, current.endDate) || t('relations.edit.noDates'),
        })}
      </Paragraph>
      <Button variant="secondary" onClick={() => onTake(current)}>
        {t('relations.edit.takeCurrent')}
      </Button>
    </>
  );
}

interface DatesFormProps {
  relation: Relation;
  formId: string;
  onSaved: (relation: Relation) => void;
}

function DatesForm({ relation, formId, onSaved }: DatesFormProps) {
  const lang = useLang();
  const queryClient = useQueryClient();
  const sentence = useRelationSentence();
  const focusLater = useFocusAfterRender();
  const [values, setValues] = useState(() => datesOf(relation));
  const [version, setVersion] = useState(relation.version);
  const [problems, setProblems] = useState<RelationProblems>({});
  // A refusal not about the dates, and the relation as saved now when it was a version conflict.
  const [failure, setFailure] = useState<{ error: unknown; current?: Relation | undefined }>();

  const save = useMutation({
    mutationKey: saveKey,
    mutationFn: () =>
      relationApi.updateDates(lang, relation.id, {
        startDate: isoDate(values.startDate),
        endDate: isoDate(values.endDate),
        version,
      }),
    onSuccess: async (saved) => {
      await refreshRelations(queryClient);
      onSaved(saved);
    },
    onError: async (error) => {
      const fields = serverProblems(error);
      setProblems(fields ?? {});
      if (fields) return setFailure(undefined);
      const current = await conflictingRelation(error);
      if (current) void refreshRelations(queryClient);
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

  // The button pressed goes with the message: focus moves to the first of the dates it filled in.
  const takeCurrent = (current: Relation) => {
    setValues(datesOf(current));
    setVersion(current.version);
    setFailure(undefined);
    focusLater(dateFieldIds(idPrefix).startDate);
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
      <Paragraph mb="m">{sentence(relation)}</Paragraph>
      <DateFields
        idPrefix={idPrefix}
        values={values}
        onChange={setValues}
        problems={problems}
        announce
      />
    </form>
  );
}

interface DatesModalProps {
  relation: Relation;
  onClose: () => void;
  onSaved: (relation: Relation) => void;
}

/** Changes a relation's dates in a dialog; the sides and the type make another relation. */
export function DatesModal({ relation, onClose, onSaved }: DatesModalProps) {
  const { t } = useTranslation();
  const busy = useIsMutating({ mutationKey: saveKey }) > 0;
  return (
    <FormModal
      visible
      title={t('relations.edit.title')}
      submitText={t('relations.edit.save')}
      busy={busy}
      onCancel={onClose}
    >
      {(formId) => <DatesForm relation={relation} formId={formId} onSaved={onSaved} />}
    </FormModal>
  );
}
