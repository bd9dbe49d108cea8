import {
  Anchor,
  Button,
  Card,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../electron/domain/dates';
import { useApiQuery } from '../../../api';
import { hrefFor, navigate } from '../../../router';
import { conferenceDay } from '../common/labels';
import { QueryState } from '../../../components/QueryState';
import { ConferenceFormModal, type Conference } from './ConferenceFormModal';

type Dialog = { kind: 'create' } | { kind: 'edit'; conference: Conference } | null;

/** Exposure conferences, upcoming first (soonest at the top) or past (latest at the top). */
export function ConferencesPage() {
  const { t, i18n } = useTranslation();
  const conferences = useApiQuery('conferences.list', {});
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const [dialog, setDialog] = useState<Dialog>(null);
  const today = todayIso();
  const shown =
    when === 'upcoming'
      ? (conferences.data ?? []).filter((c) => c.date >= today)
      : (conferences.data ?? []).filter((c) => c.date < today).reverse();

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Title order={1} fz="h2">
          {t('frontdesk.conferences.title')}
        </Title>
        <Button onClick={() => setDialog({ kind: 'create' })} data-testid="new-conference">
          {t('frontdesk.conferences.create')}
        </Button>
      </Group>
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
      {!conferences.data && <QueryState query={conferences} />}
      {conferences.data && shown.length === 0 && <Text c="dimmed">{t(`frontdesk.conferences.none.${when}`)}</Text>}
      {shown.length > 0 && (
        <Card withBorder padding={0}>
          <Table.ScrollContainer minWidth={860}>
            <Table striped highlightOnHover verticalSpacing="sm" data-testid="conferences-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('frontdesk.conferences.date')}</Table.Th>
                  <Table.Th>{t('frontdesk.conferences.time')}</Table.Th>
                  <Table.Th>{t('frontdesk.conferences.location')}</Table.Th>
                  <Table.Th>{t('frontdesk.conferences.capacity')}</Table.Th>
                  <Table.Th>{t('frontdesk.conferences.count.invited')}</Table.Th>
                  <Table.Th>{t('frontdesk.conferences.count.confirmed')}</Table.Th>
                  <Table.Th>{t('frontdesk.conferences.count.declined')}</Table.Th>
                  <Table.Th>{t('frontdesk.conferences.count.attended')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('frontdesk.common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((c) => (
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
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      {dialog && (
        <ConferenceFormModal
          conference={dialog.kind === 'edit' ? dialog.conference : null}
          onClose={() => setDialog(null)}
          onSaved={(saved) => dialog.kind === 'create' && navigate(`/conferences/${saved.id}`)}
        />
      )}
    </Stack>
  );
}
