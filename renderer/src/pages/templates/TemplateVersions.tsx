import { Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import type { LetterKind } from '../../../../electron/domain/documents';
import type { AppLanguage } from '../../../../electron/domain/languages';
import { showApiError, showSuccess, useApiAction } from '../../api';
import { formatDateTime } from '../../format';

type Version = MethodOutput<'templates.list'>['versions'][number];
type FullVersion = MethodOutput<'templates.get'>;

/**
 * The versions saved so far, newest first. An old one can be read, copied into the editor, or
 * restored: restoring saves its text again as the newest version, so history only grows.
 */
export function TemplateVersions({
  kind,
  language,
  versions,
  onView,
}: {
  kind: LetterKind;
  language: AppLanguage;
  versions: readonly Version[];
  onView: (body: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const get = useApiAction('templates.get');
  const restore = useApiAction('templates.restore');
  const [shown, setShown] = useState<FullVersion | null>(null);

  async function open(id: number) {
    const result = await get.run({ id });
    if (result.ok) setShown(result.value);
    else showApiError(result.error);
  }

  async function restoreShown() {
    if (!shown) return;
    const result = await restore.run({ id: shown.id });
    if (!result.ok) return showApiError(result.error);
    setShown(null);
    showSuccess(t('letterTemplates.restored', { from: shown.version, version: result.value.version }));
    await queryClient.invalidateQueries({ queryKey: ['templates.list', { kind, language }] });
  }

  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('letterTemplates.versions')}
        </Title>
        {versions.length === 0 ? (
          <Text c="dimmed">{t('letterTemplates.noVersions')}</Text>
        ) : (
          <Table data-testid="template-versions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('letterTemplates.version')}</Table.Th>
                <Table.Th>{t('letterTemplates.savedAt')}</Table.Th>
                <Table.Th>{t('letterTemplates.savedBy')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.map((version, index) => (
                <Table.Tr key={version.id}>
                  <Table.Td>
                    {version.version}
                    {index === 0 ? ` (${t('letterTemplates.inUse')})` : ''}
                  </Table.Td>
                  <Table.Td>{formatDateTime(version.createdAt)}</Table.Td>
                  <Table.Td>{version.createdBy ?? '—'}</Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="subtle" onClick={() => void open(version.id)}>
                      {t('letterTemplates.view')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Modal
        opened={shown !== null}
        onClose={() => setShown(null)}
        title={shown ? t('letterTemplates.versionTitle', { version: shown.version }) : ''}
        size="lg"
      >
        {shown && (
          <Stack>
            <Text
              dir={shown.language === 'he' ? 'rtl' : 'ltr'}
              style={{ whiteSpace: 'pre-wrap' }}
              data-testid="template-old-version"
            >
              {shown.body}
            </Text>
            <Group justify="flex-end">
              <Button
                variant="default"
                onClick={() => {
                  onView(shown.body);
                  setShown(null);
                }}
              >
                {t('letterTemplates.copyToEditor')}
              </Button>
              <Button onClick={() => void restoreShown()} loading={restore.pending} data-testid="template-restore">
                {t('letterTemplates.restore')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Card>
  );
}
