import { Button, Group, NumberInput, Select, Table, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { MethodInput, MethodOutput } from '../../../../electron/api/contract';
import { maxProgrammeMonthsOptions, type MaxProgrammeMonths } from '../../../../electron/domain/casework';
import { showSuccess, useApiAction } from '../../api';
import { blankAsNull, converted } from '../../forms/form-schemas';
import { inputOf } from '../../forms/input-of';
import { FormError } from '../../forms/FormError';
import { FormFrame } from '../../forms/FormFrame';
import { lengthRangeOf, numberRangeOf } from '../../forms/limits';
import { useContractForm } from '../../forms/useContractForm';
import { useSession } from '../../session/SessionContext';

type Settings = MethodOutput<'settings.get'>;

const { shape } = inputOf('settings.update');
const idleRange = numberRangeOf(shape.idleLockMinutes);

const settingsForm = z.object({
  centreName: shape.centreName,
  // An empty box is no number: the same reason as one out of range.
  idleLockMinutes: converted(
    z.union([z.number(), z.string()]),
    (minutes) => (typeof minutes === 'number' ? minutes : Number.NaN),
    shape.idleLockMinutes,
  ),
  backupFolder: blankAsNull(shape.backupFolder),
  // The select holds strings; the contract wants one of the listed month counts.
  maxProgrammeMonths: converted(
    z.string(),
    (months) => Number(months) as MaxProgrammeMonths,
    shape.maxProgrammeMonths.unwrap(),
  ),
});

const sentences = {
  centreName: { key: 'validation.lengthBetween', values: lengthRangeOf(shape.centreName) },
  idleLockMinutes: { key: 'validation.numberBetween', values: idleRange },
};

export function SettingsForm({ saved }: { saved: Settings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { refresh } = useSession();
  const save = useApiAction('settings.update');
  const { formRef, formError, field, onSubmit } = useContractForm({
    schema: settingsForm,
    initialValues: {
      centreName: saved.centreName,
      idleLockMinutes: saved.idleLockMinutes as number | string,
      backupFolder: saved.backupFolder ?? '',
      maxProgrammeMonths: String(saved.maxProgrammeMonths),
    },
    sentences,
  });

  const submit = onSubmit(async ({ centreName, idleLockMinutes, backupFolder, maxProgrammeMonths }) => {
    // Only what changed is sent, so the audit entry names only what changed.
    const patch: MethodInput<'settings.update'> = {};
    if (centreName !== saved.centreName) patch.centreName = centreName;
    if (idleLockMinutes !== saved.idleLockMinutes) patch.idleLockMinutes = idleLockMinutes;
    if (backupFolder !== saved.backupFolder) patch.backupFolder = backupFolder;
    if (maxProgrammeMonths !== saved.maxProgrammeMonths) patch.maxProgrammeMonths = maxProgrammeMonths;
    if (Object.keys(patch).length === 0) return showSuccess(t('settings.nothingChanged'));

    const result = await save.run(patch);
    if (!result.ok) return result.error;
    queryClient.setQueryData(['settings.get', {}], result.value);
    await queryClient.invalidateQueries({ queryKey: ['backup.list'] });
    // The header's centre name and the idle timer come from auth.status.
    await refresh();
    showSuccess(t('settings.saved'));
  });

  return (
    <FormFrame formRef={formRef} formError={null} onSubmit={submit}>
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
      <TextInput label={t('fields.centreName')} {...field('centreName')} required />
      <NumberInput
        label={t('fields.idleLockMinutes')}
        description={t('settings.idleHint')}
        {...field('idleLockMinutes')}
        min={idleRange.min}
        max={idleRange.max}
        allowDecimal={false}
        allowNegative={false}
        required
      />
      <TextInput
        label={t('fields.backupFolder')}
        description={t('settings.backupFolderHint')}
        {...field('backupFolder')}
        classNames={{ input: 'kesher-mono' }}
        dir="ltr"
        spellCheck={false}
      />
      <Select
        label={t('fields.maxProgrammeMonths')}
        description={t('settings.maxProgrammeMonthsHint')}
        data={maxProgrammeMonthsOptions.map((months) => ({
          value: String(months),
          label: t('settings.maxProgrammeMonthsOption', { months }),
        }))}
        {...field('maxProgrammeMonths')}
        allowDeselect={false}
        w={260}
        data-testid="settings-max-months"
      />
      <Group justify="flex-end">
        <Button type="submit" loading={save.pending}>
          {t('common.save')}
        </Button>
      </Group>
    </FormFrame>
  );
}
