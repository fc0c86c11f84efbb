import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { pickText } from '../../../../common/languages.js';
import { useLang } from '../../i18n/use-lang.js';
import { regionListQuery } from '../regions/api.js';

export interface RegionOption {
  code: string;
  name: string;
}

/** The regions with names in the page language; until they load, codes stand for themselves. */
export function useRegionNames(): { options: RegionOption[]; nameOf: (code: string) => string } {
  const lang = useLang();
  const query = useQuery(regionListQuery(lang));
  return useMemo(() => {
    const options = (query.data?.items ?? []).map((region) => ({
      code: region.code,
      name: pickText(region.name, lang).text,
    }));
    const byCode = new Map(options.map((o) => [o.code, o.name]));
    return { options, nameOf: (code: string) => byCode.get(code) ?? code };
  }, [query.data, lang]);
}
