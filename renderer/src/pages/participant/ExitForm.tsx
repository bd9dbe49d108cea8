import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../electron/api/result';
import { exitReasons, type ExitReason } from '../../../../electron/domain/codes';
import { showSuccess, useApiAction } from '../../api';
import { codeOptions } from '../../codes';
import { DateField } from '../../components/DateField';
import { todayIso } from '../../../../electron/domain/dates';
import { FormError } from '../../forms/FormError';
import { coveredByFields, focusFirstInvalid, serverFieldErrors, type FieldErrors } from '../../forms/field-errors';
import { useRecordSaved, type Participant } from './participant-data';

/** Leaving the programme: a date and one of the CRF-1 reasons, neither in the future nor before intake. */
export function ExitForm({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const exit = useApiAction('participants.exit');
  const saved = useRecordSaved(participant.id);
  const today = todayIso();
  const [date, setDate] = useState<string | null>(today);
  const [reason, setReason] = useState<ExitReason | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {};
    if (!date) local.exitDate = t('errors.lifecycle.exit_date_required');
    else if (date > today) local.exitDate = t('errors.lifecycle.exit_date_in_future');
    else if (participant.enrolmentDate && date < participant.enrolmentDate)
      local.exitDate = t('errors.lifecycle.exit_before_enrolment');
    if (!reason) local.exitReason = t('errors.lifecycle.exit_reason_required');
    setErrors(local);
    setProblem(null);
    if (!date || !reason || Object.keys(local).length > 0) return focusFirstInvalid(formRef.current);
    const result = await exit.run({ id: participant.id, exitDate: date, exitReason: reason });
    if (!result.ok) {
      setErrors(serverFieldErrors(result.error, t));
      if (!coveredByFields(result.error, ['exitDate', 'exitReason'])) setProblem(result.error);
      return focusFirstInvalid(formRef.current);
    }
    await saved(result.value);
    showSuccess(t('participant.exit.done'));
  };

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate data-testid="exit-form">
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          {t('participant.exit.intro')}
        </Text>
        <FormError error={problem} />
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
