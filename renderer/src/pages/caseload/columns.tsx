import { Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { MethodOutput } from '../../../../electron/api/contract';
import type { Role } from '../../../../electron/api/contracts/roles';
import { StatusBadge, TrafficLightLabel } from '../../caseload/badges';
import { codeLabel } from '../../codes';
import { formatDisplayDate } from '../../../../electron/domain/dates';
import { displayPhone } from '../../format';
import type { SortField } from './caseload-query';

export type CaseloadRow = MethodOutput<'participants.list'>['rows'][number];

export const columnIds = [
  'status',
  'track',
  'trafficLight',
  'coach',
  'enrolmentDate',
  'lastContact',
  'age',
  'city',
  'phone',
  'populationTags',
] as const;
export type ColumnId = (typeof columnIds)[number];

export const DEFAULT_COLUMNS: readonly ColumnId[] = ['status', 'track', 'trafficLight', 'coach', 'lastContact', 'age'];

export interface ColumnDef {
  id: ColumnId;
  sort?: SortField;
  render: (row: CaseloadRow, t: TFunction) => ReactNode;
  /** Roles that never get this column (the server withholds its data from them). */
  hiddenFor?: readonly Role[];
}

const ltr = (text: string) => <span className="kesher-ltr">{text}</span>;

export const columns: readonly ColumnDef[] = [
  { id: 'status', sort: 'status', render: (row) => <StatusBadge status={row.status} size="sm" /> },
  { id: 'track', render: (row, t) => (row.track ? codeLabel(t, 'track', row.track) : '') },
  { id: 'trafficLight', sort: 'trafficLight', render: (row) => <TrafficLightLabel light={row.trafficLight} /> },
  { id: 'coach', render: (row) => (row.coachName ? <bdi>{row.coachName}</bdi> : '') },
  { id: 'enrolmentDate', sort: 'enrolmentDate', render: (row) => ltr(formatDisplayDate(row.enrolmentDate)) },
  {
    id: 'lastContact',
    sort: 'lastContactDate',
    render: (row, t) =>
      row.lastContactDate ? (
        <Group gap={6} wrap="nowrap">
          {ltr(formatDisplayDate(row.lastContactDate))}
          {row.daysSinceContact !== null && (
            <Text span c="dimmed" fz="xs">
              {t('caseload.daysAgo', { count: row.daysSinceContact })}
            </Text>
          )}
        </Group>
      ) : (
        ''
      ),
  },
  { id: 'age', sort: 'age', render: (row) => (row.age === null ? '' : ltr(String(row.age))) },
  { id: 'city', render: (row) => (row.city ? <bdi>{row.city}</bdi> : '') },
  { id: 'phone', render: (row) => ltr(displayPhone(row.phone)) },
  {
    id: 'populationTags',
    hiddenFor: ['navigator'],
    render: (row, t) => (row.populationTags ?? []).map((tag) => codeLabel(t, 'populationTag', tag)).join(', '),
  },
];

export function isColumnId(value: unknown): value is ColumnId {
  return typeof value === 'string' && (columnIds as readonly string[]).includes(value);
}
