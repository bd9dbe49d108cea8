import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../electron/domain/dates';
import { useApiQuery } from '../../api';
import { ListPage } from '../../components/ListPage';
import { ListTable } from '../../components/ListTable';
import { hrefFor } from '../../router';
import { useSession } from '../../session/SessionContext';
import { sessionWhen } from './session-label';

/**
 * The sessions to mark: a facilitator's own (the coordinator's: every one), today's first,
 * then the coming ones, then the past ones where unmarked rows may still wait.
 */
export function MySessionsPage() {
  const { t, i18n } = useTranslation();
  const { session: me } = useSession();
  const sessions = useApiQuery('attendance.mySessions', {});
  const today = todayIso();
  return (
    <ListPage
      maw={1040}
      title={t(me.role === 'facilitator' ? 'attendance.mySessions.title' : 'attendance.mySessions.allTitle')}
      intro={t('attendance.mySessions.intro')}
      query={sessions}
      items={sessions.data}
      empty={<Text c="dimmed">{t('attendance.mySessions.none')}</Text>}
    >
      {(items) => (
        <ListTable
          minWidth={720}
          testId="sessions-table"
          highlightOnHover
          columns={[
            t('attendance.mySessions.when'),
            t('attendance.mySessions.workshop'),
            t('attendance.mySessions.place'),
            t('attendance.mySessions.marked'),
          ]}
        >
          {items.map((s) => (
            <Table.Tr key={s.sessionId} data-testid="session-row" data-today={s.date === today || undefined}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Text fz="sm">{sessionWhen(t, i18n.language, s)}</Text>
                  {s.date === today && <Badge size="sm">{t('attendance.mySessions.today')}</Badge>}
                </Group>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Anchor href={hrefFor(`/sessions/${s.sessionId}`)} fw={600} data-testid="session-link">
                    <bdi>{s.title}</bdi>
                  </Anchor>
                  {s.dropIn && (
                    <Badge size="xs" variant="light">
                      {t('attendance.dropIn')}
                    </Badge>
                  )}
                  {s.status === 'cancelled' && (
                    <Badge size="xs" color="red">
                      {t('attendance.cancelled')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{s.place && <bdi>{s.place}</bdi>}</Table.Td>
              <Table.Td>
                {s.dropIn
                  ? t('attendance.mySessions.attendees', { count: s.marked })
                  : t('attendance.markedCount', { marked: s.marked, total: s.rosterSize })}
              </Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      )}
    </ListPage>
  );
}
