import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { showSuccess, useApiAction, useApiQuery } from '../../api';
import { DateField } from '../../components/DateField';
import { chosen, chosenId } from '../../forms/form-schemas';
import { inputOf } from '../../forms/input-of';
import { FormFrame, SubmitRow } from '../../forms/FormFrame';
import { useContractForm } from '../../forms/useContractForm';
import { useSession } from '../../session/SessionContext';
import { useRecordSaved, type Participant } from './participant-data';

const scheduleInput = inputOf('participants.scheduleIntake');
const scheduleForm = scheduleInput.omit({ id: true }).extend({
  coachId: chosenId(scheduleInput.shape.coachId),
  intakeScheduledDate: chosen(scheduleInput.shape.intakeScheduledDate),
});

const sentences = {
  coachId: 'errors.lifecycle.coach_required',
  intakeScheduledDate: 'errors.lifecycle.intake_date_required',
};

/** After the exposure conference: an intake meeting booked with a coach (invited → intake). */
export function ScheduleIntakeForm({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const directory = useApiQuery('staff.directory', {});
  const schedule = useApiAction('participants.scheduleIntake');
  const saved = useRecordSaved(participant.id);
  // A coach books intakes with themselves only; the server refuses anything else.
  const ownOnly = session.role === 'coach';
  const { formRef, formError, field, onSubmit } = useContractForm({
    schema: scheduleForm,
    initialValues: {
      coachId: ownOnly ? String(session.userId) : null,
      intakeScheduledDate: null as string | null,
    },
    sentences,
  });

  const coaches = (directory.data ?? [])
    .filter((member) => member.active && (member.role === 'coach' || member.role === 'coordinator'))
    .filter((member) => !ownOnly || member.id === session.userId)
    .map((member) => ({ value: String(member.id), label: member.displayName }));

  const submit = onSubmit(async (input) => {
    const result = await schedule.run({ id: participant.id, ...input });
    if (!result.ok) return result.error;
    await saved(result.value);
    showSuccess(t('participant.intake.scheduled'));
  });

  return (
    <FormFrame
      formRef={formRef}
      formError={formError}
      onSubmit={submit}
      testId="schedule-intake-form"
      intro={t('participant.intake.scheduleIntro')}
    >
      <Group align="flex-start" gap="md">
        <Select
          label={t('participant.intake.coach')}
          data={coaches}
          {...field('coachId')}
          readOnly={ownOnly}
          required
          searchable
          w={240}
          data-testid="schedule-coach"
        />
        <DateField
          label={t('participant.intake.scheduledDate')}
          {...field('intakeScheduledDate')}
          required
          data-testid="schedule-date"
        />
      </Group>
      <SubmitRow loading={schedule.pending} testId="schedule-submit">
        {t('participant.intake.scheduleSubmit')}
      </SubmitRow>
    </FormFrame>
  );
}
