import { Anchor, Badge, Button, Group, Select, SegmentedControl, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workshopTypes } from '../../../../electron/domain/codes';
import { todayIso } from '../../../../electron/domain/dates';
import { useApiQuery } from '../../api';
import { ListPage } from '../../components/ListPage';
import { WeekSheetsButton } from '../documents/WorkshopDocuments';
import { ListTable } from '../../components/ListTable';
import { hrefFor, navigate } from '../../router';
import { useSession } from '../../session/SessionContext';
import { dateSpan, facilitatorOf, typeName, type InstanceSummary } from './labels';

type When = 'upcoming' | 'past';

/** A run is past once its last scheduled session is; a run with no sessions yet counts as upcoming. */
function isPast(instance: InstanceSummary, today: string): boolean {
  return instance.lastDate !== null && instance.lastDate < today;
}

/** Workshop runs, upcoming (soonest first) or past (latest first), optionally of one type. */
export function WorkshopsPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [when, setWhen] = useState<When>('upcoming');
  const [type, setType] = useState<string | null>(null);
  const list = useApiQuery('workshops.list', type ? { type: type as InstanceSummary['type'] } : {});
  const today = todayIso();
  const shown =
    list.data &&
    (when === 'upcoming'
      ? list.data.filter((i) => !isPast(i, today))
      : list.data.filter((i) => isPast(i, today)).reverse());

  return (
    <ListPage
      title={t('workshops.list.title')}
      actions={
        session.role === 'coordinator' && (
          <Group gap="sm" align="flex-start">
            <WeekSheetsButton />
            <Button variant="default" component="a" href={hrefFor('/workshops/catalogue')}>
              {t('workshops.nav.catalogue')}
            </Button>
            <Button onClick={() => navigate('/workshops/new')} data-testid="new-workshop">
              {t('workshops.list.create')}
            </Button>
          </Group>
        )
      }
      filters={
        <Group gap="md" align="flex-end">
          <SegmentedControl
            aria-label={t('workshops.list.title')}
            value={when}
            onChange={(value) => setWhen(value as When)}
            data={[
              { value: 'upcoming', label: t('workshops.list.upcoming') },
              { value: 'past', label: t('workshops.list.past') },
            ]}
          />
          <Select
            label={t('workshops.fields.type')}
            placeholder={t('workshops.list.allTypes')}
            clearable
            searchable
            value={type}
            onChange={setType}
            data={workshopTypes.map((value) => ({ value, label: typeName(t, value) }))}
            w={280}
            data-testid="type-filter"
          />
        </Group>
      }
      query={list}
      items={shown}
      empty={<Text c="dimmed">{t(`workshops.list.none.${when}`)}</Text>}
    >
      {(rows) => (
        <ListTable
          columns={[
            t('workshops.fields.title'),
            t('workshops.fields.type'),
            t('workshops.fields.dates'),
            t('workshops.fields.sessions'),
            t('workshops.fields.facilitator'),
            t('workshops.fields.place'),
            t('workshops.fields.enrolled'),
          ]}
          minWidth={900}
          testId="workshops-table"
          highlightOnHover
        >
          {rows.map((i) => (
            <Table.Tr key={i.id} data-testid="workshop-row">
              <Table.Td>
                <Anchor href={hrefFor(`/workshops/${i.id}`)}>
                  <bdi>{i.title}</bdi>
                </Anchor>
              </Table.Td>
              <Table.Td>{typeName(t, i.type)}</Table.Td>
              <Table.Td>{dateSpan(i.firstDate, i.lastDate)}</Table.Td>
              <Table.Td>{i.sessionCount}</Table.Td>
              <Table.Td>
                <bdi>{facilitatorOf(i)}</bdi>
              </Table.Td>
              <Table.Td>{i.place ?? ''}</Table.Td>
              <Table.Td>
                {i.dropIn ? (
                  <Badge variant="light" color="grape">
                    {t('workshops.dropIn')}
                  </Badge>
                ) : (
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm">{i.capacity ? `${i.enrolled}/${i.capacity}` : i.enrolled}</Text>
                    {i.waitlisted > 0 && (
                      <Badge variant="light" color="orange">
                        {t('workshops.list.waiting', { count: i.waitlisted })}
                      </Badge>
                    )}
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      )}
    </ListPage>
  );
}
