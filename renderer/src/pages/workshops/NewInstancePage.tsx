import { Anchor, Button, Card, Group, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { catalogueEntry } from '../../../../electron/domain/workshop-catalogue';
import { workshopTypes, type WorkshopType } from '../../../../electron/domain/codes';
import { showSuccess, useApiAction } from '../../api';
import { FormFrame } from '../../forms/FormFrame';
import { useContractForm } from '../../forms/useContractForm';
import { hrefFor, navigate } from '../../router';
import { typeName } from './labels';
import { emptyInstance, InstanceFields } from './InstanceFields';
import {
  instanceSentences,
  newInstancePath,
  newInstanceSchema,
  toSaveInput,
  type InstanceValues,
  type ScheduleValues,
} from './instance-form';
import { ScheduleGenerator } from './ScheduleGenerator';

const isWorkshopType = (value: string | null): value is WorkshopType =>
  (workshopTypes as readonly (string | null)[]).includes(value);

/** A new run: what it is, and its sessions laid by the generator in the same save. */
export function NewInstancePage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useApiAction('workshops.save');
  const { form, formRef, formError, field, onSubmit } = useContractForm({
    schema: newInstanceSchema,
    initialValues: {
      ...emptyInstance,
      schedule: { weekday: '2', startTime: '09:00', endTime: '13:00', count: 6, fromDate: null },
    },
    sentences: instanceSentences,
    formPath: newInstancePath,
    fields: [...Object.keys(emptyInstance), 'schedule'],
  });
  const values = form.getValues();

  const set = (patch: Partial<InstanceValues>) => {
    // A new type brings its usual number of meetings, until the coordinator types another.
    if (isWorkshopType(patch.type ?? null) && patch.type !== values.type) {
      const type = patch.type as WorkshopType;
      const meetings = catalogueEntry(type).defaultMeetings;
      if (meetings) form.setFieldValue('schedule.count', meetings);
      // An unnamed run takes the type's name, which the coordinator may then change.
      if (!values.title.trim() && patch.title === undefined) patch = { ...patch, title: typeName(t, type) };
    }
    for (const [key, value] of Object.entries(patch)) form.setFieldValue(key as keyof InstanceValues, value as never);
  };

  const submit = onSubmit(async ({ schedule, ...run }) => {
    const result = await save.run({ ...toSaveInput(run), schedule });
    if (!result.ok) return result.error;
    await queryClient.invalidateQueries({ queryKey: ['workshops.list'] });
    showSuccess(t('workshops.new.created'), t);
    navigate(`/workshops/${result.value.instance.id}`);
  });

  const facilitatorId =
    values.facilitatorKind === 'staff' && values.facilitatorId ? Number(values.facilitatorId) : null;
  const facilitatorName = values.facilitatorKind === 'external' ? values.facilitatorName.trim() || null : null;

  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Anchor href={hrefFor('/workshops')} size="sm">
          {t('workshops.backToList')}
        </Anchor>
        <Title order={1} fz="h2">
          {t('workshops.new.title')}
        </Title>
      </Stack>
      <FormFrame formRef={formRef} formError={formError} onSubmit={submit} gap="lg" testId="new-workshop-form">
        <Card withBorder padding="md">
          <InstanceFields form={{ values, field: (path) => field(path), set }} />
        </Card>
        <ScheduleGenerator
          form={{ values: values.schedule as ScheduleValues, field: (path) => field(`schedule.${path}`) }}
          who={{ place: values.place.trim() || null, facilitatorId, facilitatorName }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => navigate('/workshops')}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.pending} data-testid="save-workshop">
            {t('workshops.new.save')}
          </Button>
        </Group>
      </FormFrame>
    </Stack>
  );
}
