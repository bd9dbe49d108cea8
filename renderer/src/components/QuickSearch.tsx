import { ActionIcon, Button, Group, Kbd, Loader, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { createSpotlight, Spotlight, type SpotlightStore } from '@mantine/spotlight';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../electron/api/contract';
import { unwrap, useApi, type ApiFailure } from '../api';
import { StatusBadge } from '../caseload/badges';
import '../caseload/caseload.css';
import { SearchIcon } from '../caseload/icons';
import { navigate } from '../router';
import { useSession } from '../session/SessionContext';

type Hits = MethodOutput<'search.quick'>;

const DEBOUNCE_MS = 150;

/**
 * Marks the first result as selected, as Spotlight does when the query changes; our results
 * arrive later (debounced, from the server), so it is done again when they land.
 */
function selectFirstResult(store: SpotlightStore): void {
  const { listId } = store.getState();
  const list = listId ? document.getElementById(listId) : null;
  if (!list) return;
  for (const element of list.querySelectorAll('[data-selected]')) element.removeAttribute('data-selected');
  const first = list.querySelector('[data-action]');
  first?.setAttribute('data-selected', 'true');
  store.updateState((state) => ({ ...state, selected: first ? 0 : -1 }));
}

/**
 * Ctrl+K (or the header button) finds a participant by name, ID digits or phone; Enter
 * opens the record. Facilitators work with workshops only and get no search.
 */
export function QuickSearch() {
  const { session } = useSession();
  if (session.role === 'facilitator') return null;
  return <QuickSearchDialog />;
}

function QuickSearchDialog() {
  const { t } = useTranslation();
  const api = useApi();
  // One store per mounted header: the typed text dies with it when the app locks.
  const [[store, dialog]] = useState(createSpotlight);

  // The physical K key, so the shortcut also works with the Hebrew layout (where K types ל).
  useHotkeys([['mod+K', () => dialog.open(), { preventDefault: true, usePhysicalKeys: true }]], []);

  return (
    <>
      {/* On a narrow window the header has room for the icon only; its name stays for screen readers. */}
      <ActionIcon
        variant="default"
        size="lg"
        hiddenFrom="sm"
        onClick={() => dialog.open()}
        aria-label={t('quickSearch.button')}
        aria-keyshortcuts="Control+K"
      >
        <SearchIcon />
      </ActionIcon>
      <Button
        visibleFrom="sm"
        variant="default"
        size="xs"
        leftSection={<SearchIcon />}
        rightSection={
          <Kbd size="xs" visibleFrom="md" dir="ltr">
            Ctrl K
          </Kbd>
        }
        onClick={() => dialog.open()}
        aria-keyshortcuts="Control+K"
        data-testid="quick-search-button"
      >
        {t('quickSearch.button')}
      </Button>
      <ParticipantSpotlight
        store={store}
        queryKey={['search.quick']}
        search={(q) => unwrap(api['search.quick']({ q }))}
        onPick={(hit) => navigate(`/participants/${hit.id}`)}
      />
    </>
  );
}

/** What a search hit shows: the name, and where known how it matched, the ID's last digits and the status. */
export interface SpotlightHit {
  id: number;
  firstName: string;
  lastName: string;
  idSuffix: string | null;
  status?: Hits[number]['status'];
  matchedOn?: Hits[number]['matchedOn'];
}

interface ParticipantSpotlightProps<H extends SpotlightHit> {
  store: SpotlightStore;
  /** The react-query key of the search method, so different sources keep separate caches. */
  queryKey: readonly unknown[] | string;
  search: (q: string) => Promise<H[]>;
  onPick: (hit: H) => void;
}

/**
 * The quick-search dialog itself (Spotlight, debounced server search, first hit selected so
 * Enter picks it), for any source of people: the header's record search, or a facilitator's
 * walk-in search at a drop-in session.
 */
export function ParticipantSpotlight<H extends SpotlightHit>({
  store,
  queryKey,
  search,
  onPick,
}: ParticipantSpotlightProps<H>) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [q] = useDebouncedValue(query.trim(), DEBOUNCE_MS);
  const results = useQuery<H[], ApiFailure>({
    queryKey: [...(typeof queryKey === 'string' ? [queryKey] : queryKey), { q }],
    queryFn: () => search(q),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
  const hits = useMemo(() => (q.length > 0 ? (results.data ?? []) : []), [q, results.data]);

  // New results replace the list; the first one is selected so Enter opens it.
  useEffect(() => {
    selectFirstResult(store);
  }, [hits, store]);

  return (
    <Spotlight.Root store={store} query={query} onQueryChange={setQuery} shortcut={null}>
      <Spotlight.Search
        placeholder={t('quickSearch.placeholder')}
        aria-label={t('quickSearch.label')}
        leftSection={<SearchIcon />}
        rightSection={results.isFetching ? <Loader size="xs" /> : null}
        data-testid="quick-search-input"
      />
      <Spotlight.ActionsList aria-label={t('quickSearch.results')} mah="60vh">
        {hits.map((hit) => (
          <Spotlight.Action
            key={hit.id}
            onClick={() => onPick(hit)}
            className="kesher-spotlight-hit"
            data-testid="quick-search-hit"
          >
            <Group justify="space-between" wrap="nowrap" w="100%" gap="md">
              <Stack gap={2}>
                <Text fw={600}>
                  <bdi>{t('participant.fullName', { first: hit.firstName, last: hit.lastName })}</bdi>
                </Text>
                <Text fz="xs" c="dimmed">
                  {hit.matchedOn && t(`quickSearch.matchedOn.${hit.matchedOn}`)}
                  {hit.idSuffix && (
                    <>
                      {hit.matchedOn && ' · '}
                      {t('quickSearch.idSuffix')} <span className="kesher-ltr">···{hit.idSuffix}</span>
                    </>
                  )}
                </Text>
              </Stack>
              {hit.status && <StatusBadge status={hit.status} size="sm" />}
            </Group>
          </Spotlight.Action>
        ))}
        {q.length > 0 && !results.isFetching && hits.length === 0 && (
          <Text c="dimmed" p="md" ta="center" role="status">
            {t('quickSearch.nothing')}
          </Text>
        )}
        {q.length === 0 && (
          <Text c="dimmed" p="md" fz="sm">
            {t('quickSearch.hint')}
          </Text>
        )}
        <VisuallyHidden role="status">
          {q.length > 0 ? t('quickSearch.count', { count: hits.length }) : ''}
        </VisuallyHidden>
      </Spotlight.ActionsList>
    </Spotlight.Root>
  );
}
