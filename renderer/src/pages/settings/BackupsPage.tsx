import { Anchor, Badge, Button, Card, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { showApiError, showSuccess, useApiAction, useApiQuery } from '../../api';
import { ListPage } from '../../components/ListPage';
import { formatDateTime } from '../../format';
import { hrefFor } from '../../router';
import { backupProblemLabel } from './backup-problems';
import { ListTable } from '../../components/ListTable';

/** The centre's encrypted backups: where they go, whether one is due, and how each one went. */
export function BackupsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const backups = useApiQuery('backup.list', {});
  const run = useApiAction('backup.run');

  const backUpNow = async () => {
    const result = await run.run({});
    if (!result.ok) return showApiError(result.error, t);
    await queryClient.invalidateQueries({ queryKey: ['backup.list'] });
    if (result.value.ok) showSuccess(t('backups.done'));
    else
      notifications.show({
        color: 'red',
        title: t('notifications.errorTitle'),
        message: t('backups.failed', {
          problems: result.value.problems.map((code) => backupProblemLabel(t, code)).join(' · '),
        }),
        autoClose: 8000,
        closeButtonProps: { 'aria-label': t('common.close') },
      });
  };

  const data = backups.data;
  return (
    <ListPage
      maw={960}
      title={t('nav.backups')}
      actions={
        <Button onClick={() => void backUpNow()} loading={run.pending} disabled={!data?.folder}>
          {t('backups.runNow')}
        </Button>
      }
      filters={
        data && (
          <>
            <Card withBorder padding="lg">
              <Table variant="vertical" withTableBorder={false} layout="fixed">
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={220}>{t('fields.backupFolder')}</Table.Th>
                    <Table.Td data-testid="backup-folder">
                      {data.folder ? (
                        <bdi className="kesher-mono">{data.folder}</bdi>
                      ) : (
                        <Text span c="dimmed">
                          {t('backups.noFolder')} <Anchor href={hrefFor('/settings')}>{t('backups.setFolder')}</Anchor>
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('backups.lastGood')}</Table.Th>
                    <Table.Td data-testid="backup-last-good">
                      {data.lastGoodAt ? <bdi>{formatDateTime(data.lastGoodAt)}</bdi> : t('backups.never')}
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('backups.state')}</Table.Th>
                    <Table.Td>
                      <Badge color={data.due ? 'orange' : 'teal'} variant="light" data-testid="backup-due">
                        {t(data.due ? 'backups.due' : 'backups.upToDate')}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            </Card>

            <Title order={2} fz="h4">
              {t('backups.history')}
            </Title>
          </>
        )
      }
      query={backups}
      retry={false}
      items={data?.history}
      empty={<Text c="dimmed">{t('backups.noHistory')}</Text>}
    >
      {(history) => (
        <ListTable
          columns={[t('backups.columns.at'), t('backups.columns.file'), t('backups.columns.result')]}
          minWidth={720}
          testId="backup-history"
        >
          {history.map((entry, index) => (
            <Table.Tr key={`${entry.createdAt}-${index}`}>
              <Table.Td>
                <bdi>{formatDateTime(entry.createdAt)}</bdi>
              </Table.Td>
              <Table.Td>{entry.file ? <bdi className="kesher-mono">{entry.file}</bdi> : '—'}</Table.Td>
              <Table.Td>
                <Badge color={entry.ok ? 'teal' : 'red'} variant="light">
                  {t(entry.ok ? 'backups.ok' : 'backups.failedBadge')}
                </Badge>
                {entry.problems.length > 0 && (
                  <Text fz="sm" mt={4}>
                    {entry.problems.map((code) => backupProblemLabel(t, code)).join(' · ')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      )}
    </ListPage>
  );
}
