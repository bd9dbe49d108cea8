import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/contract';
import { inviteStatusSchema } from '../../../../../electron/api/contracts/conferences';
import { todayIso } from '../../../../../electron/domain/dates';
import { roleGroups, type Role } from '../../../../../electron/domain/roles';
import { showApiError, useApiAction, useApiQuery } from '../../../api';
import { formatDateTime } from '../../../format';
import { hrefFor } from '../../../router';
import { conferenceDay, fullName } from '../common/labels';
import { usePathId } from '../common/path-id';
import { PhoneLink } from '../common/PhoneLink';
import { QueryState } from '../../../components/QueryState';
import { ConferenceInvitationButton } from '../../documents/LetterButtons';
import { useSession } from '../../../session/SessionContext';
import { ConferenceFormModal } from './ConferenceFormModal';
import { InvitePeopleModal } from './InvitePeopleModal';

type Invite = MethodOutput<'conferences.get'>['invites'][number];
type InviteStatus = Invite['status'];

/** One conference (#/conferences/<id>): its details, counts, and who is invited with their answers. */
export function ConferencePage() {
  const { t } = useTranslation();
  const id = usePathId('conferences');
  if (id === null) return <Text>{t('frontdesk.conferences.noId')}</Text>;
  return <ConferenceView id={id} />;
}

function Stat({ label, value, testId }: { label: string; value: number | string; testId: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="xl" data-testid={testId}>
        {value}
      </Text>
    </Card>
  );
}

function ConferenceView({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const detail = useApiQuery('conferences.get', { id });
  const setStatus = useApiAction('conferences.setInviteStatus');
  // Invitation letters are the front desk's (letters.conferenceInvitation); a coach sees the list only.
  const printsInvitations = (roleGroups.frontDesk as readonly Role[]).includes(useSession().session.role);
  const [editing, setEditing] = useState(false);
  const [inviting, setInviting] = useState(false);

  if (!detail.data) return <QueryState query={detail} />;
  const { conference, invites } = detail.data;
  const upcoming = conference.date >= todayIso();

  const change = async (invite: Invite, patch: { status?: InviteStatus; reminded?: boolean }) => {
    const result = await setStatus.run({ inviteId: invite.id, ...patch });
    if (!result.ok) return showApiError(result.error, t);
    await queryClient.invalidateQueries({ queryKey: ['conferences.get', { id }] });
    await queryClient.invalidateQueries({ queryKey: ['conferences.list'] });
    await queryClient.invalidateQueries({ queryKey: ['calls.toMake'] });
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Anchor href={hrefFor('/conferences')} size="sm">
            {t('frontdesk.conferences.backToList')}
          </Anchor>
          <Title order={1} fz="h2" data-testid="conference-title">
            {t('frontdesk.conferences.pageTitle', { day: conferenceDay(conference.date, i18n.language) })}
          </Title>
          <Text c="dimmed">
            {[
              conference.startTime && t('frontdesk.conferences.at', { time: conference.startTime }),
              conference.location,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
        <Group gap="sm">
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('frontdesk.common.edit')}
          </Button>
          {upcoming && (
            <Button onClick={() => setInviting(true)} data-testid="invite-people-open">
              {t('frontdesk.conferences.invitePeople')}
            </Button>
          )}
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
        <Stat label={t('frontdesk.conferences.capacity')} value={conference.capacity ?? '—'} testId="stat-capacity" />
        <Stat label={t('frontdesk.conferences.count.invited')} value={conference.invited} testId="stat-invited" />
        <Stat label={t('frontdesk.conferences.count.confirmed')} value={conference.confirmed} testId="stat-confirmed" />
        <Stat label={t('frontdesk.conferences.count.declined')} value={conference.declined} testId="stat-declined" />
        <Stat label={t('frontdesk.conferences.count.attended')} value={conference.attended} testId="stat-attended" />
      </SimpleGrid>

      <Card withBorder padding={0}>
        {invites.length === 0 ? (
          <Text p="md" c="dimmed">
            {t('frontdesk.conferences.noInvites')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing="sm" data-testid="invites-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('frontdesk.common.name')}</Table.Th>
                  <Table.Th>{t('frontdesk.inquiry.phone')}</Table.Th>
                  <Table.Th>{t('frontdesk.conferences.answer')}</Table.Th>
                  <Table.Th>{t('frontdesk.conferences.reminder')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {invites.map((invite) => (
                  <Table.Tr key={invite.id} data-testid="invite-row" data-status={invite.status}>
                    <Table.Td>
                      <Anchor href={hrefFor(`/participants/${invite.participantId}`)}>
                        <bdi>{fullName(invite)}</bdi>
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <PhoneLink phone={invite.phone} />
                    </Table.Td>
                    <Table.Td>
                      {/* A combobox, not a native select: arrowing through a closed native select would save every step. */}
                      <Select
                        aria-label={t('frontdesk.conferences.answerFor', { name: fullName(invite) })}
                        value={invite.status}
                        onChange={(value) => value && void change(invite, { status: value as InviteStatus })}
                        allowDeselect={false}
                        data={inviteStatusSchema.options.map((value) => ({
                          value,
                          label: t(`frontdesk.inviteStatus.${value}`),
                        }))}
                        disabled={setStatus.pending}
                        w={170}
                        data-testid="invite-status"
                      />
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Checkbox
                          label={t('frontdesk.conferences.reminded')}
                          checked={invite.remindedAt !== null}
                          onChange={(event) => void change(invite, { reminded: event.currentTarget.checked })}
                          disabled={setStatus.pending}
                        />
                        {invite.remindedAt && (
                          <Badge variant="light" color="gray">
                            {formatDateTime(invite.remindedAt)}
                          </Badge>
                        )}
                        {printsInvitations && <ConferenceInvitationButton inviteId={invite.id} />}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>

      {editing && <ConferenceFormModal conference={conference} onClose={() => setEditing(false)} />}
      {inviting && (
        <InvitePeopleModal
          conferenceId={conference.id}
          alreadyInvited={new Set(invites.map((invite) => invite.participantId))}
          onClose={() => setInviting(false)}
        />
      )}
    </Stack>
  );
}
