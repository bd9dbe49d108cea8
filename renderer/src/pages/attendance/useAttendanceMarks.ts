import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import type { AttendanceStatus } from '../../../../electron/domain/codes';
import { showApiError, useApi } from '../../api';

export type SessionView = MethodOutput<'attendance.session'>;
export type RosterRow = SessionView['roster'][number];
export type SaveState = 'saving' | 'saved' | 'failed';

export interface ShownRow extends RosterRow {
  save: SaveState | null;
}

/** What undo takes back: one mark (putting the one it replaced back), or a whole "everyone else present". */
type UndoEntry =
  | { kind: 'one'; participantId: number; previous: AttendanceStatus | null }
  | { kind: 'rest'; participantIds: number[] };

interface Override {
  status: AttendanceStatus | null;
  save: SaveState;
}

/**
 * The roster's marks as the facilitator sees them: each mark shown at once, saved at once (one
 * call each), its saving state visible on the row, undoable in order, and announced to screen
 * readers. Rows the server has not heard about yet carry a local override until it answers.
 */
export function useAttendanceMarks(session: SessionView) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [overrides, setOverrides] = useState<ReadonlyMap<number, Override>>(new Map());
  const undoStack = useRef<UndoEntry[]>([]);
  const [undoCount, setUndoCount] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const sessionId = session.sessionId;

  const rows: ShownRow[] = useMemo(
    () =>
      session.roster.map((row) => {
        const local = overrides.get(row.participantId);
        return local ? { ...row, status: local.status, save: local.save } : { ...row, save: null };
      }),
    [session.roster, overrides],
  );
  const byId = useMemo(() => new Map(rows.map((r) => [r.participantId, r])), [rows]);

  const name = useCallback(
    (id: number) => {
      const row = byId.get(id);
      return row ? t('attendance.rowName', { first: row.firstName, last: row.lastName }) : '';
    },
    [byId, t],
  );

  const setLocal = (ids: number[], status: AttendanceStatus | null, save: SaveState) =>
    setOverrides((current) => {
      const next = new Map(current);
      for (const id of ids) next.set(id, { status, save });
      return next;
    });

  const pushUndo = (entry: UndoEntry) => {
    undoStack.current.push(entry);
    setUndoCount(undoStack.current.length);
  };

  const statusWord = (status: AttendanceStatus | null) =>
    status ? t(`attendance.status.${status}`) : t('attendance.unmarked');

  /** Marks one row; `recordUndo` is false when the mark is itself an undo. */
  const setMark = async (participantId: number, status: AttendanceStatus | null, recordUndo = true) => {
    const before = byId.get(participantId)?.status ?? null;
    setLocal([participantId], status, 'saving');
    const result =
      status === null
        ? await api['attendance.unmark']({ sessionId, participantIds: [participantId] })
        : await api['attendance.mark']({ sessionId, participantId, status });
    if (!result.ok) {
      setLocal([participantId], before, 'failed');
      showApiError(result.error, t);
      setAnnouncement(t('attendance.announce.failed', { name: name(participantId) }));
      return;
    }
    setLocal([participantId], status, 'saved');
    if (recordUndo && 'previous' in result.value)
      pushUndo({ kind: 'one', participantId, previous: result.value.previous });
    setAnnouncement(t('attendance.announce.marked', { name: name(participantId), status: statusWord(status) }));
  };

  const mark = (participantId: number, status: AttendanceStatus) => setMark(participantId, status);

  const markRest = async () => {
    const rest = rows.filter((r) => r.status === null).map((r) => r.participantId);
    if (!rest.length) return;
    setLocal(rest, 'PRESENT', 'saving');
    const result = await api['attendance.markRestPresent']({ sessionId });
    if (!result.ok) {
      setLocal(rest, null, 'failed');
      showApiError(result.error, t);
      return;
    }
    setLocal(result.value.marked, 'PRESENT', 'saved');
    if (result.value.marked.length) pushUndo({ kind: 'rest', participantIds: result.value.marked });
    setAnnouncement(t('attendance.announce.rest', { count: result.value.marked.length }));
  };

  const undo = async () => {
    const entry = undoStack.current.pop();
    setUndoCount(undoStack.current.length);
    if (!entry) return;
    if (entry.kind === 'one') {
      await setMark(entry.participantId, entry.previous, false);
      setAnnouncement(
        t('attendance.announce.undone', { name: name(entry.participantId), status: statusWord(entry.previous) }),
      );
      return;
    }
    setLocal(entry.participantIds, null, 'saving');
    const result = await api['attendance.unmark']({ sessionId, participantIds: entry.participantIds });
    if (!result.ok) {
      setLocal(entry.participantIds, 'PRESENT', 'failed');
      showApiError(result.error, t);
      return;
    }
    setLocal(entry.participantIds, null, 'saved');
    setAnnouncement(t('attendance.announce.restUndone', { count: entry.participantIds.length }));
  };

  /** A walk-in added by mistake is taken back by undo like a mark: unmarked, they leave the roster. */
  const walkedIn = (participantId: number) => pushUndo({ kind: 'one', participantId, previous: null });

  /** After a walk-in joins: the roster is read again, the new row already marked by the server. */
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['attendance.session', { sessionId }] });

  const saving = rows.some((r) => r.save === 'saving');
  const failed = rows.some((r) => r.save === 'failed');
  const marked = rows.filter((r) => r.status !== null).length;

  return {
    rows,
    mark,
    markRest,
    undo,
    walkedIn,
    canUndo: undoCount > 0,
    announcement,
    setAnnouncement,
    refresh,
    saving,
    failed,
    marked,
  };
}
