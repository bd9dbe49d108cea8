import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { showSuccess, useApiAction, useApiQuery } from '../../api';
import { DateField } from '../../components/DateField';
import { FormError } from '../../forms/FormError';
import type { FieldErrors } from '../../forms/field-errors';
import { useFormErrors } from '../../forms/useFormErrors';
import { useSession } from '../../session/SessionContext';
import { useRecordSaved, type Participant } from './participant-data';

/** After the exposure conference: an intake meeting booked with a coach (invited → intake). */
export function ScheduleIntakeForm({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const directory = useApiQuery('staff.directory', {});
  const schedule = useApiAction('participants.scheduleIntake');
  const saved = useRecordSaved(participant.id);
  // A coach books intakes with themselves only; the server refuses anything else.
  const ownOnly = session.role === 'coach';
  const [coachId, setCoachId] = useState<string | null>(ownOnly ? String(session.userId) : null);
  const [date, setDate] = useState<string | null>(null);
  const { errors, formError, formRef, showLocal, showServer } = useFormErrors(['coachId', 'intakeScheduledDate']);

  const coaches = (directory.data ?? [])
    .filter((member) => member.active && (member.role === 'coach' || member.role === 'coordinator'))
    .filter((member) => !ownOnly || member.id === session.userId)
    .map((member) => ({ value: String(member.id), label: member.displayName }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {};
    if (coachId === null) local.coachId = t('errors.lifecycle.coach_required');
    if (date === null) local.intakeScheduledDate = t('errors.lifecycle.intake_date_required');
    if (showLocal(local) || coachId === null || date === null) return;
    const result = await schedule.run({ id: participant.id, coachId: Number(coachId), intakeScheduledDate: date });
    if (!result.ok) return showServer(result.error);
    await saved(result.value);
    showSuccess(t('participant.intake.scheduled'));
  };

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate data-testid="schedule-intake-form">
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          {t('participant.intake.scheduleIntro')}
        </Text>
        <FormError error={formError} />
        <Group align="flex-start" gap="md">
          <Select
            label={t('participant.intake.coach')}
            data={coaches}
            value={coachId}
            onChange={setCoachId}
            error={errors.coachId}
            readOnly={ownOnly}
            required
            searchable
            w={240}
            data-testid="schedule-coach"
          />
          <DateField
            label={t('participant.intake.scheduledDate')}
            value={date}
            onChange={setDate}
            error={errors.intakeScheduledDate}
            required
            data-testid="schedule-date"
          />
        </Group>
        <Group>
          <Button type="submit" loading={schedule.pending} data-testid="schedule-submit">
            {t('participant.intake.scheduleSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
