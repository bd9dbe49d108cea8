import { Button, Group, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../electron/api/result';
import { showSuccess, useApiAction } from '../../api';
import { FormError } from '../../forms/FormError';
import { coveredByFields, focusFirstInvalid, serverFieldErrors, type FieldErrors } from '../../forms/field-errors';
import { useRecordSaved, type Participant } from './participant-data';

/** A coordinator brings an exited case back: to active after an intake, else to invited. */
export function ReopenForm({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const reopen = useApiAction('participants.reopen');
  const saved = useRecordSaved(participant.id);
  const [to, setTo] = useState<'active' | 'invited'>(participant.enrolmentDate ? 'active' : 'invited');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (reason.trim().length < 3) {
      setErrors({ reason: t('errors.lifecycle.reopen_reason_required') });
      return focusFirstInvalid(formRef.current);
    }
    setErrors({});
    const result = await reopen.run({ id: participant.id, to, reason: reason.trim() });
    if (!result.ok) {
      setErrors(serverFieldErrors(result.error, t));
      if (!coveredByFields(result.error, ['reason'])) setProblem(result.error);
      return focusFirstInvalid(formRef.current);
    }
    await saved(result.value);
    showSuccess(t('participant.reopen.done'));
  };

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate data-testid="reopen-form">
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          {t('participant.reopen.intro')}
        </Text>
        <FormError error={problem} />
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
