import { useState } from 'react';
import { isUuid } from '../../../../common/uuid.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { FilterForm, fromChoice, toChoice, withAll } from '../../ui/filter-form.js';
import { collect, type FieldMessage, hasErrors } from '../../ui/form/field-errors.js';
import { FormProblems } from '../../ui/form/form-problems.js';
import { SelectField } from '../../ui/form/select-field.js';
import { TextField } from '../../ui/form/text-field.js';
import { useFormProblems } from '../../ui/form/use-form-problems.js';
import type { AuditFilters } from './api.js';
import { auditActions, isKnownAction, type KnownAction } from './audit-actions.js';

const kinds = { actorId: 'other' } as const;

function checkUuid(value: string): FieldMessage | undefined {
  return value.trim() && !isUuid(value.trim()) ? 'idFormat' : undefined;
}

interface AuditFilterFormProps {
  filters: AuditFilters;
  onApply: (next: AuditFilters) => void;
}

/** Filters of the audit log: what happened, who did it, to what. */
export function AuditFilterForm({ filters, onApply }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const [action, setAction] = useState(filters.action);
  const [actorId, setActorId] = useState(filters.actorId);
  const [targetId, setTargetId] = useState(filters.targetId);
  const problems = useFormProblems(kinds);

  const apply = () => {
    const errors = collect({ actorId: checkUuid(actorId) });
    if (hasErrors(errors)) return problems.show(errors);
    problems.clear();
    onApply({ action: action.trim(), actorId: actorId.trim(), targetId: targetId.trim(), page: 1 });
  };

  return (
    <FilterForm
      label={t('admin.audit.filtersLabel')}
      onSubmit={apply}
      problems={
        <FormProblems
          attempt={problems.attempt}
          fields={[
            {
              id: 'audit-actor',
              label: t('admin.audit.actorId'),
              message: problems.fieldErrors.actorId,
            },
          ]}
        />
      }
    >
      <SelectField
        id="audit-action"
        label={t('admin.audit.action')}
        value={toChoice(action)}
        onChange={(value) => setAction(fromChoice(value))}
        options={withAll(t('admin.audit.allActions'), [
          // An action from the URL that this version does not know is kept, by its code.
          ...(action && !isKnownAction(action) ? [{ value: action, label: action }] : []),
          ...(Object.keys(auditActions) as KnownAction[]).map((code) => ({
            value: code,
            label: t(auditActions[code]),
          })),
        ])}
      />
      <TextField
        id="audit-actor"
        label={t('admin.audit.actorId')}
        hintText={t('admin.audit.actorHint')}
        value={actorId}
        onChange={setActorId}
        message={problems.fieldErrors.actorId}
      />
      <TextField
        id="audit-target"
        label={t('admin.audit.targetId')}
        hintText={t('admin.audit.targetHint')}
        value={targetId}
        onChange={setTargetId}
      />
    </FilterForm>
  );
}
