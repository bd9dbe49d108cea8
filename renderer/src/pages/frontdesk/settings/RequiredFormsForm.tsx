import { ActionIcon, Button, Group, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { showSuccess, useApiAction } from '../../../api';
import { converted } from '../../../forms/form-schemas';
import { inputOf } from '../../../forms/input-of';
import { FormFrame } from '../../../forms/FormFrame';
import { maxItemsOf } from '../../../forms/limits';
import { useContractForm } from '../../../forms/useContractForm';

const formsInput = inputOf('intake.setRequiredForms').shape.forms;
const formRow = formsInput.element.shape;
const MAX_FORMS = maxItemsOf(formsInput);

/** A row as the table holds it: a saved key stays fixed, and rowId keeps React's rows apart. */
type Row = { key: string; he: string; en: string; saved: boolean; rowId: number };

/** The contract's rules for each row (the key as typed, trimmed), and no key twice. */
export const requiredFormsForm = z
  .object({
    forms: z.array(
      z.object({
        key: converted(z.string(), (key) => key.trim(), formRow.key),
        he: formRow.he,
        en: formRow.en,
        saved: z.boolean(),
        rowId: z.number(),
      }),
    ),
  })
  .superRefine(({ forms }, ctx) => {
    const seen = new Set<string>();
    forms.forEach((row, index) => {
      if (seen.has(row.key))
        ctx.addIssue({ code: 'custom', path: ['forms', index, 'key'], message: 'frontdesk.forms.keyTwice' });
      seen.add(row.key);
    });
  })
  .transform(({ forms }) => ({ forms: forms.map(({ key, he, en }) => ({ key, he, en })) }))
  .pipe(z.object({ forms: formsInput }));

const sentences = {
  'forms.*.key': 'frontdesk.forms.keyFormat',
  'forms.*.he': 'frontdesk.forms.labelRequired',
  'forms.*.en': 'frontdesk.forms.labelRequired',
};

const savedRows = (forms: readonly { key: string; he: string; en: string }[], firstId: number): Row[] =>
  forms.map((form, index) => ({ ...form, saved: true, rowId: firstId + index }));

/**
 * The forms a person must hand in before the intake meeting (DOMAIN.md: no intake until they
 * are in). A saved key stays fixed: records refer to forms by key.
 */
export function RequiredFormsForm({ saved }: { saved: { key: string; he: string; en: string }[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useApiAction('intake.setRequiredForms');
  const [nextId, setNextId] = useState(saved.length);
  const { form, formRef, formError, field, onSubmit } = useContractForm({
    schema: requiredFormsForm,
    initialValues: { forms: savedRows(saved, 0) },
    sentences,
  });
  const rows = form.getValues().forms;

  const submit = onSubmit(async (input) => {
    const result = await save.run(input);
    if (!result.ok) return result.error;
    form.setValues({ forms: savedRows(result.value, nextId) });
    setNextId((n) => n + result.value.length);
    queryClient.setQueryData(['intake.getRequiredForms', {}], result.value);
    showSuccess(t('frontdesk.forms.saved'), t);
  });

  return (
    <FormFrame formRef={formRef} formError={formError} onSubmit={submit} testId="required-forms">
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
            {rows.map((row, index) => (
              <Table.Tr key={row.rowId}>
                <Table.Td>
                  <TextInput
                    aria-label={t('frontdesk.forms.key')}
                    {...field(`forms.${index}.key`)}
                    readOnly={row.saved}
                    variant={row.saved ? 'filled' : 'default'}
                    dir="ltr"
                    spellCheck={false}
                    className="kesher-mono"
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput aria-label={t('frontdesk.forms.he')} {...field(`forms.${index}.he`)} dir="rtl" lang="he" />
                </Table.Td>
                <Table.Td>
                  <TextInput aria-label={t('frontdesk.forms.en')} {...field(`forms.${index}.en`)} dir="ltr" lang="en" />
                </Table.Td>
                <Table.Td w={48}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('frontdesk.forms.remove', { name: row.he || row.key })}
                    onClick={() => form.removeListItem('forms', index)}
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
            form.insertListItem('forms', { key: '', he: '', en: '', saved: false, rowId: nextId });
            setNextId((n) => n + 1);
          }}
        >
          {t('frontdesk.forms.add')}
        </Button>
        <Button type="submit" loading={save.pending}>
          {t('frontdesk.forms.save')}
        </Button>
      </Group>
    </FormFrame>
  );
}
