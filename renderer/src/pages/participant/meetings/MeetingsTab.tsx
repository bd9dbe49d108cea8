import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/contract';
import { formatDisplayDate, todayIso } from '../../../../../electron/domain/dates';
import { showApiError, showSuccess, useApiAction, useApiQuery } from '../../../api';
import { QueryState } from '../../../components/QueryState';
import { useRecordSaved, type Participant } from '../participant-data';
import { BookMeetingForm } from './BookMeetingForm';
import { EditMeetingModal } from './EditMeetingModal';
import { MeetingList, TrafficLightHistory } from './MeetingList';
import { RecordMeetingForm } from './RecordMeetingForm';

type Meeting = MethodOutput<'meetings.list'>['meetings'][number];

/**
 * The 1:1 meeting log of one participant: record a held meeting (and book the next) in a few
 * clicks, the log itself, and the traffic-light history. Recording an attended meeting is what
 * moves "last contact".
 */
export function MeetingsTab({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useApiQuery('meetings.list', { participantId: participant.id });
  const cancel = useApiAction('meetings.cancel');
  const recordSaved = useRecordSaved(participant.id);
  const [open, setOpen] = useState<'record' | 'book' | null>(null);
  const [flagged, setFlagged] = useState(false);
  const [editing, setEditing] = useState<Meeting | null>(null);

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['meetings.list', { participantId: participant.id }] });
    await queryClient.invalidateQueries({ queryKey: ['meetings.reminders'] });
    await recordSaved();
  };

  const onSaved = async (nextFlagged: boolean) => {
    setOpen(null);
    setFlagged(nextFlagged);
    await refresh();
  };

  const onCancel = async (meeting: Meeting) => {
    const result = await cancel.run({ id: meeting.id });
    if (!result.ok) return showApiError(result.error, t);
    showSuccess(t('meetings.list.cancelled', { date: formatDisplayDate(meeting.date) }));
    await refresh();
  };

  if (!list.data) return <QueryState query={list} />;
  const data = list.data;
  const today = todayIso();
  const nextBooked = data.meetings.filter((m) => m.state === 'BOOKED' && m.date >= today).at(-1);

  return (
    <Stack gap="lg" data-testid="meetings-tab">
      <Text fz="sm" c="dimmed">
        {t('meetings.tab.contactHint')}
      </Text>
      <Group justify="space-between" align="center">
        <Text data-testid="next-meeting">
          {nextBooked
            ? t('meetings.tab.nextBooked', {
                // Date and time read left to right inside the Hebrew sentence.
                when: `\u2066${[formatDisplayDate(nextBooked.date), nextBooked.time].filter(Boolean).join(' ')}\u2069`,
              })
            : t('meetings.tab.noneBooked')}
        </Text>
        {data.canWrite && open === null && (
          <Group gap="sm">
            <Button variant="default" onClick={() => setOpen('book')} data-testid="book-meeting">
              {t('meetings.book.open')}
            </Button>
            <Button onClick={() => setOpen('record')} data-testid="record-meeting">
              {t('meetings.tab.record')}
            </Button>
          </Group>
        )}
      </Group>
      {flagged && (
        <Alert
          color="orange"
          variant="light"
          withCloseButton
          onClose={() => setFlagged(false)}
          data-testid="booking-flagged"
        >
          {t('meetings.tab.flagged')}
        </Alert>
      )}
      {open === 'record' && (
        <Card withBorder padding="md">
          <Title order={2} fz="h4" mb="md">
            {t('meetings.form.title')}
          </Title>
          <RecordMeetingForm
            participantId={participant.id}
            currentLight={participant.trafficLight}
            openTasks={data.openTasks}
            onSaved={onSaved}
            onCancel={() => setOpen(null)}
          />
        </Card>
      )}
      {open === 'book' && (
        <Card withBorder padding="md">
          <Title order={2} fz="h4" mb="md">
            {t('meetings.book.title')}
          </Title>
          <BookMeetingForm
            participantId={participant.id}
            overdueTasks={data.openTasks.filter((task) => task.overdue).length}
            onSaved={onSaved}
            onCancel={() => setOpen(null)}
          />
        </Card>
      )}
      <MeetingList
        meetings={data.meetings}
        canWrite={data.canWrite}
        onCancel={(m) => void onCancel(m)}
        onEdit={setEditing}
      />
      {editing && <EditMeetingModal meeting={editing} onClose={() => setEditing(null)} onSaved={refresh} />}
      <TrafficLightHistory changes={data.trafficLights} />
    </Stack>
  );
}
