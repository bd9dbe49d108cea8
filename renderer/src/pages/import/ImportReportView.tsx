import { Alert, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';

type Report = MethodOutput<'imports.run'>;
type Issue = Report['errors'][number];

const createdKeys = [
  'participants',
  'placements',
  'meetings',
  'workshops',
  'sessions',
  'enrolments',
  'attendance',
] as const;

function IssueTable({ issues, testId }: { issues: readonly Issue[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Table striped withTableBorder data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('import.file')}</Table.Th>
          <Table.Th>{t('import.row')}</Table.Th>
          <Table.Th>{t('import.column')}</Table.Th>
          <Table.Th>{t('import.reason')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {issues.map((issue, i) => (
          <Table.Tr key={i}>
            <Table.Td dir="ltr">{issue.file}</Table.Td>
            <Table.Td>{issue.row ?? '—'}</Table.Td>
            <Table.Td dir="ltr">{issue.column ?? '—'}</Table.Td>
            <Table.Td>{t(`errors.import.${issue.reason}`)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** What the check or the import found: the problems to fix, or what is (or would be) created. */
export function ImportReportView({ report }: { report: Report }) {
  const { t } = useTranslation();
  const c = report.counts;
  return (
    <Stack gap="md">
      {!report.ok && (
        <Alert color="red" role="alert" title={t('import.refusedTitle')} data-testid="import-refused">
          {t('import.refused', { count: report.errors.length + report.omittedErrors })}
        </Alert>
      )}
      {report.errors.length > 0 && <IssueTable issues={report.errors} testId="import-errors" />}
      {report.ok && (
        <Table withTableBorder data-testid="import-counts" maw={520}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('import.record')}</Table.Th>
              <Table.Th>{t(report.dryRun ? 'import.wouldCreate' : 'import.created')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {createdKeys.map((key) => (
              <Table.Tr key={key}>
                <Table.Td>{t(`import.kind.${key}`)}</Table.Td>
                <Table.Td data-testid={`import-count-${key}`}>{c[key]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {report.ok && (
        <Text size="sm" c="dimmed">
          {t('import.matched', { matched: c.participantsMatched, existing: c.participantsExisting })}
        </Text>
      )}
      {report.warnings.length > 0 && (
        <>
          <Text fw={600}>{t('import.warnings')}</Text>
          <IssueTable issues={report.warnings} testId="import-warnings" />
        </>
      )}
      {report.ok && report.unmappedOccupations.length > 0 && (
        <>
          <Text fw={600}>{t('import.unmappedTitle', { count: report.unmappedOccupations.length })}</Text>
          <Table withTableBorder data-testid="import-unmapped" maw={640}>
            <Table.Tbody>
              {report.unmappedOccupations.map((o, i) => (
                <Table.Tr key={i}>
                  <Table.Td dir="ltr">{o.file}</Table.Td>
                  <Table.Td>{t('import.rowN', { row: o.row })}</Table.Td>
                  <Table.Td>{o.text}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
