import { Button, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { showSuccess, useApiAction } from '../../api';
import { FormError } from '../../forms/FormError';
import { useFormErrors } from '../../forms/useFormErrors';
import { useRecordSaved, type Participant } from './participant-data';

/** A coordinator brings an exited case back: to active after an intake, else to invited. */
export function ReopenForm({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const reopen = useApiAction('participants.reopen');
  const saved = useRecordSaved(participant.id);
  const [to, setTo] = useState<'active' | 'invited'>(participant.enrolmentDate ? 'active' : 'invited');
  const [reason, setReason] = useState('');
  const { errors, formError, formRef, showLocal, showServer } = useFormErrors(['reason']);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (showLocal(reason.trim().length < 3 ? { reason: t('errors.lifecycle.reopen_reason_required') } : {})) return;
    const result = await reopen.run({ id: participant.id, to, reason: reason.trim() });
    if (!result.ok) return showServer(result.error);
    await saved(result.value);
    showSuccess(t('participant.reopen.done'));
  };

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate data-testid="reopen-form">
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          {t('participant.reopen.intro')}
        </Text>
        <FormError error={formError} />
        <Stack gap={4}>
          <Text fz="sm" fw={500} id="reopen-to-label">
            {t('participant.reopen.to')}
          </Text>
          <SegmentedControl
            aria-labelledby="reopen-to-label"
            value={to}
            onChange={(value) => setTo(value as 'active' | 'invited')}
            data={[
              { value: 'active', label: t('participant.reopen.toActive') },
              { value: 'invited', label: t('participant.reopen.toInvited') },
            ]}
          />
        </Stack>
        <Textarea
          label={t('participant.reopen.reason')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={errors.reason}
          required
          autosize
          minRows={2}
          maxLength={500}
          data-testid="reopen-reason"
        />
        <Group>
          <Button type="submit" variant="light" loading={reopen.pending} data-testid="reopen-submit">
            {t('participant.reopen.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
