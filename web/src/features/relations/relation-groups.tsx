import { useId } from 'react';
import { styled } from 'styled-components';
import { Button, Heading, StaticChip, suomifiDesignTokens } from 'suomifi-ui-components';
import { pagePath } from '../../../../common/routes.js';
import type { Relation } from '../../../../common/schemas/relations.js';
import { useLang } from '../../i18n/use-lang.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { AppLink } from '../../ui/app-link.js';
import { RuledList } from '../../ui/ruled-list.js';
import { usePeriod } from '../projects/project-list.js';
import { groupByPerspective, otherSide, type Perspective } from './perspectives.js';
import { useRelationSentence } from './sentence.js';

const { spacing } = suomifiDesignTokens;

const Line = styled.p`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${spacing.xs} ${spacing.s};
  margin: 0;
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${spacing.s};
  margin-top: ${spacing.s};
`;

/** What the reader does with one relation; the section around the list carries them out. */
interface RelationActions {
  onConfirm: (relation: Relation) => void;
  onEditDates: (relation: Relation) => void;
  onRemove: (relation: Relation) => void;
  /** The relation whose confirmation is on its way, if any. */
  confirming?: string | undefined;
}

interface EntryProps extends RelationActions {
  relation: Relation;
  organisationId: string;
}

/** The other organisation as a link, the dates, the state, and what the reader may do. */
function RelationEntry({ relation: r, organisationId, ...actions }: EntryProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const period = usePeriod();
  const sentence = useRelationSentence();
  const other = otherSide(r, organisationId);
  const when = period(r.startDate, r.endDate);
  // Buttons of many entries are told apart by the relation they act on.
  const named = { relation: sentence(r) };
  const loading =
    actions.confirming === r.id
      ? { loading: true as const, ariaLoadingText: t('form.sending') }
      : {};
  return (
    <li>
      <Line>
        <AppLink to={pagePath('organisation', lang, { id: other.id })}>{other.name}</AppLink>
        {when && <span>{when}</span>}
        {r.state === 'proposed' && <StaticChip>{t('relations.proposed')}</StaticChip>}
      </Line>
      {(r.canConfirm || r.canEdit) && (
        <Actions>
          {r.canConfirm && (
            <Button
              variant="secondary"
              onClick={() => actions.onConfirm(r)}
              aria-label={t('relations.actions.confirmNamed', named)}
              {...loading}
            >
              {t('relations.actions.confirm')}
            </Button>
          )}
          {r.canEdit && (
            <>
              <Button
                variant="secondary"
                onClick={() => actions.onEditDates(r)}
                aria-label={t('relations.actions.editDatesNamed', named)}
              >
                {t('relations.actions.editDates')}
              </Button>
              <Button
                variant="secondary"
                onClick={() => actions.onRemove(r)}
                aria-label={t('relations.actions.removeNamed', named)}
              >
                {t('relations.actions.remove')}
              </Button>
            </>
          )}
        </Actions>
      )}
    </li>
  );
}

interface GroupProps extends RelationActions {
  perspective: Perspective;
  relations: Relation[];
  organisationId: string;
}

/** One way of relating, "Rahoittajat", as a heading that also names the list under it. */
function RelationGroup({ perspective, relations, organisationId, ...actions }: GroupProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <>
      <Heading variant="h3" id={headingId} mb="xs">
        {t(`relations.groups.${perspective}`, { count: relations.length })}
      </Heading>
      <RuledList aria-labelledby={headingId}>
        {relations.map((r) => (
          <RelationEntry key={r.id} relation={r} organisationId={organisationId} {...actions} />
        ))}
      </RuledList>
    </>
  );
}

interface RelationGroupsProps extends RelationActions {
  relations: Relation[];
  organisationId: string;
}

/** An organisation's relations grouped by how they read from its side. */
export function RelationGroups({ relations, organisationId, ...actions }: RelationGroupsProps) {
  return groupByPerspective(relations, organisationId).map((group) => (
    <RelationGroup
      key={group.perspective}
      perspective={group.perspective}
      relations={group.relations}
      organisationId={organisationId}
      {...actions}
    />
  ));
}
