import { Badge, Button, Card, Group, Kbd, Table, Text } from '@mantine/core';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { markKeyLetters, rosterKeyAction } from '../../../../electron/domain/attendance-keys';
import { attendanceStatuses, type AttendanceStatus } from '../../../../electron/domain/codes';
import type { SaveState, ShownRow } from './useAttendanceMarks';

const statusColour: Record<AttendanceStatus, string> = {
  PRESENT: 'teal',
  LATE: 'yellow',
  ABSENT: 'red',
  EXCUSED: 'gray',
};

interface RosterTableProps {
  rows: ShownRow[];
  canMark: boolean;
  onMark: (participantId: number, status: AttendanceStatus) => void;
  onUndo: () => void;
}

/** A mark read from the server is saved; one in flight shows its own state. */
function SaveNote({ save: local, marked }: { save: SaveState | null; marked: boolean }) {
  const { t } = useTranslation();
  const save = local ?? (marked ? 'saved' : null);
  if (!save) return null;
  const colour = save === 'failed' ? 'red' : save === 'saving' ? 'dimmed' : 'teal';
  return (
    <Text fz="xs" c={colour} data-testid="row-save">
      {save === 'saved' ? '✓ ' : ''}
      {t(`attendance.save.${save}`)}
    </Text>
  );
}

/**
 * The roster, keyboard first: focus starts on the first row; P / L / A / E (by physical key,
 * so the Hebrew layout works) mark the focused row and move down; the arrows, Home and End
 * move; Ctrl+Z or Backspace undo. The buttons on each row do the same for a mouse.
 */
export function RosterTable({ rows, canMark, onMark, onUndo }: RosterTableProps) {
  const { t } = useTranslation();
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLTableRowElement | null)[]>([]);

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    refs.current[next]?.focus();
  };

  // The page opens ready to mark: the first row has the keyboard.
  useEffect(() => {
    if (canMark) refs.current[0]?.focus();
  }, [canMark]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
    if (event.target !== event.currentTarget) return;
    const action = rosterKeyAction(event.nativeEvent);
    if (!action) return;
    event.preventDefault();
    const row = rows[index];
    switch (action.kind) {
      case 'mark':
        if (!canMark || !row) return;
        onMark(row.participantId, action.status);
        focusRow(index + 1);
        return;
      case 'undo':
        if (canMark) onUndo();
        return;
      case 'move':
        focusRow(index + action.by);
        return;
      case 'first':
        focusRow(0);
        return;
      case 'last':
        focusRow(rows.length - 1);
    }
  };

  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" data-testid="roster" aria-describedby="roster-keys">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>#</Table.Th>
              <Table.Th>{t('attendance.name')}</Table.Th>
              <Table.Th>{t('attendance.mark')}</Table.Th>
              <Table.Th w={110}>{t('attendance.saved')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => {
              const fullName = t('attendance.rowName', { first: row.firstName, last: row.lastName });
              const statusText = row.status ? t(`attendance.status.${row.status}`) : t('attendance.unmarked');
              return (
                <Table.Tr
                  key={row.participantId}
                  ref={(el) => {
                    refs.current[index] = el;
                  }}
                  tabIndex={index === active ? 0 : -1}
                  onFocus={() => setActive(index)}
                  onKeyDown={(event) => onKeyDown(event, index)}
                  aria-label={`${fullName}: ${statusText}`}
                  className="kesher-roster-row"
                  data-testid="roster-row"
                  data-participant={row.participantId}
                  data-status={row.status ?? ''}
                  data-save={row.save ?? ''}
                >
                  <Table.Td c="dimmed">{index + 1}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Text fw={600}>
                        <bdi>{fullName}</bdi>
                      </Text>
                      {!row.enrolled && (
                        <Badge size="xs" variant="light" color="grape">
                          {t('attendance.walkIn.badge')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" role="group" aria-label={fullName}>
                      {attendanceStatuses.map((status) => (
                        <Button
                          key={status}
                          size="compact-xs"
                          tabIndex={-1}
                          disabled={!canMark}
                          color={statusColour[status]}
                          variant={row.status === status ? 'filled' : 'default'}
                          aria-pressed={row.status === status}
                          onClick={() => onMark(row.participantId, status)}
                          rightSection={
                            <Kbd size="xs" dir="ltr">
                              {markKeyLetters[status]}
                            </Kbd>
                          }
                          data-testid={`mark-${status}`}
                        >
                          {t(`attendance.status.${status}`)}
                        </Button>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <SaveNote save={row.save} marked={row.status !== null} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
