import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { showApiError, useApi, useApiQuery } from '../../api';
import { DEFAULT_COLUMNS, isColumnId, type ColumnId } from './columns';

const PREF_KEY = 'caseload.columns';
const QUERY_KEY = ['prefs.get', { key: PREF_KEY }] as const;

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
  const saved = useApiQuery('prefs.get', { key: PREF_KEY });
  // The choice made on this page wins over whatever the server query holds: a load or a
  // cancelled refetch that lands after a click must not bring the old columns back.
  const [chosen, setChosen] = useState<readonly ColumnId[] | null>(null);
  const value = saved.data?.value;
  const fromServer = Array.isArray(value) ? value.filter(isColumnId) : DEFAULT_COLUMNS;
  const visible = chosen ?? fromServer;

  const setVisible = useCallback(
    (next: readonly ColumnId[]) => {
      setChosen(next);
      void api['prefs.set']({ key: PREF_KEY, value: [...next] }).then((result) => {
        if (result.ok) {
          queryClient.setQueryData(QUERY_KEY, { value: [...next] });
          return;
        }
        // A failed save is said, not silently lost, and the table shows what is really saved.
        showApiError(result.error);
        setChosen(null);
        void queryClient.invalidateQueries({ queryKey: QUERY_KEY });
      });
    },
    [api, queryClient],
  );

  return { ready: !saved.isPending, visible, setVisible };
}
