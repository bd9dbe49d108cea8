import { Button, Group, NumberInput, Stack, Table, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput, MethodOutput } from '../../../../electron/api/contract';
import type { ApiError } from '../../../../electron/api/result';
import { showSuccess, useApiAction } from '../../api';
import { coveredByFields, type FieldErrors, serverFieldErrors, useFocusFirstInvalid } from '../../forms/field-errors';
import { FormError } from '../../forms/FormError';
import { useSession } from '../../session/SessionContext';

type Settings = MethodOutput<'settings.get'>;

const FIELDS = ['centreName', 'idleLockMinutes', 'backupFolder'] as const;

export function SettingsForm({ saved }: { saved: Settings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { refresh } = useSession();
  const save = useApiAction('settings.update');
  const [centreName, setCentreName] = useState(saved.centreName);
  const [idleMinutes, setIdleMinutes] = useState<number | string>(saved.idleLockMinutes);
  const [backupFolder, setBackupFolder] = useState(saved.backupFolder ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusFirstInvalid(formRef);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {};
    const name = centreName.trim();
    if (name.length < 2 || name.length > 120) local.centreName = t('validation.lengthBetween', { min: 2, max: 120 });
    const minutes = typeof idleMinutes === 'number' ? idleMinutes : Number.NaN;
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 120)
      local.idleLockMinutes = t('validation.numberBetween', { min: 1, max: 120 });
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length > 0) return focusInvalid();

    // Only what changed is sent, so the audit entry names only what changed.
    const folder = backupFolder.trim() === '' ? null : backupFolder.trim();
    const patch: MethodInput<'settings.update'> = {};
    if (name !== saved.centreName) patch.centreName = name;
    if (minutes !== saved.idleLockMinutes) patch.idleLockMinutes = minutes;
    if (folder !== saved.backupFolder) patch.backupFolder = folder;
    if (Object.keys(patch).length === 0) return showSuccess(t('settings.nothingChanged'));

    const result = await save.run(patch);
    if (result.ok) {
      queryClient.setQueryData(['settings.get', {}], result.value);
      await queryClient.invalidateQueries({ queryKey: ['backup.list'] });
      // The header's centre name and the idle timer come from auth.status.
      await refresh();
      showSuccess(t('settings.saved'));
      return;
    }
    setErrors(serverFieldErrors(result.error, t));
    if (!coveredByFields(result.error, FIELDS)) setFormError(result.error);
    focusInvalid();
  };

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Table variant="vertical" withTableBorder={false} layout="fixed">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={220}>{t('fields.centreCode')}</Table.Th>
              <Table.Td>
                <bdi data-testid="settings-centre-code">{saved.centreCode}</bdi>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('settings.pseudonymKeyId')}</Table.Th>
              <Table.Td>
                <bdi className="kesher-mono">{saved.pseudonymKeyId}</bdi>
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <FormError error={formError} testId="settings-error" />
        <TextInput
          label={t('fields.centreName')}
          value={centreName}
          onChange={(event) => setCentreName(event.currentTarget.value)}
          error={errors.centreName}
          required
        />
        <NumberInput
          label={t('fields.idleLockMinutes')}
          description={t('settings.idleHint')}
          value={idleMinutes}
          onChange={setIdleMinutes}
          error={errors.idleLockMinutes}
          min={1}
          max={120}
          allowDecimal={false}
          allowNegative={false}
          required
        />
        <TextInput
          label={t('fields.backupFolder')}
          description={t('settings.backupFolderHint')}
          value={backupFolder}
          onChange={(event) => setBackupFolder(event.currentTarget.value)}
          error={errors.backupFolder}
          classNames={{ input: 'kesher-mono' }}
          dir="ltr"
          spellCheck={false}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.pending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
