import { Alert, Button, Card, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import { showApiError, unwrap, useApi, useApiAction, type ApiFailure } from '../../api';
import { ListPage } from '../../components/ListPage';
import { formatDateTime } from '../../format';
import { AuditFilters, type AuditFilter } from './AuditFilters';
import { actionLabel, chainProblemLabel, entityLabel, fieldLabel, outcomeLabel } from './audit-vocabulary';
import { ListTable } from '../../components/ListTable';

const PAGE_SIZE = 50;

type Verification = MethodOutput<'audit.verify'>;

/** The centre's audit log: who did what and when, never what the record said. */
export function AuditPage() {
  const { t } = useTranslation();
  const api = useApi();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(1);
  const input = { ...filter, page, pageSize: PAGE_SIZE };
  // The previous page stays on screen while the next loads, so paging does not flicker.
  const log = useQuery<MethodOutput<'audit.list'>, ApiFailure>({
    queryKey: ['audit.list', input],
    queryFn: () => unwrap(api['audit.list'](input)),
    placeholderData: keepPreviousData,
  });
  const verify = useApiAction('audit.verify');
  const [verification, setVerification] = useState<Verification | null>(null);

  const runVerify = async () => {
    setVerification(null);
    const result = await verify.run({});
    if (result.ok) setVerification(result.value);
    else showApiError(result.error, t);
  };

  const pages = log.data ? Math.max(1, Math.ceil(log.data.total / PAGE_SIZE)) : 1;

  return (
    <ListPage
      title={t('nav.audit')}
      actions={
        <Button variant="light" onClick={() => void runVerify()} loading={verify.pending}>
          {t('audit.verify')}
        </Button>
      }
      filters={
        <>
          {verification && (
            <Alert
              color={verification.ok ? 'teal' : 'red'}
              variant="light"
              role={verification.ok ? 'status' : 'alert'}
              title={t(verification.ok ? 'audit.chainOkTitle' : 'audit.chainBrokenTitle')}
              data-testid="audit-verification"
            >
              {verification.ok
                ? t('audit.chainOk', { count: verification.count })
                : t('audit.chainBroken', {
                    seq: verification.firstBadSeq ?? '?',
                    problem: chainProblemLabel(t, verification.problem),
                  })}
            </Alert>
          )}
          <Card withBorder padding="md">
            <AuditFilters
              value={filter}
              onApply={(next) => {
                setFilter(next);
                setPage(1);
              }}
            />
          </Card>
        </>
      }
      query={log}
      retry={false}
      items={log.data?.rows}
      pages={{ total: pages, value: page, onChange: setPage }}
    >
      {(rows) => (
        <>
          <Text c="dimmed" fz="sm" role="status" data-testid="audit-total">
            {t('audit.total', { count: log.data?.total ?? 0 })}
          </Text>
          <ListTable
            columns={[
              t('audit.columns.seq'),
              t('audit.columns.at'),
              t('audit.columns.actor'),
              t('audit.columns.action'),
              t('audit.columns.item'),
              t('audit.columns.fields'),
              t('audit.columns.outcome'),
            ]}
            minWidth={900}
            testId="audit-table"
            verticalSpacing="xs"
          >
            {rows.map((row) => (
              <Table.Tr key={row.seq}>
                <Table.Td>
                  <bdi>{row.seq}</bdi>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="audit-at">
                  <bdi>{formatDateTime(row.at)}</bdi>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {row.actorName ? (
                    <bdi>{row.actorName}</bdi>
                  ) : (
                    <Text span c="dimmed">
                      {t('audit.noActor')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{actionLabel(t, row.action)}</Table.Td>
                <Table.Td>
                  {row.entity && (
                    <>
                      {entityLabel(t, row.entity)} {row.entityId && <bdi>#{row.entityId}</bdi>}
                    </>
                  )}
                </Table.Td>
                <Table.Td>{(row.fields ?? []).map((field) => fieldLabel(t, field)).join(', ')}</Table.Td>
                <Table.Td>{row.outcome ? outcomeLabel(t, row.outcome) : ''}</Table.Td>
              </Table.Tr>
            ))}
          </ListTable>
        </>
      )}
    </ListPage>
  );
}
