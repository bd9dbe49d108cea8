import { Badge, Button, Card, FileButton, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, formatDisplayDate, todayIso } from '../../../../electron/domain/dates';
import { showApiError, showSuccess, useApiAction, useApiQuery } from '../../api';
import { ListPage } from '../../components/ListPage';
import { ListTable } from '../../components/ListTable';
import { formatDateTime } from '../../format';

/** The last twelve months that are over, newest first, as YYYY-MM. */
export function endedMonths(today: string, count = 12): string[] {
  const months: string[] = [];
  let end = addDays(`${today.slice(0, 8)}01`, -1);
  for (let i = 0; i < count; i++) {
    months.push(end.slice(0, 7));
    end = addDays(`${end.slice(0, 8)}01`, -1);
  }
  return months;
}

const monthLabel = (month: string): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** Saves the browser's copy of a kept bundle; the user chooses where (the browser's download). */
function saveBytes(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The coordinator's CRF-1 export (CRF-1 §1–§6): the programme key and its keyId to confirm
 * with the central office, the central office's age recipient, exporting a month, and the
 * history of bundles written with a download of each.
 */
export function ExportPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useApiQuery('crfExport.settings', {});
  const history = useApiQuery('crfExport.history', {});
  const setKey = useApiAction('crfExport.setKey');
  const confirmKey = useApiAction('crfExport.confirmKey');
  const setRecipient = useApiAction('crfExport.setRecipient');
  const run = useApiAction('crfExport.run');
  // Outside react-query: a bundle's bytes are not kept in a cache once saved.
  const fetchBundle = useApiAction('crfExport.download');
  const [key, setKeyText] = useState('');
  const [keyId, setKeyId] = useState('');
  const [recipient, setRecipientText] = useState<string | null>(null);
  const months = endedMonths(todayIso());
  const [month, setMonth] = useState<string | null>(history.data?.due ?? months[0] ?? null);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['crfExport.settings'] }),
      queryClient.invalidateQueries({ queryKey: ['crfExport.history'] }),
    ]);

  const saveKey = async (text: string) => {
    const result = await setKey.run({ key: text });
    if (!result.ok) return showApiError(result.error, t);
    setKeyText('');
    await refresh();
    showSuccess(t('crfExport.keySaved'));
  };
  const confirm = async () => {
    const result = await confirmKey.run({ keyId });
    if (!result.ok) return showApiError(result.error, t);
    setKeyId('');
    await refresh();
    showSuccess(t('crfExport.keyConfirmedDone'));
  };
  const saveRecipient = async () => {
    const result = await setRecipient.run({ recipient: recipient ?? '' });
    if (!result.ok) return showApiError(result.error, t);
    setRecipientText(null);
    await refresh();
    showSuccess(t('crfExport.recipientSaved'));
  };
  const exportMonth = async () => {
    if (!month) return;
    const result = await run.run({ month });
    if (!result.ok) return showApiError(result.error, t);
    await refresh();
    showSuccess(t('crfExport.exported', { sequence: result.value.sequence }));
  };
  const download = async (sequence: number) => {
    const result = await fetchBundle.run({ sequence });
    if (!result.ok) return showApiError(result.error, t);
    saveBytes(result.value.fileName, result.value.base64);
  };

  const s = settings.data;
  return (
    <ListPage
      maw={1080}
      title={t('nav.crfExport')}
      filters={
        s && (
          <Stack gap="md">
            <Card withBorder padding="lg">
              <Title order={2} fz="h4" mb="sm">
                {t('crfExport.keyTitle')}
              </Title>
              <Group gap="sm" mb="sm">
                <Text>{t('crfExport.keyId')}</Text>
                <bdi className="kesher-mono" data-testid="key-id">
                  {s.keyId}
                </bdi>
                <Badge color={s.keyConfirmed ? 'teal' : 'orange'} variant="light" data-testid="key-state">
                  {t(s.keyConfirmed ? 'crfExport.confirmed' : 'crfExport.notConfirmed')}
                </Badge>
              </Group>
              <Group align="end" gap="sm" mb="sm">
                <TextInput
                  label={t('crfExport.keyInput')}
                  value={key}
                  onChange={(e) => setKeyText(e.currentTarget.value)}
                  classNames={{ input: 'kesher-mono' }}
                  dir="ltr"
                  w={560}
                  autoComplete="off"
                />
                <Button onClick={() => void saveKey(key)} loading={setKey.pending} disabled={key.trim() === ''}>
                  {t('crfExport.saveKey')}
                </Button>
                <FileButton onChange={(file) => void file?.text().then(saveKey)} accept=".key,.txt,text/plain">
                  {(props) => (
                    <Button variant="light" {...props}>
                      {t('crfExport.importKeyFile')}
                    </Button>
                  )}
                </FileButton>
              </Group>
              {!s.keyConfirmed && (
                <Group align="end" gap="sm">
                  <TextInput
                    label={t('crfExport.confirmInput')}
                    description={t('crfExport.confirmHelp')}
                    value={keyId}
                    onChange={(e) => setKeyId(e.currentTarget.value)}
                    dir="ltr"
                    w={260}
                    autoComplete="off"
                  />
                  <Button onClick={() => void confirm()} loading={confirmKey.pending} disabled={keyId.trim() === ''}>
                    {t('crfExport.confirm')}
                  </Button>
                </Group>
              )}
            </Card>

            <Card withBorder padding="lg">
              <Title order={2} fz="h4" mb="sm">
                {t('crfExport.recipientTitle')}
              </Title>
              <Text c="dimmed" fz="sm" mb="sm">
                {t(s.recipient ? 'crfExport.encrypted' : 'crfExport.notEncrypted')}
              </Text>
              <Group align="end" gap="sm">
                <TextInput
                  label={t('crfExport.recipientInput')}
                  value={recipient ?? s.recipient ?? ''}
                  onChange={(e) => setRecipientText(e.currentTarget.value)}
                  dir="ltr"
                  w={640}
                  autoComplete="off"
                  data-testid="recipient"
                />
                <Button
                  onClick={() => void saveRecipient()}
                  loading={setRecipient.pending}
                  disabled={recipient === null}
                >
                  {t('crfExport.saveRecipient')}
                </Button>
              </Group>
            </Card>

            <Card withBorder padding="lg">
              <Title order={2} fz="h4" mb="sm">
                {t('crfExport.runTitle')}
              </Title>
              <Group align="end" gap="sm">
                <Select
                  label={t('crfExport.month')}
                  data={months.map((m) => ({ value: m, label: monthLabel(m) }))}
                  value={month}
                  onChange={setMonth}
                  allowDeselect={false}
                  w={200}
                />
                <Button onClick={() => void exportMonth()} loading={run.pending} disabled={!s.keyConfirmed || !month}>
                  {t('crfExport.exportMonth')}
                </Button>
              </Group>
              {!s.keyConfirmed && (
                <Text c="var(--mantine-color-orange-light-color)" fz="sm" mt="xs">
                  {t('errors.export.key_not_confirmed')}
                </Text>
              )}
            </Card>

            <Title order={2} fz="h4">
              {t('crfExport.history')}
            </Title>
          </Stack>
        )
      }
      query={history}
      retry={false}
      items={history.data?.entries}
      empty={<Text c="dimmed">{t('crfExport.noHistory')}</Text>}
    >
      {(entries) => (
        <ListTable
          columns={[
            t('crfExport.columns.sequence'),
            t('crfExport.columns.period'),
            t('crfExport.columns.sha256'),
            t('crfExport.columns.at'),
            t('crfExport.columns.by'),
            '',
          ]}
          minWidth={900}
          testId="export-history"
        >
          {entries.map((entry) => (
            <Table.Tr key={entry.sequence}>
              <Table.Td>
                {entry.sequence}
                {entry.supersedes !== null && (
                  <Text span c="dimmed" fz="sm">
                    {' '}
                    {t('crfExport.supersedes', { sequence: entry.supersedes })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <bdi>
                  {formatDisplayDate(entry.periodStart)}–{formatDisplayDate(entry.periodEnd)}
                </bdi>
              </Table.Td>
              <Table.Td title={entry.zipSha256}>
                <bdi className="kesher-mono">{entry.zipSha256.slice(0, 16)}…</bdi>
              </Table.Td>
              <Table.Td>
                <bdi>{formatDateTime(entry.createdAt)}</bdi>
              </Table.Td>
              <Table.Td>{entry.createdByName ?? '—'}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="light" onClick={() => void download(entry.sequence)}>
                  {t('crfExport.download')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      )}
    </ListPage>
  );
}
