import { Alert, Anchor, Badge, Button, Card, Divider, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import { showApiError, showSuccess, useApiAction } from '../../api';
import { hrefFor } from '../../router';
import { fullName } from '../frontdesk/common/labels';
import { PhoneLink } from '../frontdesk/common/PhoneLink';
import { EnrolPicker } from './EnrolPicker';

type Detail = MethodOutput<'workshops.get'>;
type Place = Detail['enrolled'][number];

function PeopleTable({
  people,
  testId,
  onWithdraw,
  waiting,
}: {
  people: readonly Place[];
  testId: string;
  onWithdraw: (p: Place) => void;
  waiting: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table striped verticalSpacing="xs" data-testid={testId}>
      <Table.Tbody>
        {people.map((p) => (
          <Table.Tr key={p.id} data-testid={`${testId}-row`}>
            {waiting && <Table.Td w={40}>{p.waitPosition}</Table.Td>}
            <Table.Td>
              <Anchor href={hrefFor(`/participants/${p.participantId}`)}>
                <bdi>{fullName(p)}</bdi>
              </Anchor>
            </Table.Td>
            <Table.Td>
              <PhoneLink phone={p.phone} />
            </Table.Td>
            <Table.Td w={120}>
              <Button size="compact-sm" variant="subtle" color="red" onClick={() => onWithdraw(p)}>
                {t('workshops.roster.withdraw')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Who holds a place, who waits (in order), and the search that enrols more. */
export function RosterCard({ detail }: { detail: Detail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const withdraw = useApiAction('workshops.withdraw');
  const { instance, enrolled, waitList } = detail;

  if (instance.dropIn)
    return (
      <Alert color="grape" variant="light" data-testid="drop-in-note">
        {t('workshops.roster.dropInNote')}
      </Alert>
    );

  const remove = async (p: Place) => {
    const result = await withdraw.run({ instanceId: instance.id, participantId: p.participantId });
    if (!result.ok) return showApiError(result.error, t);
    showSuccess(
      result.value.promoted.length > 0 ? t('workshops.roster.withdrawnPromoted') : t('workshops.roster.withdrawn'),
      t,
    );
    await queryClient.invalidateQueries({ queryKey: ['workshops.get', { instanceId: instance.id }] });
    await queryClient.invalidateQueries({ queryKey: ['workshops.list'] });
  };
  const onRoster = new Set([...enrolled, ...waitList].map((p) => p.participantId));

  return (
    <Card withBorder padding="md">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} fz="h4">
            {t('workshops.roster.title')}
          </Title>
          <Badge variant="light" size="lg" data-testid="roster-count">
            {instance.capacity
              ? t('workshops.roster.placesOf', { count: enrolled.length, capacity: instance.capacity })
              : t('workshops.roster.places', { count: enrolled.length })}
          </Badge>
        </Group>
        {enrolled.length === 0 ? (
          <Text c="dimmed">{t('workshops.roster.empty')}</Text>
        ) : (
          <PeopleTable people={enrolled} testId="roster" onWithdraw={(p) => void remove(p)} waiting={false} />
        )}
        <Divider label={t('workshops.roster.waitList', { count: waitList.length })} labelPosition="left" />
        {waitList.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('workshops.roster.noWaiting')}
          </Text>
        ) : (
          <PeopleTable people={waitList} testId="wait-list" onWithdraw={(p) => void remove(p)} waiting />
        )}
        <Divider />
        <EnrolPicker instanceId={instance.id} onRoster={onRoster} />
      </Stack>
    </Card>
  );
}
