import { Card, Table, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

interface ListTableProps {
  /** Header labels, in reading order. */
  columns: readonly string[];
  /** A last column of row buttons: its header is read out by screen readers, not shown. */
  actionsLabel?: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  testId?: string;
  /** Rows highlight under the pointer where a row leads somewhere or has buttons. */
  highlightOnHover?: boolean;
  verticalSpacing?: 'xs' | 'sm';
  /** The rows (Table.Tr). */
  children: ReactNode;
}

/** A list page's table: a bordered card, striped rows and one header row. */
export function ListTable({
  columns,
  actionsLabel,
  minWidth,
  testId,
  highlightOnHover = false,
  verticalSpacing = 'sm',
  children,
}: ListTableProps) {
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table striped highlightOnHover={highlightOnHover} verticalSpacing={verticalSpacing} data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((label) => (
                <Table.Th key={label}>{label}</Table.Th>
              ))}
              {actionsLabel !== undefined && (
                <Table.Th>
                  <VisuallyHidden>{actionsLabel}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
