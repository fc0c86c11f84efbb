import { useCallback } from 'react';
import type { Relation } from '../../../../common/schemas/relations.js';
import { useTranslation } from '../../i18n/use-translation.js';

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
