import { Alert, Anchor, Badge, Button, Group, Kbd, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api';
import { SignInSheetButton } from '../documents/WorkshopDocuments';
import { QueryState } from '../../components/QueryState';
import { hrefFor } from '../../router';
import { usePathId } from '../frontdesk/common/path-id';
import './attendance.css';
import { NotesPanel } from './NotesPanel';
import { RosterTable } from './RosterTable';
import { sessionWhen } from './session-label';
import { useAttendanceMarks, type SessionView } from './useAttendanceMarks';
import { WalkInPanel } from './WalkInPanel';

/** `/sessions/<id>`: one session's attendance, marked from the keyboard. */
export function AttendancePage() {
  const { t } = useTranslation();
  const sessionId = usePathId('sessions');
  if (sessionId === null)
    return (
      <Alert color="gray" variant="light">
        {t('errors.attendance.session_not_found')}
      </Alert>
    );
  return <SessionAttendance key={sessionId} sessionId={sessionId} />;
}

function SessionAttendance({ sessionId }: { sessionId: number }) {
  const session = useApiQuery('attendance.session', { sessionId });
  if (!session.data) return <QueryState query={session} />;
  return <Marking session={session.data} />;
}

function Marking({ session }: { session: SessionView }) {
  const { t, i18n } = useTranslation();
  const marks = useAttendanceMarks(session);
  const unmarked = marks.rows.length - marks.marked;
  const saveSummary = marks.failed ? 'failed' : marks.saving ? 'saving' : 'saved';

  return (
    <Stack gap="lg" maw={1040}>
      <Anchor href={hrefFor('/sessions')} fz="sm">
        {t('attendance.backToSessions')}
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={1} fz="h2" data-testid="session-title">
            <bdi>{session.title}</bdi>
          </Title>
          <Text c="dimmed" mt={4}>
            {sessionWhen(t, i18n.language, session)}
            {session.place && (
              <>
                {' · '}
                <bdi>{session.place}</bdi>
              </>
            )}
          </Text>
        </div>
        <Group gap="xs" align="flex-start">
          <SignInSheetButton sessionId={session.sessionId} />
          {session.dropIn && <Badge variant="light">{t('attendance.dropIn')}</Badge>}
          {session.status === 'cancelled' && <Badge color="red">{t('attendance.cancelled')}</Badge>}
        </Group>
      </Group>

      {!session.canMark && session.status !== 'cancelled' && (
        <Alert color="blue" variant="light">
          {t('attendance.notYet')}
        </Alert>
      )}

      {marks.rows.length === 0 ? (
        <Alert color="gray" variant="light" data-testid="roster-empty">
          {session.dropIn ? t('attendance.emptyDropIn') : t('attendance.emptyCourse')}
        </Alert>
      ) : (
        <>
          <Group justify="space-between" wrap="wrap">
            <Text id="roster-keys" fz="sm" c="dimmed">
              {t('attendance.keys.intro')} <Kbd dir="ltr">P</Kbd> {t('attendance.status.PRESENT')} ·{' '}
              <Kbd dir="ltr">L</Kbd> {t('attendance.status.LATE')} · <Kbd dir="ltr">A</Kbd>{' '}
              {t('attendance.status.ABSENT')} · <Kbd dir="ltr">E</Kbd> {t('attendance.status.EXCUSED')} ·{' '}
              <Kbd dir="ltr">Ctrl Z</Kbd> {t('attendance.keys.undo')}
            </Text>
            <Text fz="sm" fw={600} data-testid="marked-count" data-save={saveSummary}>
              {t('attendance.markedCount', { marked: marks.marked, total: marks.rows.length })}
              {' · '}
              {t(`attendance.saveSummary.${saveSummary}`)}
            </Text>
          </Group>
          {session.canMark && (
            <Group gap="sm">
              <Button onClick={() => void marks.markRest()} disabled={unmarked === 0} data-testid="mark-rest-present">
                {t('attendance.restPresent', { n: unmarked })}
              </Button>
              <Button
                variant="default"
                onClick={() => void marks.undo()}
                disabled={!marks.canUndo}
                aria-keyshortcuts="Control+Z"
                data-testid="undo"
              >
                {t('attendance.undo')}
              </Button>
            </Group>
          )}
          <RosterTable
            rows={marks.rows}
            canMark={session.canMark}
            onMark={(id, status) => void marks.mark(id, status)}
            onUndo={() => void marks.undo()}
          />
        </>
      )}
      <VisuallyHidden role="status" aria-live="polite" data-testid="attendance-live">
        {marks.announcement}
      </VisuallyHidden>

      {session.dropIn && session.canMark && (
        <WalkInPanel
          sessionId={session.sessionId}
          onAdded={(name, participantId) => {
            marks.walkedIn(participantId);
            marks.setAnnouncement(t('attendance.walkIn.added', { name }));
            void marks.refresh();
          }}
        />
      )}
      {session.roster.length > 0 && <NotesPanel session={session} />}
    </Stack>
  );
}
