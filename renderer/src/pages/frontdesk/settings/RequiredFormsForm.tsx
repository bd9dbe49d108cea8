import { ActionIcon, Button, Group, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../../electron/api/result';
import { showSuccess, useApiAction } from '../../../api';
import { FormError } from '../../../forms/FormError';

type Form = { key: string; he: string; en: string };
type Row = Form & { saved: boolean; rowId: number };

const KEY = /^[a-z0-9_]{2,40}$/;
const MAX_FORMS = 20;

/**
 * The forms a person must hand in before the intake meeting (DOMAIN.md: no intake until they
 * are in). A saved key stays fixed: records refer to forms by key.
 */
export function RequiredFormsForm({ saved }: { saved: Form[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useApiAction('intake.setRequiredForms');
  const [rows, setRows] = useState<Row[]>(() => saved.map((form, index) => ({ ...form, saved: true, rowId: index })));
  const [nextId, setNextId] = useState(saved.length);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);

  const update = (rowId: number, patch: Partial<Form>) =>
    setRows((current) => current.map((row) => (row.rowId === rowId ? { ...row, ...patch } : row)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    const seen = new Set<string>();
    for (const row of rows) {
      const key = row.key.trim();
      if (!KEY.test(key)) local[`${row.rowId}.key`] = t('frontdesk.forms.keyFormat');
      else if (seen.has(key)) local[`${row.rowId}.key`] = t('frontdesk.forms.keyTwice');
      seen.add(key);
      if (row.he.trim().length < 2) local[`${row.rowId}.he`] = t('frontdesk.forms.labelRequired');
      if (row.en.trim().length < 2) local[`${row.rowId}.en`] = t('frontdesk.forms.labelRequired');
    }
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length > 0) return;
    const forms = rows.map((row) => ({ key: row.key.trim(), he: row.he.trim(), en: row.en.trim() }));
    const result = await save.run({ forms });
    if (!result.ok) return setFormError(result.error);
    setRows(result.value.map((form, index) => ({ ...form, saved: true, rowId: nextId + index })));
    setNextId((n) => n + result.value.length);
    queryClient.setQueryData(['intake.getRequiredForms', {}], result.value);
    showSuccess(t('frontdesk.forms.saved'), t);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="required-forms">
      <Stack gap="md">
        <FormError error={formError} />
        {rows.length === 0 && <Text c="dimmed">{t('frontdesk.forms.none')}</Text>}
        {rows.length > 0 && (
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('frontdesk.forms.key')}</Table.Th>
                <Table.Th>{t('frontdesk.forms.he')}</Table.Th>
                <Table.Th>{t('frontdesk.forms.en')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('frontdesk.common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.rowId}>
                  <Table.Td>
                    <TextInput
                      aria-label={t('frontdesk.forms.key')}
                      value={row.key}
                      onChange={(event) => update(row.rowId, { key: event.currentTarget.value })}
                      error={errors[`${row.rowId}.key`]}
                      readOnly={row.saved}
                      variant={row.saved ? 'filled' : 'default'}
                      dir="ltr"
                      spellCheck={false}
                      className="kesher-mono"
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('frontdesk.forms.he')}
                      value={row.he}
                      onChange={(event) => update(row.rowId, { he: event.currentTarget.value })}
                      error={errors[`${row.rowId}.he`]}
                      dir="rtl"
                      lang="he"
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={t('frontdesk.forms.en')}
                      value={row.en}
                      onChange={(event) => update(row.rowId, { en: event.currentTarget.value })}
                      error={errors[`${row.rowId}.en`]}
                      dir="ltr"
                      lang="en"
                    />
                  </Table.Td>
                  <Table.Td w={48}>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('frontdesk.forms.remove', { name: row.he || row.key })}
                      onClick={() => setRows((current) => current.filter((r) => r.rowId !== row.rowId))}
                    >
                      ✕
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group justify="space-between">
          <Button
            variant="default"
            disabled={rows.length >= MAX_FORMS}
            onClick={() => {
              setRows((current) => [...current, { key: '', he: '', en: '', saved: false, rowId: nextId }]);
              setNextId((n) => n + 1);
            }}
          >
            {t('frontdesk.forms.add')}
          </Button>
          <Button type="submit" loading={save.pending}>
            {t('frontdesk.forms.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
