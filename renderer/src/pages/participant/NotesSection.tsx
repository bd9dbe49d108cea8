import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { showSuccess, useApiAction } from '../../api';
import { FormError } from '../../forms/FormError';
import { useFormErrors } from '../../forms/useFormErrors';
import { useRecordSaved, type Participant } from './participant-data';

const MAX_NOTES = 5000;

/** The coach's running notes on the case. Withheld from navigators. */
export function NotesSection({ participant, editable }: { participant: Participant; editable: boolean }) {
  const { t } = useTranslation();
  const update = useApiAction('participants.update');
  const saved = useRecordSaved(participant.id);
  const [notes, setNotes] = useState(participant.notes ?? '');
  const { errors, formError, formRef, showLocal, showServer } = useFormErrors(['notes']);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    showLocal({});
    const result = await update.run({
      id: participant.id,
      expectedUpdatedAt: participant.updatedAt,
      patch: { notes: notes.trim() === '' ? null : notes.trim() },
    });
    if (!result.ok) return showServer(result.error);
    await saved(result.value);
    showSuccess(t('participant.notes.saved'));
  };

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate data-testid="notes-form">
      <Stack gap="md">
        <FormError error={formError} />
        <Textarea
          label={t('participant.tabs.notes')}
          description={t('participant.notes.hint', { max: MAX_NOTES })}
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
          error={errors.notes}
          readOnly={!editable}
          variant={editable ? 'default' : 'filled'}
          autosize
          minRows={6}
          maxLength={MAX_NOTES}
          data-testid="notes-text"
        />
        {editable && (
          <Group>
            <Button type="submit" loading={update.pending}>
              {t('participant.notes.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
