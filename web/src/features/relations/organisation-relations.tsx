import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import type { OrganisationDetail } from '../../../../common/schemas/organisations.js';
import type { Relation } from '../../../../common/schemas/relations.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { DelayedLoading } from '../../ui/delayed-loading.js';
import { ErrorBox } from '../../ui/error-box.js';
import { FocusAlert } from '../../ui/focus-alert.js';
import { FocusMessage } from '../../ui/focus-message.js';
import { useFocusAfterRender } from '../../ui/form/editable-list.js';
import { FormAlert } from '../../ui/form/form-alert.js';
import { Section } from '../../ui/section.js';
import { organisationRelationsQuery, refreshRelations, relationApi } from './api.js';
import { RelationGroups } from './relation-groups.js';
import { useRelationSentence } from './sentence.js';

// The form and the dialogs (date fields, a calendar, a search) come only to those who may use
// them; most readers of an organisation's page may not.
const loadEditing = () => import('./editing.js');
const AddRelationForm = lazy(() => loadEditing().then((m) => ({ default: m.AddRelationForm })));
const DatesModal = lazy(() => loadEditing().then((m) => ({ default: m.DatesModal })));
const RemoveModal = lazy(() => loadEditing().then((m) => ({ default: m.RemoveModal })));

const openAddId = 'relation-add-open';

interface Done {
  /** Grows with every message, so that a new one takes focus even when it reads the same. */
  key: number;
  heading: string;
  text?: string | undefined;
}

/**
 * An organisation's typed relations with other organisations, both ways, each worded from this
 * organisation's side. What the reader may do with each comes with it from the API; those who may
 * edit the organisation add new ones here.
 */
export function OrganisationRelations({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const sentence = useRelationSentence();
  const focusLater = useFocusAfterRender();
  const query = useQuery(organisationRelationsQuery(lang, organisation.id));
  const canAdd = organisation.permissions.edit;
  const mayAct = canAdd || (query.data?.items.some((r) => r.canEdit || r.canConfirm) ?? false);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Relation>();
  const [removing, setRemoving] = useState<Relation>();
  const [done, setDone] = useState<Done>();
  const say = (heading: string, text?: string) =>
    setDone((before) => ({ key: (before?.key ?? 0) + 1, heading, text }));

  // Fetched ahead for those who may act, so that the first button press opens at once.
  useEffect(() => {
    if (mayAct) void loadEditing();
  }, [mayAct]);

  const confirm = useMutation({
    mutationFn: (relation: Relation) => relationApi.confirm(lang, relation.id),
    // The list is fresh before the message takes focus, and the button pressed has gone.
    onSuccess: async (confirmed) => {
      await refreshRelations(queryClient);
      say(t('relations.done.confirmed', { relation: sentence(confirmed) }));
    },
  });

  const startAction = () => {
    setDone(undefined);
    confirm.reset();
  };
  // An empty list says what the reader can do next; with the form open, the form says it.
  const whatNext = !canAdd ? t('relations.emptyAsk') : adding ? '' : t('relations.emptyCanAdd');

  return (
    <Section aria-labelledby="relations-heading">
      <Heading variant="h2" id="relations-heading" mb="m">
        {t('relations.heading')}
      </Heading>
      {done && (
        <FocusMessage key={done.key} heading={done.heading}>
          {done.text && <Paragraph>{done.text}</Paragraph>}
        </FocusMessage>
      )}
      {confirm.isError && (
        <FocusAlert>
          <FormAlert error={confirm.error} />
        </FocusAlert>
      )}
      {query.isPending && <DelayedLoading />}
      {query.isError && <ErrorBox error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && query.data.total === 0 && (
        <Paragraph mb="l">
          {t('relations.empty')} {whatNext}
        </Paragraph>
      )}
      {query.isSuccess && (
        <RelationGroups
          relations={query.data.items}
          organisationId={organisation.id}
          confirming={confirm.isPending ? confirm.variables.id : undefined}
          onConfirm={(relation) => {
            startAction();
            confirm.mutate(relation);
          }}
          onEditDates={(relation) => {
            startAction();
            setEditing(relation);
          }}
          onRemove={(relation) => {
            startAction();
            setRemoving(relation);
          }}
        />
      )}
      {query.isSuccess && query.data.total > query.data.items.length && (
        <Paragraph mb="l">
          {t('relations.moreThanShown', {
            shown: query.data.items.length,
            total: query.data.total,
          })}
        </Paragraph>
      )}
      <Suspense fallback={<DelayedLoading />}>
        {canAdd &&
          (adding ? (
            <AddRelationForm
              organisationId={organisation.id}
              onAdded={(relation) => {
                setAdding(false);
                if (relation.state === 'confirmed') {
                  say(t('relations.done.addedConfirmed', { relation: sentence(relation) }));
                } else {
                  say(
                    t('relations.done.addedProposed', { relation: sentence(relation) }),
                    t('relations.done.addedProposedText'),
                  );
                }
              }}
              onCancel={() => {
                setAdding(false);
                focusLater(openAddId);
              }}
            />
          ) : (
            <Button
              id={openAddId}
              variant="secondary"
              onClick={() => {
                startAction();
                setAdding(true);
              }}
            >
              {t('relations.add.open')}
            </Button>
          ))}
        {/* The dialogs are there only while open; closing gives focus back to what opened them. */}
        {editing && (
          <DatesModal
            relation={editing}
            onClose={() => setEditing(undefined)}
            onSaved={(saved) => {
              setEditing(undefined);
              say(t('relations.done.datesSaved', { relation: sentence(saved) }));
            }}
          />
        )}
        {removing && (
          <RemoveModal
            relation={removing}
            onCancel={() => setRemoving(undefined)}
            onRemoved={(removed) => {
              setRemoving(undefined);
              say(t('relations.done.removed', { relation: sentence(removed) }));
            }}
          />
        )}
      </Suspense>
    </Section>
  );
}
