import { Button, Card, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { showSuccess, useApiAction } from '../../api';
import { formatDateTime } from '../../format';
import { chosenId, requiredText } from '../../forms/form-schemas';
import { inputOf } from '../../forms/input-of';
import { FormFrame } from '../../forms/FormFrame';
import { maxLengthOf } from '../../forms/limits';
import { useContractForm } from '../../forms/useContractForm';
import type { SessionView } from './useAttendanceMarks';

const noteInput = inputOf('facilitatorNotes.add').shape;
const MAX_NOTE = maxLengthOf(noteInput.text);
const noteForm = z.object({
  participantId: chosenId(noteInput.participantId),
  text: requiredText(noteInput.text, 'attendance.notes.writeSomething'),
});

/**
 * The facilitator's short update to each person's coach: pick the person, write a line or
 * two, send. What was sent at this workshop is listed under it, by person.
 */
export function NotesPanel({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const add = useApiAction('facilitatorNotes.add');
  const { form, formRef, formError, field, onSubmit } = useContractForm({
    schema: noteForm,
    initialValues: { participantId: null, text: '' },
    sentences: { participantId: 'attendance.notes.choosePerson' },
  });
  const text = form.getValues().text;
  const names = new Map(
    session.roster.map((r) => [r.participantId, t('attendance.rowName', { first: r.firstName, last: r.lastName })]),
  );

  const send = onSubmit(async ({ participantId, text: note }) => {
    const result = await add.run({
      instanceId: session.instanceId,
      sessionId: session.sessionId,
      participantId,
      text: note,
    });
    if (!result.ok) return result.error;
    // The person stays chosen, for a second line to the same coach; the text is cleared.
    form.setFieldValue('text', '');
    showSuccess(t('attendance.notes.sent', { name: names.get(participantId) ?? '' }), t);
    await queryClient.invalidateQueries({ queryKey: ['attendance.session', { sessionId: session.sessionId }] });
  });

  return (
    <Card withBorder component="section" aria-labelledby="notes-title" data-testid="notes-panel">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="notes-title">
          {t('attendance.notes.title')}
        </Title>
        <Text fz="sm" c="dimmed">
          {t('attendance.notes.intro')}
        </Text>
        <FormFrame formRef={formRef} formError={formError} onSubmit={send} gap="sm" testId="note-form">
          <Select
            label={t('attendance.notes.person')}
            required
            data={session.roster.map((r) => ({
              value: String(r.participantId),
              label: names.get(r.participantId) ?? '',
            }))}
            {...field('participantId')}
            searchable
            data-testid="note-person"
          />
          <Textarea
            label={t('attendance.notes.text')}
            required
            {...field('text')}
            maxLength={MAX_NOTE}
            autosize
            minRows={2}
            description={t('attendance.notes.length', { count: text.length, max: MAX_NOTE })}
            data-testid="note-text"
          />
          <div>
            <Button type="submit" loading={add.pending} data-testid="note-send">
              {t('attendance.notes.send')}
            </Button>
          </div>
        </FormFrame>
        {session.notes.length > 0 && (
          <Stack gap={6} component="ul" className="kesher-plain-list" data-testid="notes-sent">
            {[...session.notes].reverse().map((note) => (
              <li key={note.id}>
                <Text fz="sm" fw={600}>
                  <bdi>{names.get(note.participantId) ?? ''}</bdi>
                  <Text span fz="xs" c="dimmed" fw={400}>
                    {' · '}
                    <span className="kesher-ltr">{formatDateTime(note.createdAt)}</span>
                  </Text>
                </Text>
                <Text fz="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                  {note.text}
                </Text>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
