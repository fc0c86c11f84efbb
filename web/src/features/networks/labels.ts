import type { TFunction } from 'i18next';
import { type Lang, pickText } from '../../../../common/languages.js';
import type { NetworkSummary } from '../../../../common/schemas/networks.js';

/** What a network is and where: "Alueellinen verkosto · Uusimaa, Pirkanmaa". */
export function kindAndPlace(
  n: Pick<NetworkSummary, 'kind' | 'regions'>,
  t: TFunction,
  lang: Lang,
): string {
  const where = n.regions.map((r) => pickText(r.name, lang).text).join(', ');
  return [t(`networks.kinds.${n.kind}`), where].filter(Boolean).join(' · ');
}
