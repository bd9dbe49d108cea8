import { Button, CloseButton, Group, Paper, Pill, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import { showApiError, showSuccess, unwrap, useApi, useApiAction, type ApiFailure } from '../../api';
import { StatusBadge } from '../../caseload/badges';
import { SearchIcon } from '../../caseload/icons';
import { fullName } from '../frontdesk/common/labels';

type Hit = MethodOutput<'search.quick'>[number];

/**
 * Adds several people to a run by the same quick search the header uses (name, ID digits or
 * phone): Enter takes the first match, so a list is typed in name by name; one button enrols
 * them all. People already on the roster or the wait list are not offered again.
 */
export function EnrolPicker({ instanceId, onRoster }: { instanceId: number; onRoster: ReadonlySet<number> }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const enrol = useApiAction('workshops.enrol');
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 150);
  const [chosen, setChosen] = useState<Hit[]>([]);
  const results = useQuery<MethodOutput<'search.quick'>, ApiFailure>({
    queryKey: ['search.quick', { q }],
    queryFn: () => unwrap(api['search.quick']({ q })),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
  const hits =
    q.length > 0 && text.trim() === q
      ? (results.data ?? []).filter(
          (h) => !onRoster.has(h.id) && !chosen.some((c) => c.id === h.id) && h.status !== 'exited',
        )
      : [];

  const take = (hit: Hit) => {
    setChosen((list) => [...list, hit]);
    setText('');
  };

  const submit = async () => {
    const result = await enrol.run({ instanceId, participantIds: chosen.map((c) => c.id) });
    if (!result.ok) return showApiError(result.error, t);
    showSuccess(t('workshops.roster.enrolResult', result.value), t);
    setChosen([]);
    await queryClient.invalidateQueries({ queryKey: ['workshops.get', { instanceId }] });
    await queryClient.invalidateQueries({ queryKey: ['workshops.list'] });
  };

  return (
    <Stack gap="xs" data-testid="enrol-picker">
      <TextInput
        label={t('workshops.roster.search')}
        description={t('workshops.roster.searchHint')}
        leftSection={<SearchIcon />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && hits[0]) {
            e.preventDefault();
            take(hits[0]);
          }
        }}
        data-testid="enrol-search"
      />
      {hits.length > 0 && (
        <Paper withBorder p={4}>
          <Stack gap={2} role="listbox" aria-label={t('workshops.roster.search')}>
            {hits.slice(0, 8).map((hit, i) => (
              <UnstyledButton
                key={hit.id}
                role="option"
                aria-selected={i === 0}
                onClick={() => take(hit)}
                p={6}
                bg={i === 0 ? 'var(--mantine-color-blue-light)' : undefined}
                data-testid="enrol-hit"
              >
                <Group gap="sm" wrap="nowrap">
                  <bdi>{fullName(hit)}</bdi>
                  {hit.idSuffix && (
                    <Text size="xs" c="dimmed" dir="ltr">
                      …{hit.idSuffix}
                    </Text>
                  )}
                  <StatusBadge status={hit.status} />
                </Group>
              </UnstyledButton>
            ))}
          </Stack>
        </Paper>
      )}
      {chosen.length > 0 && (
        <Group gap="xs" data-testid="enrol-chosen">
          {chosen.map((c) => (
            <Pill key={c.id} size="md">
              <Group gap={4} wrap="nowrap">
                <bdi>{fullName(c)}</bdi>
                <CloseButton
                  size="xs"
                  aria-label={t('workshops.roster.remove', { name: fullName(c) })}
                  onClick={() => setChosen((list) => list.filter((x) => x.id !== c.id))}
                />
              </Group>
            </Pill>
          ))}
        </Group>
      )}
      <Group>
        <Button
          onClick={() => void submit()}
          disabled={chosen.length === 0}
          loading={enrol.pending}
          data-testid="enrol-submit"
        >
          {t('workshops.roster.enrolChosen', { count: chosen.length })}
        </Button>
      </Group>
    </Stack>
  );
}
