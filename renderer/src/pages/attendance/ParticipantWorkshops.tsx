import { Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import { formatDisplayDate } from '../../../../electron/domain/dates';
import { useApiQuery } from '../../api';
import { QueryState } from '../../components/QueryState';
import { formatDateTime } from '../../format';
import './attendance.css';

type Workshop = MethodOutput<'attendance.forParticipant'>[number];

function Completion({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation();
  if (workshop.completed === null) return <Text c="dimmed">{t('attendance.participant.noCompletion')}</Text>;
  if (workshop.completed)
    return (
      <Badge color="teal" variant="light">
        {t('attendance.participant.completed')}
      </Badge>
    );
  return (
    <Badge color={workshop.finished ? 'orange' : 'gray'} variant="light">
      {t(workshop.finished ? 'attendance.participant.notCompleted' : 'attendance.participant.inProgress')}
    </Badge>
  );
}

/** The person's workshops (rate and CRF-1 completion) and what the facilitators wrote to the coach. */
export function ParticipantWorkshops({ participantId }: { participantId: number }) {
  const { t } = useTranslation();
  const workshops = useApiQuery('attendance.forParticipant', { participantId });
  const notes = useApiQuery('facilitatorNotes.forParticipant', { participantId });
  const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

  return (
    <Card withBorder component="section" aria-labelledby="workshops-title" data-testid="participant-workshops">
      <Stack gap="md">
        <Title order={2} fz="h4" id="workshops-title">
          {t('attendance.participant.title')}
        </Title>
        <QueryState query={workshops} />
        {workshops.data && workshops.data.length === 0 && <Text c="dimmed">{t('attendance.participant.none')}</Text>}
        {workshops.data && workshops.data.length > 0 && (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" striped data-testid="participant-workshops-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('attendance.participant.workshop')}</Table.Th>
                  <Table.Th>{t('attendance.participant.dates')}</Table.Th>
                  <Table.Th>{t('attendance.participant.attended')}</Table.Th>
                  <Table.Th>{t('attendance.participant.rate')}</Table.Th>
                  <Table.Th>{t('attendance.participant.completion')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {workshops.data.map((w) => (
                  <Table.Tr key={w.instanceId} data-testid="participant-workshop" data-instance={w.instanceId}>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Text fw={600}>
                          <bdi>{w.title}</bdi>
                        </Text>
                        {w.dropIn && (
                          <Badge size="xs" variant="light">
                            {t('attendance.dropIn')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <span className="kesher-ltr">
                        {w.firstDate && formatDisplayDate(w.firstDate)}
                        {w.lastDate && w.lastDate !== w.firstDate && ` – ${formatDisplayDate(w.lastDate)}`}
                      </span>
                    </Table.Td>
                    <Table.Td>
                      {w.dropIn
                        ? t('attendance.participant.visits', { count: w.attended })
                        : t('attendance.participant.attendedOf', { attended: w.attended, sessions: w.sessions })}
                    </Table.Td>
                    <Table.Td data-testid="workshop-rate">{percent(w.rate)}</Table.Td>
                    <Table.Td>
                      <Completion workshop={w} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Title order={3} fz="h5">
          {t('attendance.participant.notesTitle')}
        </Title>
        <QueryState query={notes} />
        {notes.data && notes.data.length === 0 && <Text c="dimmed">{t('attendance.participant.noNotes')}</Text>}
        {notes.data && notes.data.length > 0 && (
          <Stack gap="sm" component="ul" className="kesher-plain-list" data-testid="facilitator-notes">
            {notes.data.map((note) => (
              <li key={note.id} data-testid="facilitator-note">
                <Text fz="sm" fw={600}>
                  <bdi>{note.instanceTitle}</bdi>
                  {note.sessionDate && (
                    <>
                      {' · '}
                      <span className="kesher-ltr">{formatDisplayDate(note.sessionDate)}</span>
                    </>
                  )}
                </Text>
                <Text fz="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                  {note.text}
                </Text>
                <Text fz="xs" c="dimmed">
                  {note.authorName && <bdi>{note.authorName}</bdi>}
                  {' · '}
                  <span className="kesher-ltr">{formatDateTime(note.createdAt)}</span>
                </Text>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
