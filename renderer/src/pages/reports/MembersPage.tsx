import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDisplayDate, isIsoDate } from '../../../../electron/domain/dates';
import { useApiQuery } from '../../api';
import { useHashQuery } from '../../caseload/hash-query';
import { QueryState } from '../../components/QueryState';
import { defaultPeriodEnd } from './links';

const PAGE = 100;

/** The people behind one number of the dashboard, each a link to their record. */
export function MembersPage() {
  const { t } = useTranslation();
  const [params] = useHashQuery();
  const asked = params.get('end');
  const periodEnd = asked && isIsoDate(asked) ? asked : defaultPeriodEnd();
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
      <Text>
        {t(`reports.path_label`, { path, date: formatDisplayDate(periodEnd) })}
        {data && ` — ${t('reports.members_total', { count: data.total })}`}
      </Text>
      <Anchor href={`#/reports?end=${periodEnd}`}>{t('reports.back')}</Anchor>
      <QueryState query={members} />
      {data && (
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
                  <Anchor href={`#/participants/${r.participantId}`}>
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
