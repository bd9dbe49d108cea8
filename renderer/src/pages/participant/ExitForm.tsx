import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { exitReasons, type ExitReason } from '../../../../electron/domain/codes';
import { showSuccess, useApiAction } from '../../api';
import { codeOptions } from '../../codes';
import { DateField } from '../../components/DateField';
import { todayIso } from '../../../../electron/domain/dates';
import { FormError } from '../../forms/FormError';
import type { FieldErrors } from '../../forms/field-errors';
import { useFormErrors } from '../../forms/useFormErrors';
import { useRecordSaved, type Participant } from './participant-data';

/** Leaving the programme: a date and one of the CRF-1 reasons, neither in the future nor before intake. */
export function ExitForm({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const exit = useApiAction('participants.exit');
  const saved = useRecordSaved(participant.id);
  const today = todayIso();
  const [date, setDate] = useState<string | null>(today);
  const [reason, setReason] = useState<ExitReason | null>(null);
  const { errors, formError, formRef, showLocal, showServer } = useFormErrors(['exitDate', 'exitReason']);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {};
    if (!date) local.exitDate = t('errors.lifecycle.exit_date_required');
    else if (date > today) local.exitDate = t('errors.lifecycle.exit_date_in_future');
    else if (participant.enrolmentDate && date < participant.enrolmentDate)
      local.exitDate = t('errors.lifecycle.exit_before_enrolment');
    if (!reason) local.exitReason = t('errors.lifecycle.exit_reason_required');
    if (showLocal(local) || !date || !reason) return;
    const result = await exit.run({ id: participant.id, exitDate: date, exitReason: reason });
    if (!result.ok) return showServer(result.error);
    await saved(result.value);
    showSuccess(t('participant.exit.done'));
  };

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate data-testid="exit-form">
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          {t('participant.exit.intro')}
        </Text>
        <FormError error={formError} />
        <Group align="flex-start" gap="md">
          <DateField
            label={t('participant.exit.date')}
            value={date}
            onChange={setDate}
            error={errors.exitDate}
            maxDate={today}
            required
          />
          <Select
            label={t('participant.exit.reason')}
            data={codeOptions(t, 'exitReason', exitReasons)}
            value={reason}
            onChange={(value) => setReason(value as ExitReason | null)}
            error={errors.exitReason}
            required
            w={340}
            data-testid="exit-reason"
          />
        </Group>
        <Group>
          <Button type="submit" color="orange" variant="light" loading={exit.pending} data-testid="exit-submit">
            {t('participant.exit.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
