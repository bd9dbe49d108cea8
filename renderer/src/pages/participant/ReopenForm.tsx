import { SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { showSuccess, useApiAction } from '../../api';
import { inputOf } from '../../forms/input-of';
import { FormFrame, SubmitRow } from '../../forms/FormFrame';
import { maxLengthOf } from '../../forms/limits';
import { useContractForm } from '../../forms/useContractForm';
import { useRecordSaved, type Participant } from './participant-data';

const reopenInput = inputOf('participants.reopen');
const reopenForm = reopenInput.omit({ id: true });

/** A coordinator brings an exited case back: to active after an intake, else to invited. */
export function ReopenForm({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const reopen = useApiAction('participants.reopen');
  const saved = useRecordSaved(participant.id);
  const { formRef, formError, field, onSubmit } = useContractForm({
    schema: reopenForm,
    initialValues: { to: participant.enrolmentDate ? 'active' : 'invited', reason: '' },
    sentences: { reason: 'errors.lifecycle.reopen_reason_required' },
    fields: ['reason'],
  });

  const submit = onSubmit(async (input) => {
    const result = await reopen.run({ id: participant.id, ...input });
    if (!result.ok) return result.error;
    await saved(result.value);
    showSuccess(t('participant.reopen.done'));
  });

  return (
    <FormFrame
      formRef={formRef}
      formError={formError}
      onSubmit={submit}
      testId="reopen-form"
      intro={t('participant.reopen.intro')}
    >
      <Stack gap={4}>
        <Text fz="sm" fw={500} id="reopen-to-label">
          {t('participant.reopen.to')}
        </Text>
        <SegmentedControl
          aria-labelledby="reopen-to-label"
          {...field('to')}
          data={[
            { value: 'active', label: t('participant.reopen.toActive') },
            { value: 'invited', label: t('participant.reopen.toInvited') },
          ]}
        />
      </Stack>
      <Textarea
        label={t('participant.reopen.reason')}
        {...field('reason')}
        required
        autosize
        minRows={2}
        maxLength={maxLengthOf(reopenInput.shape.reason)}
        data-testid="reopen-reason"
      />
      <SubmitRow variant="light" loading={reopen.pending} testId="reopen-submit">
        {t('participant.reopen.submit')}
      </SubmitRow>
    </FormFrame>
  );
}
