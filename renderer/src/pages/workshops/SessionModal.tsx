import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showApiError, showSuccess, useApiAction } from '../../api';
import { DateField } from '../../components/DateField';
import { normaliseTime } from '../frontdesk/conferences/ConferenceFormModal';
import { holidayName } from './labels';

export interface SessionSlot {
  id?: number;
  date: string | null;
  startTime: string;
  endTime: string;
  place: string;
}

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
  const [slot, setSlot] = useState(initial);

  const submit = async () => {
    const fields = {
      date: slot.date ?? '',
      startTime: slot.startTime,
      endTime: slot.endTime,
      place: slot.place || null,
    };
    const result =
      initial.id === undefined
        ? await add.run({ instanceId, sessions: [fields] })
        : await move.run({ sessionId: initial.id, ...fields });
    if (!result.ok) return showApiError(result.error, t);
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
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(initial.id === undefined ? 'workshops.sessions.add' : 'workshops.sessions.move')}
    >
      <Stack gap="sm" data-testid="session-form">
        <DateField
          label={t('workshops.fields.date')}
          value={slot.date}
          onChange={(date) => setSlot({ ...slot, date })}
          w="100%"
          data-autofocus
        />
        <Group grow>
          <TextInput
            label={t('workshops.schedule.from')}
            dir="ltr"
            value={slot.startTime}
            onChange={(e) => setSlot({ ...slot, startTime: e.currentTarget.value })}
            onBlur={() => setSlot((s) => ({ ...s, startTime: normaliseTime(s.startTime) }))}
          />
          <TextInput
            label={t('workshops.schedule.to')}
            dir="ltr"
            value={slot.endTime}
            onChange={(e) => setSlot({ ...slot, endTime: e.currentTarget.value })}
            onBlur={() => setSlot((s) => ({ ...s, endTime: normaliseTime(s.endTime) }))}
          />
        </Group>
        <TextInput
          label={t('workshops.fields.place')}
          description={t('workshops.sessions.placeHint')}
          maxLength={120}
          value={slot.place}
          onChange={(e) => setSlot({ ...slot, place: e.currentTarget.value })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={move.pending || add.pending} disabled={!slot.date}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
