import { Chip, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { MethodOutput } from '../../../../../electron/api/contract';
import { coachingTools, meetingStates } from '../../../../../electron/domain/casework';
import { formatDisplayDate } from '../../../../../electron/domain/dates';
import { showSuccess, useApiAction } from '../../../api';
import { ChoiceSegments } from '../../../components/ChoiceSegments';
import { DialogActions, FormFrame } from '../../../forms/FormFrame';
import { blankAsNull } from '../../../forms/form-schemas';
import { inputOf } from '../../../forms/input-of';
import { useContractForm } from '../../../forms/useContractForm';

type Meeting = MethodOutput<'meetings.list'>['meetings'][number];

const patch = inputOf('meetings.update').shape.patch.shape;
const editForm = z.object({
  state: patch.state.unwrap(),
  tools: patch.tools.unwrap(),
  topics: blankAsNull(patch.topics.unwrap()),
  note: blankAsNull(patch.note.unwrap()),
});

/**
 * Corrects a recorded meeting (what happened, tools, topics, note). Saved against the version
 * it was opened at, so a colleague's change in between is not overwritten.
 */
export function EditMeetingModal({
  meeting,
  onClose,
  onSaved,
}: {
  meeting: Meeting;
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const update = useApiAction('meetings.update');
  const { form, formRef, formError, field, onSubmit } = useContractForm({
    schema: editForm,
    initialValues: {
      state: meeting.state,
      tools: meeting.tools,
      topics: meeting.topics ?? '',
      note: meeting.note ?? '',
    },
    formPath: (path) => path.replace(/^patch\./, ''),
  });
  const values = form.getValues();

  const submit = onSubmit(async (input) => {
    const result = await update.run({ id: meeting.id, expectedUpdatedAt: meeting.updatedAt, patch: input });
    if (!result.ok) return result.error;
    showSuccess(t('meetings.edit.saved'));
    await onSaved();
    onClose();
  });

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('meetings.edit.title', { date: formatDisplayDate(meeting.date) })}
    >
      <FormFrame formRef={formRef} formError={formError} onSubmit={submit} testId="edit-meeting-form">
        <ChoiceSegments
          aria-label={t('meetings.form.state')}
          data={meetingStates.map((value) => ({ value, label: t(`meetings.state.${value}`) }))}
          value={values.state}
          onChange={(value) => form.setFieldValue('state', value as Meeting['state'])}
          w="fit-content"
        />
        <Chip.Group
          multiple
          value={values.tools}
          onChange={(value) => form.setFieldValue('tools', value as Meeting['tools'])}
        >
          <Group gap={6}>
            {coachingTools.map((tool) => (
              <Chip key={tool} value={tool} size="xs">
                {t(`meetings.tools.${tool}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Stack gap="sm">
          <TextInput label={t('meetings.form.topics')} {...field('topics')} maxLength={500} />
          <Textarea label={t('meetings.form.note')} {...field('note')} autosize minRows={2} maxLength={2000} />
        </Stack>
        <DialogActions onCancel={onClose} loading={update.pending} testId="edit-meeting-save" />
      </FormFrame>
    </Modal>
  );
}
