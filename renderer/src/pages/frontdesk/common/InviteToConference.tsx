import { Alert, Anchor, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../electron/domain/dates';
import { showApiError, showSuccess, useApiAction, useApiQuery } from '../../../api';
import { hrefFor } from '../../../router';
import { QueryState } from '../../../components/QueryState';
import { conferenceLabel } from './conference-label';

/** Invites people who may be invited (eligible, or approved by the coordinator) to an upcoming conference. */
export function InviteToConference({
  participantIds,
  onInvited,
}: {
  participantIds: number[];
  onInvited?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const conferences = useApiQuery('conferences.list', { from: todayIso() });
  const invite = useApiAction('conferences.invite');
  const [conferenceId, setConferenceId] = useState<string | null>(null);
  const [invitedTo, setInvitedTo] = useState<string | null>(null);

  if (!conferences.data) return <QueryState query={conferences} />;
  if (invitedTo) {
    return (
      <Alert color="teal" variant="light" data-testid="invited-confirmation">
        {t('frontdesk.invite.done', { conference: invitedTo })}
      </Alert>
    );
  }
  const upcoming = conferences.data;
  if (upcoming.length === 0) {
    return (
      <Text size="sm">
        {t('frontdesk.invite.noUpcoming')} <Anchor href={hrefFor('/conferences')}>{t('frontdesk.invite.plan')}</Anchor>
      </Text>
    );
  }

  const submit = async () => {
    const chosen = upcoming.find((c) => String(c.id) === conferenceId);
    if (!chosen) return;
    const result = await invite.run({ conferenceId: chosen.id, participantIds });
    if (!result.ok) return showApiError(result.error, t);
    const label = conferenceLabel(chosen, i18n.language);
    setInvitedTo(label);
    showSuccess(t('frontdesk.invite.done', { conference: label }), t);
    await queryClient.invalidateQueries({ queryKey: ['conferences.list'] });
    await queryClient.invalidateQueries({ queryKey: ['conferences.get'] });
    onInvited?.();
  };

  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('frontdesk.invite.conference')}
          placeholder={t('frontdesk.invite.pick')}
          data={upcoming.map((c) => ({
            value: String(c.id),
            label: `${conferenceLabel(c, i18n.language)} · ${t('frontdesk.invite.seats', {
              invited: c.invited,
              capacity: c.capacity ?? '—',
            })}`,
          }))}
          value={conferenceId}
          onChange={setConferenceId}
          miw={360}
          data-testid="invite-conference"
        />
        <Button onClick={() => void submit()} disabled={conferenceId === null} loading={invite.pending}>
          {t('frontdesk.invite.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
