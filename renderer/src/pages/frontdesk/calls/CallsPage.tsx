import { Anchor, Button, Card, Group, Table, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/contract';
import { showApiError, showSuccess, useApiAction, useApiQuery } from '../../../api';
import { hrefFor } from '../../../router';
import { conferenceLabel } from '../common/conference-label';
import { fullName } from '../common/labels';
import { PhoneLink } from '../common/PhoneLink';
import { AllDone, ListPage } from '../../../components/ListPage';

type Call = MethodOutput<'calls.toMake'>[number];

/** Calls in conference order, grouped by conference, so the navigator reads one place and time per group. */
function byConference(calls: readonly Call[]): { conferenceId: number; first: Call; calls: Call[] }[] {
  const groups = new Map<number, Call[]>();
  for (const call of calls) groups.set(call.conferenceId, [...(groups.get(call.conferenceId) ?? []), call]);
  return [...groups.entries()].map(([conferenceId, list]) => ({ conferenceId, first: list[0] as Call, calls: list }));
}

/**
 * Reminder calls due about three working days before each conference: ring, ask whether they
 * are coming, and record the answer. "No answer" records the reminder (a message left) only.
 */
export function CallsPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const calls = useApiQuery('calls.toMake', {});
  const setStatus = useApiAction('conferences.setInviteStatus');

  const record = async (call: Call, outcome: 'confirmed' | 'declined' | 'no_answer') => {
    const result = await setStatus.run(
      outcome === 'no_answer'
        ? { inviteId: call.id, reminded: true }
        : { inviteId: call.id, status: outcome, reminded: true },
    );
    if (!result.ok) return showApiError(result.error, t);
    showSuccess(t(`frontdesk.calls.recorded.${outcome}`, { name: fullName(call) }), t);
    await queryClient.invalidateQueries({ queryKey: ['calls.toMake'] });
    await queryClient.invalidateQueries({ queryKey: ['conferences.get', { id: call.conferenceId }] });
    await queryClient.invalidateQueries({ queryKey: ['conferences.list'] });
  };

  return (
    <ListPage
      maw={1040}
      title={t('frontdesk.calls.title')}
      intro={t('frontdesk.calls.intro')}
      query={calls}
      items={calls.data}
      empty={<AllDone testId="calls-empty">{t('frontdesk.calls.none')}</AllDone>}
    >
      {(items) =>
        byConference(items).map((group) => (
          <Card key={group.conferenceId} withBorder padding={0} component="section" data-testid="calls-group">
            <Group justify="space-between" p="md" wrap="wrap">
              <Title order={2} fz="h4">
                {conferenceLabel(
                  {
                    date: group.first.conferenceDate,
                    startTime: group.first.startTime,
                    location: group.first.location,
                  },
                  i18n.language,
                )}
              </Title>
              <Anchor href={hrefFor(`/conferences/${group.conferenceId}`)} size="sm">
                {t('frontdesk.calls.openConference')}
              </Anchor>
            </Group>
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="sm" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('frontdesk.common.name')}</Table.Th>
                    <Table.Th>{t('frontdesk.inquiry.phone')}</Table.Th>
                    <Table.Th>{t('frontdesk.calls.answer')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {group.calls.map((call) => (
                    <Table.Tr key={call.id} data-testid="call-row">
                      <Table.Td>
                        <Anchor href={hrefFor(`/participants/${call.participantId}`)} id={`call-name-${call.id}`}>
                          <bdi>{fullName(call)}</bdi>
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <PhoneLink phone={call.phone} testId="call-phone" />
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            color="teal"
                            onClick={() => void record(call, 'confirmed')}
                            aria-describedby={`call-name-${call.id}`}
                          >
                            {t('frontdesk.calls.confirmed')}
                          </Button>
                          <Button
                            size="xs"
                            color="red"
                            variant="light"
                            onClick={() => void record(call, 'declined')}
                            aria-describedby={`call-name-${call.id}`}
                          >
                            {t('frontdesk.calls.declined')}
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            onClick={() => void record(call, 'no_answer')}
                            aria-describedby={`call-name-${call.id}`}
                          >
                            {t('frontdesk.calls.noAnswer')}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
        ))
      }
    </ListPage>
  );
}
