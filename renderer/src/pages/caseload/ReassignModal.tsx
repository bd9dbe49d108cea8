import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput, MethodOutput } from '../../../../electron/api/contract';
import type { ApiError } from '../../../../electron/api/result';
import { showSuccess, unwrap, useApi, useApiAction } from '../../api';
import { FormError } from '../../forms/FormError';
import { isolate } from '../../format';

type Directory = MethodOutput<'staff.directory'>;

/** The statuses a reassignment moves (participants.reassign): cases still being worked on. */
const OPEN_STATUSES = ['intake', 'active'] as const;

/**
 * A coach leaves or goes on leave: every open case moves to another coach in one action.
 * The count is shown before anything moves, and the move itself asks once more.
 */
export function ReassignModal({ directory, onClose }: { directory: Directory; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const reassign = useApiAction('participants.reassign');
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const caseOwners = directory.filter((member) => member.role === 'coach' || member.role === 'coordinator');
  const nameOf = (id: string | null) =>
    isolate(caseOwners.find((member) => String(member.id) === id)?.displayName ?? '');

  const api = useApi();
  const openInput: MethodInput<'participants.list'> = {
    scope: 'all',
    coachId: Number(from),
    status: [...OPEN_STATUSES],
    pageSize: 10,
  };
  const open = useQuery({
    queryKey: ['participants.list', openInput],
    queryFn: () => unwrap(api['participants.list'](openInput)),
    enabled: from !== null,
  });
  const count = from === null ? null : (open.data?.total ?? null);

  const run = async () => {
    if (from === null || to === null) return;
    setError(null);
    const result = await reassign.run({ fromCoachId: Number(from), toCoachId: Number(to) });
    if (!result.ok) {
      setConfirming(false);
      setError(result.error);
      return;
    }
    await queryClient.invalidateQueries({ queryKey: ['participants.list'] });
    await queryClient.invalidateQueries({ queryKey: ['participants.get'] });
    showSuccess(t('caseload.reassign.done', { count: result.value.moved }));
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('caseload.reassign.title')} size="md">
      {confirming ? (
        <Stack gap="md" data-testid="reassign-confirm">
          <Text>{t('caseload.reassign.confirmText', { count: count ?? 0, from: nameOf(from), to: nameOf(to) })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('common.back')}
            </Button>
            <Button color="orange" onClick={() => void run()} loading={reassign.pending} data-autofocus>
              {t('caseload.reassign.confirm')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text fz="sm" c="dimmed">
            {t('caseload.reassign.intro')}
          </Text>
          <FormError error={error} />
          <Select
            label={t('caseload.reassign.from')}
            data={caseOwners.map((member) => ({
              value: String(member.id),
              label: member.active ? member.displayName : t('caseload.inactiveStaff', { name: member.displayName }),
            }))}
            value={from}
            onChange={(value) => {
              setFrom(value);
              if (value === to) setTo(null);
            }}
            searchable
            data-autofocus
            data-testid="reassign-from"
          />
          <Select
            label={t('caseload.reassign.to')}
            data={caseOwners
              .filter((member) => member.active && String(member.id) !== from)
              .map((member) => ({ value: String(member.id), label: member.displayName }))}
            value={to}
            onChange={setTo}
            searchable
            data-testid="reassign-to"
          />
          {count !== null && (
            <Alert variant="light" color={count === 0 ? 'gray' : 'blue'} role="status" data-testid="reassign-count">
              {t('caseload.reassign.openCases', { count, name: nameOf(from) })}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button disabled={from === null || to === null || !count} onClick={() => setConfirming(true)}>
              {t('caseload.reassign.next')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
