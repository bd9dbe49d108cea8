import { Group, Modal, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { showSuccess, useApiAction } from '../../api';
import { DateField } from '../../components/DateField';
import { DialogActions, FormFrame } from '../../forms/FormFrame';
import { inputOf } from '../../forms/input-of';
import { maxLengthOf } from '../../forms/limits';
import { useContractForm } from '../../forms/useContractForm';
import { normaliseTime } from '../frontdesk/conferences/ConferenceFormModal';
import { sessionPath, sessionSchema, sessionSentences } from './instance-form';
import { holidayName } from './labels';

export interface SessionSlot {
  id?: number;
  date: string | null;
  startTime: string;
  endTime: string;
  place: string;
}

const placeLimit = maxLengthOf(inputOf('workshops.moveSession').shape.place);

/** Moves one session, or adds one; a holiday or a clash on the new date is reported after saving. */
export function SessionModal({
  instanceId,
  initial,
  onClose,
}: {
  instanceId: number;
  initial: SessionSlot;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const move = useApiAction('workshops.moveSession');
  const add = useApiAction('workshops.addSessions');
  const { form, formRef, formError, field, onSubmit } = useContractForm({
    schema: sessionSchema,
    initialValues: { date: initial.date, startTime: initial.startTime, endTime: initial.endTime, place: initial.place },
    sentences: sessionSentences,
    formPath: sessionPath,
  });

  const submit = onSubmit(async (fields) => {
    const result =
      initial.id === undefined
        ? await add.run({ instanceId, sessions: [fields] })
        : await move.run({ sessionId: initial.id, ...fields });
    if (!result.ok) return result.error;
    const { clashes, holidays } = result.value;
    const warnings = [
      ...holidays.map((h) => t('workshops.sessions.onHoliday', { name: holidayName(h, i18n.language) })),
      ...clashes.map((c) =>
        t(`workshops.clash.${c.reason}`, { date: c.date, time: c.startTime ?? '', title: c.title }),
      ),
    ];
    showSuccess([t('workshops.sessions.saved'), ...warnings].join(' · '), t);
    await queryClient.invalidateQueries({ queryKey: ['workshops.get', { instanceId }] });
    await queryClient.invalidateQueries({ queryKey: ['workshops.list'] });
    onClose();
  });
  // "930" becomes "09:30" on leaving the box, so what is checked is what is shown.
  const timeField = (key: 'startTime' | 'endTime') => ({
    ...field(key),
    onBlur: () => form.setFieldValue(key, normaliseTime(form.getValues()[key])),
    dir: 'ltr' as const,
    inputMode: 'numeric' as const,
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(initial.id === undefined ? 'workshops.sessions.add' : 'workshops.sessions.move')}
    >
      <FormFrame formRef={formRef} formError={formError} onSubmit={submit} gap="sm" testId="session-form">
        <DateField
          label={t('workshops.fields.date')}
          {...field('date')}
          required
          w="100%"
          data-autofocus
          data-testid="session-date"
        />
        <Group grow align="flex-start">
          <TextInput label={t('workshops.schedule.from')} {...timeField('startTime')} data-testid="session-start" />
          <TextInput label={t('workshops.schedule.to')} {...timeField('endTime')} data-testid="session-end" />
        </Group>
        <TextInput
          label={t('workshops.fields.place')}
          description={t('workshops.sessions.placeHint')}
          maxLength={placeLimit}
          {...field('place')}
          data-testid="session-place"
        />
        <DialogActions onCancel={onClose} loading={move.pending || add.pending} testId="session-save" />
      </FormFrame>
    </Modal>
  );
}
