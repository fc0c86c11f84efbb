import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Ecosystem } from '../../../../../common/schemas/ecosystems.js';
import { useLang } from '../../../i18n/use-lang.js';
import { DelayedLoading } from '../../../ui/delayed-loading.js';
import { ErrorBox } from '../../../ui/error-box.js';
import { regionEcosystemQuery } from '../api.js';

/**
 * A section's part of the region's ecosystem, once it is there. The sections share one request;
 * each says for itself that it is loading or failed, under its own heading.
 */
export function WithEcosystem({
  code,
  children,
}: {
  code: string;
  children: (ecosystem: Ecosystem) => ReactNode;
}) {
  const lang = useLang();
  const query = useQuery(regionEcosystemQuery(code, lang));
  if (query.isPending) return <DelayedLoading />;
  if (query.isError) return <ErrorBox error={query.error} onRetry={() => void query.refetch()} />;
  return children(query.data);
}
