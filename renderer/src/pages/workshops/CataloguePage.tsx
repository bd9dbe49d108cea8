import { Badge, Button, Card, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopType } from '../../../../electron/domain/codes';
import { showApiError, showSuccess, useApiAction, useApiQuery } from '../../api';
import { QueryState } from '../../components/QueryState';
import { typeName } from './labels';

/** The 27 CRF-1 types with their usual length, and the centre's own titles mapped to them. */
export function CataloguePage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const catalogue = useApiQuery('workshops.catalogue', {});
  const save = useApiAction('workshops.saveTitle');
  const [type, setType] = useState<string | null>(null);
  const [nameHe, setNameHe] = useState('');
  const [nameEn, setNameEn] = useState('');

  if (!catalogue.data) return <QueryState query={catalogue} />;
  const { types, titles } = catalogue.data;

  const add = async () => {
    const result = await save.run({ type: (type ?? 'OTHER') as WorkshopType, nameHe, nameEn: nameEn || null });
    if (!result.ok) return showApiError(result.error, t);
    showSuccess(t('workshops.catalogue.added'), t);
    setNameHe('');
    setNameEn('');
    await queryClient.invalidateQueries({ queryKey: ['workshops.catalogue'] });
  };
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
          <Group align="flex-end" gap="sm">
            <Select
              label={t('workshops.fields.type')}
              searchable
              value={type}
              onChange={setType}
              data={types.map((e) => ({ value: e.type, label: typeName(t, e.type) }))}
              w={280}
              data-testid="title-type"
            />
            <TextInput
              label={t('workshops.catalogue.nameHe')}
              value={nameHe}
              onChange={(e) => setNameHe(e.currentTarget.value)}
              maxLength={120}
              data-testid="title-name-he"
            />
            <TextInput
              label={t('workshops.catalogue.nameEn')}
              value={nameEn}
              onChange={(e) => setNameEn(e.currentTarget.value)}
              maxLength={120}
              dir="ltr"
            />
            <Button
              onClick={() => void add()}
              disabled={!type || !nameHe.trim()}
              loading={save.pending}
              data-testid="title-add"
            >
              {t('workshops.catalogue.add')}
            </Button>
          </Group>
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
