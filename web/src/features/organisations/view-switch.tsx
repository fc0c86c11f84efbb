import { useLocation } from 'react-router';
import { useTranslation } from '../../i18n/use-translation.js';
import { ViewChoice } from '../../ui/view-choice.js';
import { type DirectoryState, type DirectoryView, directoryHref } from './search-state.js';

interface ViewSwitchProps {
  state: DirectoryState;
  /** On a phone, beside the filters button: the label is for screen readers only. */
  compact?: boolean;
}

/** The directory's list or its map: the address's `view` changes, the search stays. */
export function ViewSwitch({ state, compact = false }: ViewSwitchProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const views: DirectoryView[] = ['list', 'map'];
  return (
    <ViewChoice
      label={t('directory.view.label')}
      options={views.map((view) => ({
        id: view,
        label: t(`directory.view.${view}`),
        to: directoryHref(pathname, { ...state, view }),
      }))}
      current={state.view ?? 'list'}
      compact={compact}
    />
  );
}
