import { Alert, Badge, Button, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showApiError, showSuccess, useApiAction, useApiQuery } from '../../api';
import { QueryState } from '../../components/QueryState';
import { dateSpan, typeName } from './labels';

/**
 * "Enrol in…" on a participant's page: courses with sessions ahead, the types in the
 * person's plan first; a full course puts them on its wait list.
 */
export function EnrolInWorkshop({ participantId }: { participantId: number }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Group>
      <Button variant="light" onClick={() => setOpen(true)} data-testid="enrol-in-workshop">
        {t('workshops.participant.enrolIn')}
      </Button>
      {open && <EnrolModal participantId={participantId} onClose={() => setOpen(false)} />}
    </Group>
  );
}

function EnrolModal({ participantId, onClose }: { participantId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const offers = useApiQuery('workshops.forParticipant', { participantId });
  const enrol = useApiAction('workshops.enrol');

  const take = async (instanceId: number) => {
    const result = await enrol.run({ instanceId, participantIds: [participantId] });
    if (!result.ok) return showApiError(result.error, t);
    showSuccess(
      t(result.value.waitlisted > 0 ? 'workshops.participant.waitlisted' : 'workshops.participant.enrolled'),
      t,
    );
    await queryClient.invalidateQueries({ queryKey: ['workshops.forParticipant', { participantId }] });
    await queryClient.invalidateQueries({ queryKey: ['workshops.get', { instanceId }] });
  };

  return (
    <Modal opened onClose={onClose} title={t('workshops.participant.enrolIn')} size="xl">
      <Stack gap="sm" data-testid="enrol-offers">
        {!offers.data && <QueryState query={offers} />}
        {offers.data?.length === 0 && (
          <Alert color="gray" variant="light">
            {t('workshops.participant.noOffers')}
          </Alert>
        )}
        {offers.data && offers.data.length > 0 && (
          <ScrollArea.Autosize mah={460}>
            <Table verticalSpacing="xs" striped>
              <Table.Tbody>
                {offers.data.map(({ instance, inPlan, myStatus, myWaitPosition }) => {
                  const full = instance.capacity !== null && instance.enrolled >= instance.capacity;
                  return (
                    <Table.Tr key={instance.id} data-testid="enrol-offer">
                      <Table.Td>
                        <Stack gap={2}>
                          <Group gap="xs">
                            <Text fw={600}>
                              <bdi>{instance.title}</bdi>
                            </Text>
                            {inPlan && (
                              <Badge color="teal" variant="light" size="sm">
                                {t('workshops.participant.inPlan')}
                              </Badge>
                            )}
                          </Group>
                          <Text size="xs" c="dimmed">
                            {typeName(t, instance.type)} · {dateSpan(instance.firstDate, instance.lastDate)}
                          </Text>
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        {instance.capacity ? `${instance.enrolled}/${instance.capacity}` : instance.enrolled}
                      </Table.Td>
                      <Table.Td w={200}>
                        {myStatus === 'enrolled' && <Badge color="blue">{t('workshops.participant.isEnrolled')}</Badge>}
                        {myStatus === 'waitlisted' && (
                          <Badge color="orange">
                            {t('workshops.participant.isWaiting', { position: myWaitPosition })}
                          </Badge>
                        )}
                        {!myStatus && (
                          <Button size="compact-sm" onClick={() => void take(instance.id)} loading={enrol.pending}>
                            {t(full ? 'workshops.participant.joinWaitList' : 'workshops.participant.enrol')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
      </Stack>
    </Modal>
  );
}
