import { Text, Textarea } from '@mantine/core';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { showSuccess, useApiAction } from '../../api';
import { blankAsNull } from '../../forms/form-schemas';
import { inputOf } from '../../forms/input-of';
import { FormFrame, SubmitRow } from '../../forms/FormFrame';
import { maxLengthOf } from '../../forms/limits';
import { useContractForm } from '../../forms/useContractForm';
import { patchPath, useRecordSaved, type Participant } from './participant-data';

const notesField = inputOf('participants.update').shape.patch.shape.notes;
const notesForm = z.object({ notes: blankAsNull(notesField) });
const MAX_NOTES = maxLengthOf(notesField);

/** The coach's running notes on the case. Withheld from navigators. */
export function NotesSection({ participant, editable }: { participant: Participant; editable: boolean }) {
  const { t } = useTranslation();
  const update = useApiAction('participants.update');
  const saved = useRecordSaved(participant.id);
  const { formRef, formError, field, onSubmit } = useContractForm({
    schema: notesForm,
    initialValues: { notes: participant.notes ?? '' },
    formPath: patchPath,
  });

  const submit = onSubmit(async (patch) => {
    const result = await update.run({ id: participant.id, expectedUpdatedAt: participant.updatedAt, patch });
    if (!result.ok) return result.error;
    await saved(result.value);
    showSuccess(t('participant.notes.saved'));
  });

  return (
    <FormFrame formRef={formRef} formError={formError} onSubmit={submit} testId="notes-form">
      <Textarea
        label={t('participant.tabs.notes')}
        description={t('participant.notes.hint', { max: MAX_NOTES })}
        {...field('notes')}
        readOnly={!editable}
        variant={editable ? 'default' : 'filled'}
        autosize
        minRows={6}
        maxLength={MAX_NOTES}
        data-testid="notes-text"
      />
      {/* Staff expected saving notes to count as contact; say where contact is recorded. */}
      <Text fz="sm" c="dimmed" data-testid="notes-contact-hint">
        {t('participant.notes.contactHint')}
      </Text>
      {editable && <SubmitRow loading={update.pending}>{t('participant.notes.save')}</SubmitRow>}
    </FormFrame>
  );
}
