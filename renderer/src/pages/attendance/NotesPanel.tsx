import { Button, Card, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showApiError, showSuccess, useApiAction } from '../../api';
import { formatDateTime } from '../../format';
import type { SessionView } from './useAttendanceMarks';

const MAX_NOTE = 1000;

/**
 * The facilitator's short update to each person's coach: pick the person, write a line or
 * two, send. What was sent at this workshop is listed under it, by person.
 */
export function NotesPanel({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const add = useApiAction('facilitatorNotes.add');
  const [participantId, setParticipantId] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const names = new Map(
    session.roster.map((r) => [r.participantId, t('attendance.rowName', { first: r.firstName, last: r.lastName })]),
  );

  const send = async () => {
    if (!participantId) return setProblem(t('attendance.notes.choosePerson'));
    if (!text.trim()) return setProblem(t('attendance.notes.writeSomething'));
    setProblem(null);
    const result = await add.run({
      instanceId: session.instanceId,
      sessionId: session.sessionId,
      participantId: Number(participantId),
      text,
    });
    if (!result.ok) return showApiError(result.error, t);
    setText('');
    showSuccess(t('attendance.notes.sent', { name: names.get(Number(participantId)) ?? '' }), t);
    await queryClient.invalidateQueries({ queryKey: ['attendance.session', { sessionId: session.sessionId }] });
  };

  return (
    <Card withBorder component="section" aria-labelledby="notes-title" data-testid="notes-panel">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="notes-title">
          {t('attendance.notes.title')}
        </Title>
        <Text fz="sm" c="dimmed">
          {t('attendance.notes.intro')}
        </Text>
        <Select
          label={t('attendance.notes.person')}
          data={session.roster.map((r) => ({
            value: String(r.participantId),
            label: names.get(r.participantId) ?? '',
          }))}
          value={participantId}
          onChange={setParticipantId}
          searchable
          data-testid="note-person"
        />
        <Textarea
          label={t('attendance.notes.text')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          maxLength={MAX_NOTE}
          autosize
          minRows={2}
          description={t('attendance.notes.length', { count: text.length, max: MAX_NOTE })}
          error={problem}
          data-testid="note-text"
        />
        <div>
          <Button onClick={() => void send()} loading={add.pending} data-testid="note-send">
            {t('attendance.notes.send')}
          </Button>
        </div>
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
