import { Alert } from '@mantine/core';
import { QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi } from '../../api';

/** How often a client PC looks again whether the centre PC answers. */
export const HOST_RETRY_MS = 5000;

/**
 * Whether this PC reaches the centre PC is not the signed-in person's data, so it is kept out
 * of the session's query cache: a lock empties that cache and must leave it empty, while this
 * status keeps being asked through the lock.
 */
const connectionCache = new QueryClient({ defaultOptions: { queries: { retry: false } } });

/**
 * On a PC working on the centre PC's store, when the centre PC stops answering (seen within
 * HOST_RETRY_MS even while nobody works on this PC): one sentence
 * held at the bottom of every screen, and a call to the centre PC every few seconds (`retry`,
 * auth.status) so the PC notices on its own when it is back and picks up where it was.
 * Nothing is shown on the centre PC itself or on a PC with its own store (lan.clientStatus
 * is refused there).
 */
export function HostUnreachableBanner({ retry }: { retry: () => Promise<void> }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const status = useQuery(
    {
      queryKey: ['lan.clientStatus', {}],
      queryFn: async () => {
        const status = await unwrap(api['lan.clientStatus']({}));
        if (status.mode !== 'client') return status;
        // `reachable` is what the last forwarded call found: an idle PC makes one, so that it
        // learns the centre PC has gone before its user's next click does.
        await api['system.ping']({ echo: '' });
        return unwrap(api['lan.clientStatus']({}));
      },
      refetchInterval: (query) => (query.state.status === 'error' ? false : HOST_RETRY_MS),
    },
    connectionCache,
  );
  const unreachable = status.data?.mode === 'client' && status.data.reachable === false;

  // While the centre PC is away, this PC keeps asking it; its answer flips `reachable` back.
  const retryRef = useRef(retry);
  useEffect(() => {
    retryRef.current = retry;
  });
  useEffect(() => {
    if (!unreachable) return;
    const timer = window.setInterval(() => void retryRef.current(), HOST_RETRY_MS);
    return () => window.clearInterval(timer);
  }, [unreachable]);
  // Back: the session is asked again (signed out if the centre PC restarted) and the page's
  // reads are fetched again, so the user carries on where they were.
  const wasUnreachable = useRef(false);
  useEffect(() => {
    if (wasUnreachable.current && !unreachable) {
      void retryRef.current();
      void queryClient.invalidateQueries();
    }
    wasUnreachable.current = unreachable;
  }, [unreachable, queryClient]);

  return (
    <div role="status" className="kesher-host-banner">
      {unreachable && (
        <Alert color="orange.9" variant="filled" radius={0} data-testid="lan-host-unreachable">
          {t('lan.client.unreachable')}
        </Alert>
      )}
    </div>
  );
}
