import { Badge, Button, Group, Stack, Table, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/contract';
import { formatDisplayDate } from '../../../../../electron/domain/dates';
import { codeLabel } from '../../../codes';
import { MeetingReminderButton } from '../../documents/LetterButtons';

type MeetingsData = MethodOutput<'meetings.list'>;
type Meeting = MeetingsData['meetings'][number];

const stateColours = { BOOKED: 'blue', ATTENDED: 'teal', NO_SHOW: 'orange', CANCELLED: 'gray' } as const;
const lightColours = { GREEN: 'teal', YELLOW: 'yellow', RED: 'red' } as const;

const ltr = (text: string) => <span className="kesher-ltr">{text}</span>;

/** The log, newest first: when, how, what happened, the tools and topics, and the note. */
export function MeetingList({
  meetings,
  onCancel,
  onEdit,
  canWrite,
}: {
  meetings: readonly Meeting[];
  onCancel: (meeting: Meeting) => void;
  onEdit: (meeting: Meeting) => void;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  if (meetings.length === 0)
    return (
      <Text c="dimmed" data-testid="meetings-empty">
        {t('meetings.list.none')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" data-testid="meetings-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('meetings.list.when')}</Table.Th>
            <Table.Th>{t('meetings.list.state')}</Table.Th>
            <Table.Th>{t('meetings.list.content')}</Table.Th>
            <Table.Th>{t('meetings.list.by')}</Table.Th>
            {canWrite && <Table.Th aria-label={t('meetings.list.actions')} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.map((meeting) => (
            <Table.Tr key={meeting.id} data-testid={`meeting-${meeting.id}`} data-state={meeting.state}>
              <Table.Td>
                {ltr(`${formatDisplayDate(meeting.date)}${meeting.time ? ` ${meeting.time}` : ''}`)}
                <Text fz="xs" c="dimmed">
                  {t(`meetings.mode.${meeting.mode}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <Badge color={stateColours[meeting.state]} variant="light">
                    {t(`meetings.state.${meeting.state}`)}
                  </Badge>
                  {meeting.tasksOverdueFlag && (
                    <Badge color="orange" variant="outline" data-testid="meeting-flag">
                      {t('meetings.list.flagged')}
                    </Badge>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td maw={460}>
                {meeting.tools.length > 0 && (
                  <Group gap={4} mb={4}>
                    {meeting.tools.map((tool) => (
                      <Badge key={tool} size="sm" variant="dot" color="gray">
                        {t(`meetings.tools.${tool}`)}
                      </Badge>
                    ))}
                  </Group>
                )}
                {meeting.topics && (
                  <Text fz="sm">
                    <bdi>{meeting.topics}</bdi>
                  </Text>
                )}
                {meeting.note && (
                  <Text fz="sm" c="dimmed" fs="italic">
                    <bdi>{meeting.note}</bdi>
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{meeting.staffName && <bdi>{meeting.staffName}</bdi>}</Table.Td>
              {canWrite && (
                <Table.Td>
                  {meeting.state === 'BOOKED' ? (
                    <Stack gap={4} align="flex-start">
                      <MeetingReminderButton meetingId={meeting.id} />
                      <Button size="compact-sm" variant="subtle" color="red" onClick={() => onCancel(meeting)}>
                        {t('meetings.list.cancel')}
                      </Button>
                    </Stack>
                  ) : (
                    <Button size="compact-sm" variant="subtle" onClick={() => onEdit(meeting)}>
                      {t('meetings.edit.open')}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Every traffic-light change with its date and who set it. */
export function TrafficLightHistory({ changes }: { changes: MeetingsData['trafficLights'] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return null;
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('meetings.lights.title')}</Text>
      <Timeline bulletSize={12} lineWidth={2} data-testid="light-history">
        {changes.map((change, index) => (
          <Timeline.Item
            key={`${change.date}-${index}`}
            color={lightColours[change.light]}
            title={codeLabel(t, 'trafficLight', change.light)}
          >
            <Text fz="xs" c="dimmed">
              {ltr(formatDisplayDate(change.date))}
              {change.setByName && (
                <>
                  {' · '}
                  <bdi>{change.setByName}</bdi>
                </>
              )}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
