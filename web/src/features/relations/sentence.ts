import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Relation } from '../../../../common/schemas/relations.js';

/** A relation as a sentence in the page language: "A rahoittaa organisaatiota B". */
export function useRelationSentence(): (
  relation: Pick<Relation, 'type' | 'from' | 'to'>,
) => string {
  const { t } = useTranslation();
  return useCallback(
    (r) => t(`relations.sentence.${r.type}`, { from: r.from.name, to: r.to.name }),
    [t],
  );
}
