import { Anchor, Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import { showSuccess, useApiAction, useApiQuery } from '../../api';
import { DialogActions, FormFrame } from '../../forms/FormFrame';
import { useContractForm } from '../../forms/useContractForm';
import { QueryState } from '../../components/QueryState';
import { hrefFor } from '../../router';
import { useSession } from '../../session/SessionContext';
import { usePathId } from '../frontdesk/common/path-id';
import { instanceSchema, instanceSentences, toSaveInput, type InstanceValues } from './instance-form';
import { InstanceFields, instanceValuesOf } from './InstanceFields';
import { dateSpan, facilitatorOf, typeName } from './labels';
import { AttendanceSummaryButton } from '../documents/WorkshopDocuments';
import { RosterCard } from './RosterCard';
import { SessionsCard } from './SessionsCard';
import { ClashList } from './ScheduleGenerator';

type Instance = MethodOutput<'workshops.get'>['instance'];

/** One run (#/workshops/<id>): what it is, its sessions, its roster and wait list. */
export function InstancePage() {
  const { t } = useTranslation();
  const id = usePathId('workshops');
  if (id === null) return <Text>{t('errors.workshops.not_found')}</Text>;
  return <InstanceView id={id} />;
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value || '—'}</Text>
    </Stack>
  );
}

function InstanceView({ id }: { id: number }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const detail = useApiQuery('workshops.get', { instanceId: id });
  const [editing, setEditing] = useState(false);
  if (!detail.data) return <QueryState query={detail} />;
  const { instance, sessions } = detail.data;
  const coordinator = session.role === 'coordinator';

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Anchor href={hrefFor('/workshops')} size="sm">
            {t('workshops.backToList')}
          </Anchor>
          <Group gap="sm">
            <Title order={1} fz="h2" data-testid="instance-title">
              <bdi>{instance.title}</bdi>
            </Title>
            <Badge variant="light">{typeName(t, instance.type)}</Badge>
            {instance.dropIn && (
              <Badge variant="light" color="grape">
                {t('workshops.dropIn')}
              </Badge>
            )}
          </Group>
        </Stack>
        {coordinator && (
          <Button variant="default" onClick={() => setEditing(true)} data-testid="edit-instance">
            {t('frontdesk.common.edit')}
          </Button>
        )}
      </Group>
      <Card withBorder padding="md">
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Fact label={t('workshops.fields.dates')} value={dateSpan(instance.firstDate, instance.lastDate)} />
          <Fact label={t('workshops.fields.facilitator')} value={facilitatorOf(instance)} />
          <Fact label={t('workshops.fields.place')} value={instance.place ?? ''} />
          <Fact label={t('workshops.fields.capacity')} value={instance.capacity ? String(instance.capacity) : ''} />
        </SimpleGrid>
        {instance.notes && (
          <Text mt="sm" size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {instance.notes}
          </Text>
        )}
      </Card>
      <AttendanceSummaryButton instanceId={id} />
      <SessionsCard instanceId={id} sessions={sessions} editable={coordinator} instancePlace={instance.place} />
      <RosterCard detail={detail.data} />
      {editing && <EditInstanceModal instance={instance} onClose={() => setEditing(false)} />}
    </Stack>
  );
}

function EditInstanceModal({ instance, onClose }: { instance: Instance; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useApiAction('workshops.save');
  const [clashes, setClashes] = useState<MethodOutput<'workshops.save'>['clashes']>([]);
  const { form, formRef, formError, field, onSubmit } = useContractForm({
    schema: instanceSchema,
    initialValues: instanceValuesOf(instance),
    sentences: instanceSentences,
  });
  const set = (patch: Partial<InstanceValues>) => {
    for (const [key, value] of Object.entries(patch)) form.setFieldValue(key as keyof InstanceValues, value as never);
  };
  const submit = onSubmit(async (input) => {
    const result = await save.run({ id: instance.id, expectedUpdatedAt: instance.updatedAt, ...toSaveInput(input) });
    if (!result.ok) return result.error;
    await queryClient.invalidateQueries({ queryKey: ['workshops.get', { instanceId: instance.id }] });
    await queryClient.invalidateQueries({ queryKey: ['workshops.list'] });
    showSuccess(t('workshops.saved'), t);
    if (result.value.clashes.length > 0) setClashes(result.value.clashes);
    else onClose();
  });
  return (
    <Modal opened onClose={onClose} title={t('workshops.editTitle')} size="lg">
      <FormFrame formRef={formRef} formError={formError} onSubmit={submit} testId="edit-instance-form">
        <InstanceFields form={{ values: form.getValues(), field: (path) => field(path), set }} />
        <ClashList clashes={clashes} />
        <DialogActions onCancel={onClose} loading={save.pending} testId="edit-instance-save" />
      </FormFrame>
    </Modal>
  );
}
