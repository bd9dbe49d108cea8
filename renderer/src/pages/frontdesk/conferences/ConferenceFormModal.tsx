import { Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/contract';
import { todayIso } from '../../../../../electron/domain/dates';
import { showSuccess, useApiAction } from '../../../api';
import type { FieldErrors } from '../../../forms/field-errors';
import { useFormErrors } from '../../../forms/useFormErrors';
import { FormError } from '../../../forms/FormError';
import { DateField } from '../../../components/DateField';

export type Conference = MethodOutput<'conferences.list'>[number];

const FIELDS = ['date', 'startTime', 'location', 'capacity'] as const;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** "930" → "09:30", "1415" → "14:15": four digits typed on the number row become a time. */
export function normaliseTime(text: string): string {
  const trimmed = text.trim();
  const digits = /^(\d{1,2})[:.]?(\d{2})$/.exec(trimmed);
  if (!digits) return trimmed;
  return `${digits[1]?.padStart(2, '0')}:${digits[2]}`;
}

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
  const [date, setDate] = useState<string | null>(conference?.date ?? null);
  const [time, setTime] = useState(conference?.startTime ?? '');
  const [location, setLocation] = useState(conference?.location ?? '');
  const [capacity, setCapacity] = useState<number | string>(conference?.capacity ?? '');
  const { errors, formError, formRef, clear: cleared, showLocal, showServer } = useFormErrors(FIELDS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const startTime = normaliseTime(time);
    const local: FieldErrors = {};
    if (date === null) local.date = t('frontdesk.conferences.dateRequired');
    if (startTime !== '' && !TIME.test(startTime)) local.startTime = t('frontdesk.conferences.timeFormat');
    const seats = capacity === '' ? null : Number(capacity);
    if (seats !== null && (!Number.isInteger(seats) || seats < 1 || seats > 1000))
      local.capacity = t('frontdesk.conferences.capacityRange');
    if (showLocal(local) || date === null) return;
    setTime(startTime);
    const result = await save.run({
      id: conference?.id,
      date,
      startTime: startTime === '' ? null : startTime,
      location: location.trim() === '' ? null : location.trim(),
      capacity: seats,
    });
    if (!result.ok) return showServer(result.error);
    await queryClient.invalidateQueries({ queryKey: ['conferences.list'] });
    await queryClient.invalidateQueries({ queryKey: ['conferences.get'] });
    showSuccess(t(conference ? 'frontdesk.conferences.updated' : 'frontdesk.conferences.created'), t);
    onSaved?.(result.value);
    onClose();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(conference ? 'frontdesk.conferences.editTitle' : 'frontdesk.conferences.createTitle')}
    >
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate data-testid="conference-form">
        <Stack gap="md">
          <FormError error={formError} />
          <DateField
            clearable
            label={t('frontdesk.conferences.date')}
            value={date}
            onChange={(value) => {
              setDate(value);
              cleared('date');
            }}
            minDate={conference ? undefined : todayIso()}
            error={errors.date}
            required
            w="100%"
            data-autofocus
            data-testid="conference-date"
          />
          <TextInput
            label={t('frontdesk.conferences.time')}
            description={t('frontdesk.conferences.timeHint')}
            placeholder="09:30"
            value={time}
            onChange={(event) => {
              setTime(event.currentTarget.value);
              cleared('startTime');
            }}
            onBlur={() => setTime(normaliseTime(time))}
            error={errors.startTime}
            inputMode="numeric"
            dir="ltr"
            w={160}
            data-testid="conference-time"
          />
          <TextInput
            label={t('frontdesk.conferences.location')}
            value={location}
            onChange={(event) => {
              setLocation(event.currentTarget.value);
              cleared('location');
            }}
            error={errors.location}
            maxLength={200}
            data-testid="conference-location"
          />
          <NumberInput
            label={t('frontdesk.conferences.capacity')}
            value={capacity}
            onChange={(value) => {
              setCapacity(value);
              cleared('capacity');
            }}
            error={errors.capacity}
            min={1}
            max={1000}
            allowDecimal={false}
            allowNegative={false}
            w={160}
            data-testid="conference-capacity"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.pending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
