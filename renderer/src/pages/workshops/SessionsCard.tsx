import { Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import { closedReason } from '../../../../electron/domain/schedule';
import { showApiError, useApiAction } from '../../api';
import { conferenceDay } from '../frontdesk/common/labels';
import { holidayName, timeRange } from './labels';
import { SessionModal, type SessionSlot } from './SessionModal';

type Session = MethodOutput<'workshops.get'>['sessions'][number];

/** The run's sessions by date; the coordinator moves, adds and cancels single ones. */
export function SessionsCard({
  instanceId,
  sessions,
  editable,
  instancePlace,
}: {
  instanceId: number;
  /** Where sessions meet unless one names its own room. */
  instancePlace: string | null;
  sessions: readonly Session[];
  editable: boolean;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const cancel = useApiAction('workshops.cancelSession');
  const [editing, setEditing] = useState<SessionSlot | null>(null);
  const last = sessions.at(-1);

  const toggle = async (session: Session) => {
    const result = await cancel.run({ sessionId: session.id, restore: session.status === 'cancelled' });
    if (!result.ok) return showApiError(result.error, t);
    await queryClient.invalidateQueries({ queryKey: ['workshops.get', { instanceId }] });
    await queryClient.invalidateQueries({ queryKey: ['workshops.list'] });
  };

  return (
    <Card withBorder padding={0}>
      <Group justify="space-between" p="md">
        <Title order={2} fz="h4">
          {t('workshops.sessions.title')}
        </Title>
        {editable && (
          <Button
            variant="light"
            onClick={() =>
              setEditing({
                date: null,
                startTime: last?.startTime ?? '09:00',
                endTime: last?.endTime ?? '13:00',
                place: '',
              })
            }
            data-testid="add-session"
          >
            {t('workshops.sessions.add')}
          </Button>
        )}
      </Group>
      {sessions.length === 0 ? (
        <Text p="md" c="dimmed">
          {t('workshops.sessions.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="xs" data-testid="sessions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>#</Table.Th>
                <Table.Th>{t('workshops.fields.date')}</Table.Th>
                <Table.Th>{t('workshops.fields.time')}</Table.Th>
                <Table.Th>{t('workshops.fields.place')}</Table.Th>
                {editable && <Table.Th>{t('frontdesk.common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.map((s) => {
                const holiday = closedReason(s.date);
                const cancelled = s.status === 'cancelled';
                return (
                  <Table.Tr key={s.id} data-testid="session-row" data-status={s.status}>
                    <Table.Td>{s.number ?? '—'}</Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <Text size="sm" td={cancelled ? 'line-through' : undefined}>
                          {conferenceDay(s.date, i18n.language)}
                        </Text>
                        {cancelled && (
                          <Badge color="gray" variant="light">
                            {t('workshops.sessions.cancelled')}
                          </Badge>
                        )}
                        {holiday && (
                          <Badge color="red" variant="light">
                            {holidayName(holiday, i18n.language)}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <bdi dir="ltr">{timeRange(s)}</bdi>
                    </Table.Td>
                    <Table.Td>{s.place ?? instancePlace ?? ''}</Table.Td>
                    {editable && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          {!cancelled && (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              onClick={() =>
                                setEditing({
                                  id: s.id,
                                  date: s.date,
                                  startTime: s.startTime ?? '',
                                  endTime: s.endTime ?? '',
                                  place: s.place ?? '',
                                })
                              }
                            >
                              {t('workshops.sessions.move')}
                            </Button>
                          )}
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color={cancelled ? undefined : 'red'}
                            onClick={() => void toggle(s)}
                            disabled={cancel.pending}
                            data-testid="toggle-session"
                          >
                            {t(cancelled ? 'workshops.sessions.restore' : 'workshops.sessions.cancel')}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && <SessionModal instanceId={instanceId} initial={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
