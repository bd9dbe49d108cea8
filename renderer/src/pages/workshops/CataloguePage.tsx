import { Badge, Button, Card, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { showApiError, showSuccess, useApiAction, useApiQuery } from '../../api';
import { QueryState } from '../../components/QueryState';
import { blankAsNull, chosen, requiredText } from '../../forms/form-schemas';
import { inputOf } from '../../forms/input-of';
import { FormFrame } from '../../forms/FormFrame';
import { maxLengthOf } from '../../forms/limits';
import { useContractForm } from '../../forms/useContractForm';
import { typeName } from './labels';

const titleInput = inputOf('workshops.saveTitle').shape;
/** A centre title: its type and Hebrew name are required, the English name optional. */
const titleForm = z.object({
  type: chosen(titleInput.type),
  nameHe: requiredText(titleInput.nameHe),
  nameEn: blankAsNull(titleInput.nameEn),
});

/** The 27 CRF-1 types with their usual length, and the centre's own titles mapped to them. */
export function CataloguePage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const catalogue = useApiQuery('workshops.catalogue', {});
  const save = useApiAction('workshops.saveTitle');
  const { form, formRef, formError, field, onSubmit } = useContractForm({
    schema: titleForm,
    initialValues: { type: null, nameHe: '', nameEn: '' },
    sentences: { type: 'validation.required' },
  });
  const add = onSubmit(async (input) => {
    const result = await save.run(input);
    if (!result.ok) return result.error;
    showSuccess(t('workshops.catalogue.added'), t);
    // The type stays chosen: a centre often adds several titles of one type in a row.
    form.setValues({ nameHe: '', nameEn: '' });
    await queryClient.invalidateQueries({ queryKey: ['workshops.catalogue'] });
  });

  if (!catalogue.data) return <QueryState query={catalogue} />;
  const { types, titles } = catalogue.data;
  const toggle = async (title: (typeof titles)[number]) => {
    const result = await save.run({ ...title, active: !title.active });
    if (!result.ok) return showApiError(result.error, t);
    await queryClient.invalidateQueries({ queryKey: ['workshops.catalogue'] });
  };

  return (
    <Stack gap="lg">
      <Title order={1} fz="h2">
        {t('workshops.catalogue.title')}
      </Title>
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Title order={2} fz="h4">
            {t('workshops.catalogue.addTitle')}
          </Title>
          <FormFrame formRef={formRef} formError={formError} onSubmit={add} gap="sm" testId="title-form">
            <Group align="flex-start" gap="sm">
              <Select
                label={t('workshops.fields.type')}
                required
                searchable
                {...field('type')}
                data={types.map((e) => ({ value: e.type, label: typeName(t, e.type) }))}
                w={280}
                data-testid="title-type"
              />
              <TextInput
                label={t('workshops.catalogue.nameHe')}
                required
                {...field('nameHe')}
                maxLength={maxLengthOf(titleInput.nameHe)}
                data-testid="title-name-he"
              />
              <TextInput
                label={t('workshops.catalogue.nameEn')}
                {...field('nameEn')}
                maxLength={maxLengthOf(titleInput.nameEn)}
                dir="ltr"
                data-testid="title-name-en"
              />
              {/* Aligned with the inputs, below their labels, whether or not a reason shows under them. */}
              <Button type="submit" loading={save.pending} mt={25} data-testid="title-add">
                {t('workshops.catalogue.add')}
              </Button>
            </Group>
          </FormFrame>
        </Stack>
      </Card>
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={860}>
          <Table striped verticalSpacing="xs" data-testid="catalogue-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('workshops.fields.type')}</Table.Th>
                <Table.Th>{t('workshops.catalogue.audience')}</Table.Th>
                <Table.Th>{t('workshops.catalogue.meetings')}</Table.Th>
                <Table.Th>{t('workshops.catalogue.hours')}</Table.Th>
                <Table.Th>{t('workshops.catalogue.centreTitles')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {types.map((entry) => (
                <Table.Tr key={entry.type} data-testid="catalogue-row">
                  <Table.Td>
                    <Group gap="xs">
                      <Text size="sm">{typeName(t, entry.type)}</Text>
                      {entry.dropIn && (
                        <Badge variant="light" color="grape" size="sm">
                          {t('workshops.dropIn')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{t(`workshops.audience.${entry.audience}`)}</Table.Td>
                  <Table.Td>
                    {entry.defaultMeetings ?? (entry.dropIn ? t('workshops.catalogue.ongoing') : '—')}
                  </Table.Td>
                  <Table.Td>{entry.hoursPerMeeting ?? '—'}</Table.Td>
                  <Table.Td>
                    <Group gap={6}>
                      {titles
                        .filter((x) => x.type === entry.type)
                        .map((x) => (
                          <Badge
                            key={x.id}
                            variant={x.active ? 'light' : 'outline'}
                            color={x.active ? 'blue' : 'gray'}
                            style={{ cursor: 'pointer', textTransform: 'none' }}
                            onClick={() => void toggle(x)}
                            title={t(x.active ? 'workshops.catalogue.deactivate' : 'workshops.catalogue.activate')}
                          >
                            {(i18n.language === 'en' && x.nameEn) || x.nameHe}
                          </Badge>
                        ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    </Stack>
  );
}
