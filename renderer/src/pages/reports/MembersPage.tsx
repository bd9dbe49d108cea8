import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDisplayDate } from '../../../../electron/domain/dates';
import { useApiQuery } from '../../api';
import { useHashQuery } from '../../caseload/hash-query';
import { QueryState } from '../../components/QueryState';
import { figureLabel } from './figure-label';
import { periodEndOf, recordHref } from './links';

const PAGE = 100;

/** The people behind one number of the dashboard, each a link to their record. */
export function MembersPage() {
  const { t } = useTranslation();
  const [params] = useHashQuery();
  const periodEnd = periodEndOf(params.get('end'));
  const path = params.get('path') ?? 'participants.total';
  const coach = Number(params.get('coach'));
  const [offset, setOffset] = useState(0);
  const members = useApiQuery('dashboards.members', {
    periodEnd,
    path,
    offset,
    limit: PAGE,
    ...(coach > 0 ? { coachId: coach } : {}),
  });
  const data = members.data;
  return (
    <Stack gap="md">
      <Title order={1} fz="h2">
        {t('reports.members_title')}
      </Title>
      <Text data-testid="members-figure">
        {t('reports.path_label', { figure: figureLabel(path, t), date: formatDisplayDate(periodEnd) })}
        {data && ` — ${t('reports.members_total', { count: data.total })}`}
      </Text>
      <Anchor href={`#/reports?end=${periodEnd}`}>{t('reports.back')}</Anchor>
      <QueryState query={members} />
      {data?.total === 0 && <Text c="dimmed">{t('reports.members_none')}</Text>}
      {data && data.total > 0 && (
        <Table data-testid="members-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>#</Table.Th>
              <Table.Th>{t('reports.name')}</Table.Th>
              <Table.Th>{t('reports.status')}</Table.Th>
              <Table.Th>{t('reports.coach')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.rows.map((r, i) => (
              <Table.Tr key={`${r.participantId}-${offset + i}`}>
                <Table.Td>{offset + i + 1}</Table.Td>
                <Table.Td>
                  <Anchor href={recordHref(r.participantId, path)}>
                    {r.firstName} {r.lastName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`codes.status.${r.status}`, { defaultValue: r.status })}</Table.Td>
                <Table.Td>{r.coachName ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {data && data.total > PAGE && (
        <Group>
          <Button variant="default" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {t('reports.previous')}
          </Button>
          <Button variant="default" disabled={offset + PAGE >= data.total} onClick={() => setOffset(offset + PAGE)}>
            {t('reports.next')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
