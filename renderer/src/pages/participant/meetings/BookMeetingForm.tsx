import { Alert, Button, Group, Select, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { meetingModes } from '../../../../../electron/domain/codes';
import { addDays, formatDisplayDate, todayIso } from '../../../../../electron/domain/dates';
import { offWeekend } from '../../../../../electron/domain/meetings';
import { showSuccess, useApiAction } from '../../../api';
import { DateField } from '../../../components/DateField';
import { FormFrame } from '../../../forms/FormFrame';
import { blankAsUndefined, chosen } from '../../../forms/form-schemas';
import { inputOf } from '../../../forms/input-of';
import { useContractForm } from '../../../forms/useContractForm';

const bookInput = inputOf('meetings.book');

const bookForm = z.object({
  date: chosen(bookInput.shape.date),
  time: blankAsUndefined(bookInput.shape.time),
  mode: bookInput.shape.mode,
});

/**
 * Books a meeting without recording one (after a phone call, say). The boundary rule applies
 * here too: with agreed tasks overdue the booking is made and flagged, and the coach is told.
 */
export function BookMeetingForm({
  participantId,
  overdueTasks,
  onSaved,
  onCancel,
}: {
  participantId: number;
  overdueTasks: number;
  onSaved: (flagged: boolean) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const book = useApiAction('meetings.book');
  const today = todayIso();
  const initialValues = useMemo(
    () => ({ date: offWeekend(addDays(today, 7)) as string | null, time: '10:00', mode: 'IN_PERSON' as const }),
    [today],
  );
  const { formRef, formError, field, onSubmit } = useContractForm({ schema: bookForm, initialValues });

  const submit = onSubmit(async (input) => {
    const result = await book.run({ participantId, ...input, date: input.date as string });
    if (!result.ok) return result.error;
    showSuccess(t('meetings.book.saved', { date: formatDisplayDate(result.value.date) }));
    await onSaved(result.value.tasksOverdueFlag);
  });

  return (
    <FormFrame formRef={formRef} formError={formError} onSubmit={submit} testId="book-meeting-form">
      <Group align="flex-end" gap="md" wrap="wrap">
        <DateField label={t('meetings.form.date')} {...field('date')} minDate={today} required />
        <TextInput label={t('meetings.form.time')} {...field('time')} w={90} dir="ltr" />
        <Select
          label={t('meetings.form.mode')}
          data={meetingModes.map((value) => ({ value, label: t(`meetings.mode.${value}`) }))}
          {...field('mode')}
          allowDeselect={false}
          w={150}
        />
      </Group>
      {overdueTasks > 0 && (
        <Alert color="orange" variant="light" data-testid="book-flag-warning">
          {t('meetings.form.flagWarning', { count: overdueTasks })}
        </Alert>
      )}
      <Group gap="sm">
        <Button type="submit" loading={book.pending} data-testid="book-save">
          {t('meetings.book.save')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Group>
    </FormFrame>
  );
}
