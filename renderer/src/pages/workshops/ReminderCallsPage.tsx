import { Anchor, SegmentedControl, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api';
import { ListPage } from '../../components/ListPage';
import { ListTable } from '../../components/ListTable';
import { hrefFor } from '../../router';
import { conferenceDay, fullName } from '../frontdesk/common/labels';
import { PhoneLink } from '../frontdesk/common/PhoneLink';

/** Whom to phone before their workshop: everyone holding a place on a session in the next 1–3 days. */
export function ReminderCallsPage() {
  const { t, i18n } = useTranslation();
  const [days, setDays] = useState(1);
  const calls = useApiQuery('workshops.reminderCalls', { days });
  return (
    <ListPage
      title={t('workshops.reminders.title')}
      intro={t('workshops.reminders.intro')}
      filters={
        <SegmentedControl
          aria-label={t('workshops.reminders.range')}
          value={String(days)}
          onChange={(value) => setDays(Number(value))}
          data={[1, 2, 3].map((n) => ({ value: String(n), label: t('workshops.reminders.days', { count: n }) }))}
          w="fit-content"
        />
      }
      query={calls}
      items={calls.data}
      empty={<Text c="dimmed">{t('workshops.reminders.none')}</Text>}
    >
      {(rows) => (
        <ListTable
          columns={[
            t('workshops.fields.date'),
            t('workshops.fields.time'),
            t('workshops.fields.title'),
            t('workshops.fields.place'),
            t('frontdesk.common.name'),
            t('frontdesk.inquiry.phone'),
          ]}
          minWidth={860}
          testId="reminder-calls"
        >
          {rows.map((r) => (
            <Table.Tr key={`${r.sessionId}-${r.participantId}`}>
              <Table.Td>{conferenceDay(r.date, i18n.language)}</Table.Td>
              <Table.Td>
                <bdi dir="ltr">{r.startTime ?? ''}</bdi>
              </Table.Td>
              <Table.Td>
                <bdi>{r.title}</bdi>
              </Table.Td>
              <Table.Td>{r.place ?? ''}</Table.Td>
              <Table.Td>
                <Anchor href={hrefFor(`/participants/${r.participantId}`)}>
                  <bdi>{fullName(r)}</bdi>
                </Anchor>
              </Table.Td>
              <Table.Td>
                <PhoneLink phone={r.phone} />
              </Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      )}
    </ListPage>
  );
}
