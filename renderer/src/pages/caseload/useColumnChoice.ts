import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { showApiError, useApi, useApiQuery } from '../../api';
import { DEFAULT_COLUMNS, isColumnId, type ColumnId } from './columns';

const PREF_KEY = 'caseload.columns';

/**
 * The columns this user chose, saved with the user on the server (prefs), so the choice
 * follows them to any PC of the centre and nothing is kept in the browser.
 */
export function useColumnChoice(): {
  ready: boolean;
  visible: readonly ColumnId[];
  setVisible: (next: readonly ColumnId[]) => void;
} {
  const api = useApi();
  const queryClient = useQueryClient();
  const input = { key: PREF_KEY };
  const saved = useApiQuery('prefs.get', input);
  const value = saved.data?.value;
  const visible = Array.isArray(value) ? value.filter(isColumnId) : DEFAULT_COLUMNS;

  const setVisible = useCallback(
    (next: readonly ColumnId[]) => {
      // Shown at once; the save follows, and a failed save is said, not silently lost. A load
      // still in flight would land after this and bring the old choice back, so it is cancelled.
      void queryClient.cancelQueries({ queryKey: ['prefs.get', { key: PREF_KEY }] });
      queryClient.setQueryData(['prefs.get', { key: PREF_KEY }], { value: [...next] });
      void api['prefs.set']({ key: PREF_KEY, value: [...next] }).then((result) => {
        if (result.ok) return;
        showApiError(result.error);
        void queryClient.invalidateQueries({ queryKey: ['prefs.get', { key: PREF_KEY }] });
      });
    },
    [api, queryClient],
  );

  return { ready: !saved.isPending, visible, setVisible };
}
