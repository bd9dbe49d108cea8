import { Modal, NumberInput, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { MethodOutput } from '../../../../../electron/api/contract';
import { todayIso } from '../../../../../electron/domain/dates';
import { showSuccess, useApiAction } from '../../../api';
import { blankAsNull, chosen, converted } from '../../../forms/form-schemas';
import { inputOf } from '../../../forms/input-of';
import { DialogActions, FormFrame } from '../../../forms/FormFrame';
import { maxLengthOf } from '../../../forms/limits';
import { useContractForm } from '../../../forms/useContractForm';
import { DateField } from '../../../components/DateField';

export type Conference = MethodOutput<'conferences.list'>[number];

/** "930" → "09:30", "1415" → "14:15": four digits typed on the number row become a time. */
export function normaliseTime(text: string): string {
  const trimmed = text.trim();
  const digits = /^(\d{1,2})[:.]?(\d{2})$/.exec(trimmed);
  if (!digits) return trimmed;
  return `${digits[1]?.padStart(2, '0')}:${digits[2]}`;
}

const saveInput = inputOf('conferences.save');
const conferenceForm = saveInput.omit({ id: true }).extend({
  date: chosen(saveInput.shape.date),
  startTime: converted(z.string(), (text) => normaliseTime(text) || null, saveInput.shape.startTime),
  location: blankAsNull(saveInput.shape.location),
  capacity: converted(
    z.union([z.number(), z.string()]),
    (seats) => (seats === '' ? null : Number(seats)),
    saveInput.shape.capacity,
  ),
});

const sentences = {
  date: 'frontdesk.conferences.dateRequired',
  startTime: 'frontdesk.conferences.timeFormat',
  capacity: 'frontdesk.conferences.capacityRange',
};

/** Plans a conference or changes one: date, start time, place and number of seats. */
export function ConferenceFormModal({
  conference,
  onClose,
  onSaved,
}: {
  conference: Conference | null;
  onClose: () => void;
  onSaved?: (saved: Conference) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useApiAction('conferences.save');
  const { formRef, formError, field, onSubmit, form } = useContractForm({
    schema: conferenceForm,
    initialValues: {
      date: conference?.date ?? null,
      startTime: conference?.startTime ?? '',
      location: conference?.location ?? '',
      capacity: (conference?.capacity ?? '') as number | string,
    },
    sentences,
  });

  const submit = onSubmit(async (input) => {
    const result = await save.run({ id: conference?.id, ...input });
    if (!result.ok) return result.error;
    await queryClient.invalidateQueries({ queryKey: ['conferences.list'] });
    await queryClient.invalidateQueries({ queryKey: ['conferences.get'] });
    showSuccess(t(conference ? 'frontdesk.conferences.updated' : 'frontdesk.conferences.created'), t);
    onSaved?.(result.value);
    onClose();
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(conference ? 'frontdesk.conferences.editTitle' : 'frontdesk.conferences.createTitle')}
    >
      <FormFrame formRef={formRef} formError={formError} onSubmit={submit} testId="conference-form">
        <DateField
          clearable
          label={t('frontdesk.conferences.date')}
          {...field('date')}
          minDate={conference ? undefined : todayIso()}
          required
          w="100%"
          data-autofocus
          data-testid="conference-date"
        />
        <TextInput
          label={t('frontdesk.conferences.time')}
          description={t('frontdesk.conferences.timeHint')}
          placeholder="09:30"
          {...field('startTime')}
          onBlur={() => form.setFieldValue('startTime', normaliseTime(form.getValues().startTime))}
          inputMode="numeric"
          dir="ltr"
          w={160}
          data-testid="conference-time"
        />
        <TextInput
          label={t('frontdesk.conferences.location')}
          {...field('location')}
          maxLength={maxLengthOf(saveInput.shape.location)}
          data-testid="conference-location"
        />
        <NumberInput
          label={t('frontdesk.conferences.capacity')}
          {...field('capacity')}
          min={1}
          max={1000}
          allowDecimal={false}
          allowNegative={false}
          w={160}
          data-testid="conference-capacity"
        />
        <DialogActions onCancel={onClose} loading={save.pending} />
      </FormFrame>
    </Modal>
  );
}
