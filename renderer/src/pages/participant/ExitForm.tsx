import { Group, Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { exitReasons } from '../../../../electron/domain/codes';
import { todayIso } from '../../../../electron/domain/dates';
import { showSuccess, useApiAction } from '../../api';
import { codeOptions } from '../../codes';
import { DateField } from '../../components/DateField';
import { always, chosen, inputOf } from '../../forms/form-schemas';
import { FormFrame, SubmitRow } from '../../forms/FormFrame';
import { useContractForm } from '../../forms/useContractForm';
import { useRecordSaved, type Participant } from './participant-data';

const exitInput = inputOf('participants.exit');

const sentences = {
  exitDate: 'errors.lifecycle.exit_date_required',
  exitReason: 'errors.lifecycle.exit_reason_required',
};

/** The server's date rules, checked before asking it: neither in the future nor before intake. */
function exitForm(today: string, enrolmentDate: string | null) {
  return exitInput
    .omit({ id: true })
    .extend({ exitDate: chosen(exitInput.shape.exitDate), exitReason: chosen(exitInput.shape.exitReason) })
    .superRefine(({ exitDate }, ctx) => {
      if (exitDate > today)
        ctx.addIssue({ code: 'custom', path: ['exitDate'], message: 'errors.lifecycle.exit_date_in_future' });
      else if (enrolmentDate && exitDate < enrolmentDate)
        ctx.addIssue({ code: 'custom', path: ['exitDate'], message: 'errors.lifecycle.exit_before_enrolment' });
    }, always);
}

/** Leaving the programme: a date and one of the CRF-1 reasons, neither in the future nor before intake. */
export function ExitForm({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const exit = useApiAction('participants.exit');
  const saved = useRecordSaved(participant.id);
  const today = todayIso();
  const schema = useMemo(() => exitForm(today, participant.enrolmentDate), [today, participant.enrolmentDate]);
  const { formRef, formError, field, onSubmit } = useContractForm({
    schema,
    initialValues: { exitDate: today as string | null, exitReason: null as string | null },
    sentences,
  });

  const submit = onSubmit(async (input) => {
    const result = await exit.run({ id: participant.id, ...input });
    if (!result.ok) return result.error;
    await saved(result.value);
    showSuccess(t('participant.exit.done'));
  });

  return (
    <FormFrame
      formRef={formRef}
      formError={formError}
      onSubmit={submit}
      testId="exit-form"
      intro={t('participant.exit.intro')}
    >
      <Group align="flex-start" gap="md">
        <DateField label={t('participant.exit.date')} {...field('exitDate')} maxDate={today} required />
        <Select
          label={t('participant.exit.reason')}
          data={codeOptions(t, 'exitReason', exitReasons)}
          {...field('exitReason')}
          required
          w={340}
          data-testid="exit-reason"
        />
      </Group>
      <SubmitRow color="orange" variant="light" loading={exit.pending} testId="exit-submit">
        {t('participant.exit.submit')}
      </SubmitRow>
    </FormFrame>
  );
}
