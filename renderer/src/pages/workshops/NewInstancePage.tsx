import { Anchor, Button, Card, Group, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogueEntry } from '../../../../electron/domain/workshop-catalogue';
import { showApiError, showSuccess, useApiAction } from '../../api';
import { hrefFor, navigate } from '../../router';
import { typeName } from './labels';
import { draftInput, emptyDraft, InstanceFields, type InstanceDraft } from './InstanceFields';
import { ScheduleGenerator, scheduleInput, type ScheduleDraft } from './ScheduleGenerator';

/** A new run: what it is, and its sessions laid by the generator in the same save. */
export function NewInstancePage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useApiAction('workshops.save');
  const [draft, setDraft] = useState<InstanceDraft>(emptyDraft);
  const [schedule, setSchedule] = useState<ScheduleDraft>({
    weekday: 2,
    startTime: '09:00',
    endTime: '13:00',
    count: 6,
    fromDate: null,
  });

  const changeDraft = (patch: Partial<InstanceDraft>) => {
    // A new type brings its usual number of meetings, until the coordinator types another.
    if (patch.type && patch.type !== draft.type) {
      const meetings = catalogueEntry(patch.type).defaultMeetings;
      if (meetings) setSchedule((s) => ({ ...s, count: meetings }));
      // An unnamed run takes the type's name, which the coordinator may then change.
      if (!draft.title.trim() && patch.title === undefined) patch = { ...patch, title: typeName(t, patch.type) };
    }
    setDraft((d) => ({ ...d, ...patch }));
  };

  const input = draftInput(draft);
  const submit = async () => {
    const planned = scheduleInput(schedule);
    const result = await save.run({ ...input, ...(planned ? { schedule: planned } : {}) });
    if (!result.ok) return showApiError(result.error, t);
    await queryClient.invalidateQueries({ queryKey: ['workshops.list'] });
    showSuccess(t('workshops.new.created'), t);
    navigate(`/workshops/${result.value.instance.id}`);
  };

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
      <Card withBorder padding="md">
        <InstanceFields draft={draft} onChange={changeDraft} />
      </Card>
      <ScheduleGenerator
        draft={schedule}
        onChange={(patch) => setSchedule((s) => ({ ...s, ...patch }))}
        who={{ place: input.place, facilitatorId: input.facilitatorId, facilitatorName: input.facilitatorName }}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={() => navigate('/workshops')}>
          {t('common.cancel')}
        </Button>
        <Button onClick={() => void submit()} loading={save.pending} disabled={!draft.type} data-testid="save-workshop">
          {t('workshops.new.save')}
        </Button>
      </Group>
    </Stack>
  );
}
