import { Alert, Button, Checkbox, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showApiError, showSuccess, useApiAction, useApiQuery } from '../../../api';
import { fullName } from '../common/labels';
import { PhoneLink } from '../common/PhoneLink';
import { QueryState } from '../../../components/QueryState';

/**
 * Picks people screened eligible and not yet invited. Those a coordinator approved as an
 * exception are invited from the decision queue: the caseload list cannot tell them apart.
 */
export function InvitePeopleModal({
  conferenceId,
  alreadyInvited,
  onClose,
}: {
  conferenceId: number;
  alreadyInvited: ReadonlySet<number>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [includeInvited, setIncludeInvited] = useState(false);
  const people = useApiQuery('participants.list', {
    scope: 'all',
    status: includeInvited ? ['screened', 'invited'] : ['screened'],
    // Eligible, or a borderline / not-eligible case the coordinator approved.
    invitable: true,
    sort: 'lastName',
    direction: 'asc',
    page: 1,
    pageSize: 100,
  });
  const invite = useApiAction('conferences.invite');
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const rows = (people.data?.rows ?? []).filter((row) => !alreadyInvited.has(row.id));

  const toggle = (id: number) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const submit = async () => {
    const result = await invite.run({ conferenceId, participantIds: [...chosen] });
    if (!result.ok) return showApiError(result.error, t);
    showSuccess(t('frontdesk.conferences.invitedCount', { count: result.value.invited }), t);
    await queryClient.invalidateQueries({ queryKey: ['conferences.get', { id: conferenceId }] });
    await queryClient.invalidateQueries({ queryKey: ['conferences.list'] });
    await queryClient.invalidateQueries({ queryKey: ['participants.list'] });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('frontdesk.conferences.inviteTitle')} size="lg">
      <Stack gap="md" data-testid="invite-people">
        <Text size="sm" c="dimmed">
          {t('frontdesk.conferences.inviteIntro')}
        </Text>
        <Checkbox
          label={t('frontdesk.conferences.includeInvited')}
          checked={includeInvited}
          onChange={(event) => setIncludeInvited(event.currentTarget.checked)}
        />
        {!people.data && <QueryState query={people} />}
        {people.data && rows.length === 0 && (
          <Alert color="gray" variant="light">
            {t('frontdesk.conferences.nobodyToInvite')}
          </Alert>
        )}
        {rows.length > 0 && (
          <ScrollArea.Autosize mah={360}>
            <Table verticalSpacing="xs" highlightOnHover>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td w={40}>
                      <Checkbox
                        aria-label={fullName(row)}
                        checked={chosen.has(row.id)}
                        onChange={() => toggle(row.id)}
                        data-testid={`invite-pick-${row.id}`}
                      />
                    </Table.Td>
                    <Table.Td>
                      <bdi>{fullName(row)}</bdi>
                    </Table.Td>
                    <Table.Td>
                      <PhoneLink phone={row.phone} />
                    </Table.Td>
                    <Table.Td>{row.city ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} disabled={chosen.size === 0} loading={invite.pending}>
            {t('frontdesk.conferences.inviteChosen', { count: chosen.size })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
