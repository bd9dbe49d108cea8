import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDisplayDate } from '../../../../electron/domain/dates';
import { useApiQuery } from '../../api';
import { AllDone, ListPage } from '../../components/ListPage';
import { hrefFor } from '../../router';
import { useSession } from '../../session/SessionContext';
import { PhoneLink } from '../frontdesk/common/PhoneLink';

/**
 * The day-before reminder list (DOMAIN "Boundaries and commitment": a reminder before each
 * meeting, by phone message or email): the next working day's booked meetings with phone and
 * email. A coach sees their own; the coordinator everyone's, with the coach named.
 */
export function RemindersPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const reminders = useApiQuery('meetings.reminders', {});
  const day = reminders.data?.date;
  const showCoach = session.role === 'coordinator';
  return (
    <ListPage
      maw={1040}
      title={t('meetings.reminders.title')}
      intro={day ? t('meetings.reminders.intro', { date: formatDisplayDate(day) }) : undefined}
      query={reminders}
      items={reminders.data?.meetings}
      empty={<AllDone testId="reminders-empty">{t('meetings.reminders.none')}</AllDone>}
    >
      {(items) => (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" striped data-testid="reminders-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('meetings.reminders.time')}</Table.Th>
                <Table.Th>{t('meetings.reminders.name')}</Table.Th>
                <Table.Th>{t('meetings.reminders.phone')}</Table.Th>
                <Table.Th>{t('meetings.reminders.email')}</Table.Th>
                <Table.Th>{t('meetings.reminders.mode')}</Table.Th>
                {showCoach && <Table.Th>{t('meetings.reminders.coach')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((meeting) => (
                <Table.Tr key={meeting.id} data-testid={`reminder-${meeting.participantId}`}>
                  <Table.Td>
                    <span className="kesher-ltr">{meeting.time ?? '—'}</span>
                  </Table.Td>
                  <Table.Td>
                    <Anchor href={hrefFor(`/participants/${meeting.participantId}?tab=meetings`)}>
                      <bdi>{`${meeting.firstName} ${meeting.lastName}`}</bdi>
                    </Anchor>
                    {meeting.tasksOverdueFlag && (
                      <Badge color="orange" variant="outline" ms="xs" size="sm">
                        {t('meetings.list.flagged')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <PhoneLink phone={meeting.phone} testId={`reminder-phone-${meeting.participantId}`} />
                  </Table.Td>
                  <Table.Td>
                    {meeting.email ? (
                      <Anchor href={`mailto:${meeting.email}`} dir="ltr">
                        {meeting.email}
                      </Anchor>
                    ) : (
                      <Text c="dimmed">—</Text>
                    )}
                  </Table.Td>
                  <Table.Td>{t(`meetings.mode.${meeting.mode}`)}</Table.Td>
                  {showCoach && <Table.Td>{meeting.staffName && <bdi>{meeting.staffName}</bdi>}</Table.Td>}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </ListPage>
  );
}
