import { Anchor, Button, SegmentedControl, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../electron/domain/dates';
import { useApiQuery } from '../../../api';
import { hrefFor, navigate } from '../../../router';
import { conferenceDay } from '../common/labels';
import { ListPage } from '../../../components/ListPage';
import { ConferenceFormModal, type Conference } from './ConferenceFormModal';
import { ListTable } from '../../../components/ListTable';

type Dialog = { kind: 'create' } | { kind: 'edit'; conference: Conference } | null;

/** Exposure conferences, upcoming first (soonest at the top) or past (latest at the top). */
export function ConferencesPage() {
  const { t, i18n } = useTranslation();
  const conferences = useApiQuery('conferences.list', {});
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const [dialog, setDialog] = useState<Dialog>(null);
  const today = todayIso();
  const shown =
    conferences.data &&
    (when === 'upcoming'
      ? conferences.data.filter((c) => c.date >= today)
      : conferences.data.filter((c) => c.date < today).reverse());

  return (
    <ListPage
      title={t('frontdesk.conferences.title')}
      actions={
        <Button onClick={() => setDialog({ kind: 'create' })} data-testid="new-conference">
          {t('frontdesk.conferences.create')}
        </Button>
      }
      filters={
        <SegmentedControl
          aria-label={t('frontdesk.conferences.title')}
          value={when}
          onChange={(value) => setWhen(value as 'upcoming' | 'past')}
          data={[
            { value: 'upcoming', label: t('frontdesk.conferences.upcoming') },
            { value: 'past', label: t('frontdesk.conferences.past') },
          ]}
          w="fit-content"
        />
      }
      query={conferences}
      items={shown}
      empty={<Text c="dimmed">{t(`frontdesk.conferences.none.${when}`)}</Text>}
      dialogs={
        dialog && (
          <ConferenceFormModal
            conference={dialog.kind === 'edit' ? dialog.conference : null}
            onClose={() => setDialog(null)}
            onSaved={(saved) => dialog.kind === 'create' && navigate(`/conferences/${saved.id}`)}
          />
        )
      }
    >
      {(rows) => (
        <ListTable
          columns={[
            t('frontdesk.conferences.date'),
            t('frontdesk.conferences.time'),
            t('frontdesk.conferences.location'),
            t('frontdesk.conferences.capacity'),
            t('frontdesk.conferences.count.invited'),
            t('frontdesk.conferences.count.confirmed'),
            t('frontdesk.conferences.count.declined'),
            t('frontdesk.conferences.count.attended'),
          ]}
          actionsLabel={t('frontdesk.common.actions')}
          minWidth={860}
          testId="conferences-table"
          highlightOnHover
        >
          {rows.map((c) => (
            <Table.Tr key={c.id} data-testid="conference-row">
              <Table.Td>
                <Anchor href={hrefFor(`/conferences/${c.id}`)}>{conferenceDay(c.date, i18n.language)}</Anchor>
              </Table.Td>
              <Table.Td dir="ltr">{c.startTime ?? '—'}</Table.Td>
              <Table.Td>{c.location ?? '—'}</Table.Td>
              <Table.Td>{c.capacity ?? '—'}</Table.Td>
              <Table.Td>{c.invited}</Table.Td>
              <Table.Td>{c.confirmed}</Table.Td>
              <Table.Td>{c.declined}</Table.Td>
              <Table.Td>{c.attended}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => setDialog({ kind: 'edit', conference: c })}
                  aria-label={t('frontdesk.common.editNamed', { name: conferenceDay(c.date, i18n.language) })}
                >
                  {t('frontdesk.common.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      )}
    </ListPage>
  );
}
