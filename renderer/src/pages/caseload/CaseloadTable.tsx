import { Anchor, Group, Stack, Table, UnstyledButton } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NoContactFlag } from '../../caseload/badges';
import { SortIcon } from '../../caseload/icons';
import { hrefFor, navigate } from '../../router';
import type { SortDirection, SortField } from './caseload-query';
import type { CaseloadRow, ColumnDef } from './columns';

interface CaseloadTableProps {
  rows: readonly CaseloadRow[];
  shown: readonly ColumnDef[];
  sort: SortField;
  direction: SortDirection;
  onSort: (field: SortField) => void;
}

const participantPath = (id: number) => `/participants/${id}`;

/**
 * One tab stop for the whole list (roving tabindex): Tab lands on the current row, the
 * arrow keys, Home and End move between rows, Enter opens the participant.
 */
export function CaseloadTable({ rows, shown, sort, direction, onSort }: CaseloadTableProps) {
  const { t } = useTranslation();
  const [active, setActive] = useState(0);
  const body = useRef<HTMLTableSectionElement>(null);
  const current = Math.min(active, Math.max(0, rows.length - 1));

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    setActive(target);
    body.current?.querySelectorAll<HTMLTableRowElement>('tr[data-row]')[target]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, id: number) => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: rows.length - 1,
      PageDown: index + 10,
      PageUp: index - 10,
    };
    if (event.key in moves) {
      event.preventDefault();
      focusRow(moves[event.key] as number);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      navigate(participantPath(id));
    }
  };

  const header = (label: string, field: SortField | undefined, key: string) => {
    if (!field) return <Table.Th key={key}>{label}</Table.Th>;
    const on = sort === field;
    return (
      <Table.Th key={key} aria-sort={on ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <UnstyledButton className="kesher-sort-button" onClick={() => onSort(field)} data-testid={`sort-${field}`}>
          {label}
          <SortIcon direction={on ? direction : null} />
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="caseload-table" aria-describedby="caseload-keys">
        <Table.Thead>
          <Table.Tr>
            {header(t('caseload.columns.name'), 'lastName', 'name')}
            {shown.map((column) => header(t(`caseload.columns.${column.id}`), column.sort, column.id))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody ref={body}>
          {rows.map((row, index) => (
            <Table.Tr
              key={row.id}
              data-row
              data-flagged={row.flaggedNoContact || undefined}
              data-testid={`caseload-row-${row.id}`}
              className="kesher-caseload-row"
              tabIndex={index === current ? 0 : -1}
              onFocus={() => setActive(index)}
              onKeyDown={(event) => onKeyDown(event, index, row.id)}
              onClick={() => navigate(participantPath(row.id))}
            >
              <Table.Td>
                <Stack gap={2}>
                  <Anchor href={hrefFor(participantPath(row.id))} tabIndex={-1} fw={600}>
                    <bdi>{t('caseload.listName', { first: row.firstName, last: row.lastName })}</bdi>
                  </Anchor>
                  {row.flaggedNoContact && (
                    <Group gap={4}>
                      <NoContactFlag days={row.daysSinceContact} />
                    </Group>
                  )}
                </Stack>
              </Table.Td>
              {shown.map((column) => (
                <Table.Td key={column.id}>{column.render(row, t)}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
