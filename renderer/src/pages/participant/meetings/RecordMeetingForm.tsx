import {
  Alert,
  Button,
  Checkbox,
  Chip,
  Fieldset,
  Group,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { coachingTools } from '../../../../../electron/domain/casework';
import { meetingModes, meetingStatuses, trafficLights, type TrafficLight } from '../../../../../electron/domain/codes';
import { formatDisplayDate, todayIso } from '../../../../../electron/domain/dates';
import type { MethodOutput } from '../../../../../electron/api/contract';
import { showSuccess, useApiAction } from '../../../api';
import { codeLabel } from '../../../codes';
import { ChoiceSegments } from '../../../components/ChoiceSegments';
import { DateField } from '../../../components/DateField';
import { FormFrame, SubmitRow } from '../../../forms/FormFrame';
import { maxLengthOf } from '../../../forms/limits';
import { useContractForm } from '../../../forms/useContractForm';
import {
  blankTask,
  meetingFormDefaults,
  meetingFormPath,
  meetingFormSchema,
  taskInput,
  toRecordInput,
  type MeetingFormValues,
} from './meeting-form';

type OpenTask = MethodOutput<'meetings.list'>['openTasks'][number];

interface Props {
  participantId: number;
  currentLight: TrafficLight | null;
  openTasks: readonly OpenTask[];
  onSaved: (flagged: boolean) => Promise<void>;
  onCancel: () => void;
}

/**
 * Records one held meeting and books the next. Built for speed: a routine attended meeting is
 * the defaults, a few tool chips, the tasks done ticked, and Save.
 */
export function RecordMeetingForm({ participantId, currentLight, openTasks, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const record = useApiAction('meetings.record');
  const today = todayIso();
  const schema = useMemo(() => meetingFormSchema(today), [today]);
  const { form, formRef, formError, field, onSubmit } = useContractForm({
    schema,
    initialValues: meetingFormDefaults(new Date(), currentLight),
    formPath: meetingFormPath,
  });
  const values = form.getValues();
  const set = <K extends keyof MeetingFormValues>(key: K, value: MeetingFormValues[K]) =>
    form.setFieldValue(key as never, value as never);

  // The boundary rule, shown before saving: overdue tasks not ticked now will flag the booking.
  const stillOverdue = openTasks.filter((task) => task.overdue && !(values.taskKeysDone ?? []).includes(task.itemKey));

  const submit = onSubmit(async (input) => {
    const result = await record.run(toRecordInput(participantId, input, currentLight));
    if (!result.ok) return result.error;
    showSuccess(
      result.value.next
        ? t('meetings.form.savedWithNext', { date: formatDisplayDate(result.value.next.date) })
        : t('meetings.form.saved'),
    );
    await onSaved(result.value.next?.tasksOverdueFlag ?? false);
  });

  const options = (list: 'mode' | 'state', codes: readonly string[]) =>
    codes.map((value) => ({ value, label: t(`meetings.${list}.${value}`) }));

  return (
    <FormFrame formRef={formRef} formError={formError} onSubmit={submit} testId="record-meeting-form">
      <Group align="flex-end" gap="md" wrap="wrap">
        <DateField
          label={t('meetings.form.date')}
          {...field('date')}
          maxDate={today}
          required
          data-testid="meeting-date"
        />
        <TextInput label={t('meetings.form.time')} {...field('time')} w={90} dir="ltr" data-testid="meeting-time" />
        <Select
          label={t('meetings.form.mode')}
          data={options('mode', meetingModes)}
          {...field('mode')}
          allowDeselect={false}
          w={150}
        />
        <ChoiceSegments
          aria-label={t('meetings.form.state')}
          data={options('state', meetingStatuses)}
          value={values.state}
          onChange={(value) => set('state', value as MeetingFormValues['state'])}
          data-testid="meeting-state"
        />
      </Group>

      <Fieldset legend={t('meetings.form.tools')} variant="unstyled">
        <Chip.Group
          multiple
          value={values.tools ?? []}
          onChange={(value) => set('tools', value as MeetingFormValues['tools'])}
        >
          <Group gap={6} data-testid="meeting-tools">
            {coachingTools.map((tool) => (
              <Chip key={tool} value={tool} size="sm" data-testid={`tool-${tool}`}>
                {t(`meetings.tools.${tool}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Fieldset>

      <TextInput label={t('meetings.form.topics')} {...field('topics')} maxLength={500} data-testid="meeting-topics" />

      <Fieldset legend={t('meetings.form.tasks')} variant="unstyled" data-testid="meeting-open-tasks">
        {openTasks.length === 0 ? (
          <Text fz="sm" c="dimmed">
            {t('meetings.form.noOpenTasks')}
          </Text>
        ) : (
          <Checkbox.Group value={values.taskKeysDone ?? []} onChange={(value) => set('taskKeysDone', value)}>
            <Stack gap={6}>
              {openTasks.map((task) => (
                <Checkbox
                  key={task.itemKey}
                  value={task.itemKey}
                  data-testid={`open-task-${task.itemKey}`}
                  label={
                    <span>
                      <bdi>{task.text}</bdi>
                      <Text span fz="xs" c={task.overdue ? 'red' : 'dimmed'} ms={8}>
                        {t(`meetings.owner.${task.owner}`)}
                        {task.dueDate && (
                          <>
                            {' · '}
                            <span className="kesher-ltr">{formatDisplayDate(task.dueDate)}</span>
                          </>
                        )}
                        {task.overdue && ` · ${t('meetings.form.overdue')}`}
                      </Text>
                    </span>
                  }
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Stack gap={6} mt="sm">
          {values.newTasks.map((row, index) => (
            <Group key={row.key} gap="sm" align="flex-start">
              <TextInput
                aria-label={t('meetings.form.newTaskText')}
                placeholder={t('meetings.form.newTaskText')}
                {...field(`newTasks.${index}.text`)}
                maxLength={maxLengthOf(taskInput.shape.text)}
                w={360}
                data-testid={`new-task-${index}`}
              />
              <DateField aria-label={t('meetings.form.newTaskDue')} {...field(`newTasks.${index}.dueDate`)} clearable />
              <Button variant="subtle" color="gray" onClick={() => form.removeListItem('newTasks', index)}>
                {t('meetings.form.removeTask')}
              </Button>
            </Group>
          ))}
          <Group>
            <Button
              variant="light"
              size="compact-sm"
              onClick={() => form.insertListItem('newTasks', blankTask())}
              data-testid="add-task"
            >
              {t('meetings.form.addTask')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>

      <Stack gap={4}>
        <Text fz="sm" fw={500} id="meeting-light-label">
          {t('meetings.form.trafficLight')}
        </Text>
        <ChoiceSegments
          aria-labelledby="meeting-light-label"
          data={trafficLights.map((light) => ({ value: light, label: codeLabel(t, 'trafficLight', light) }))}
          value={values.trafficLight}
          onChange={(value) => set('trafficLight', value)}
          w="fit-content"
          data-testid="meeting-light"
        />
      </Stack>

      <Textarea
        label={t('meetings.form.note')}
        description={t('meetings.form.noteHint')}
        {...field('note')}
        autosize
        minRows={2}
        maxLength={2000}
        data-testid="meeting-note"
      />

      <Fieldset legend={t('meetings.form.next')} data-testid="meeting-next">
        <Stack gap="sm">
          <Checkbox
            label={t('meetings.form.bookNext')}
            {...field('bookNext', 'checkbox')}
            data-testid="meeting-book-next"
          />
          {values.bookNext && (
            <Group align="flex-end" gap="md" wrap="wrap">
              <DateField
                label={t('meetings.form.date')}
                {...field('nextDate')}
                minDate={today}
                data-testid="next-date"
              />
              <TextInput label={t('meetings.form.time')} {...field('nextTime')} w={90} dir="ltr" />
              <Select
                label={t('meetings.form.mode')}
                data={options('mode', meetingModes)}
                {...field('nextMode')}
                allowDeselect={false}
                w={150}
              />
            </Group>
          )}
          {values.bookNext && stillOverdue.length > 0 && (
            <Alert color="orange" variant="light" data-testid="booking-flag-warning">
              {t('meetings.form.flagWarning', { count: stillOverdue.length })}
            </Alert>
          )}
        </Stack>
      </Fieldset>

      <Group gap="sm">
        <SubmitRow loading={record.pending} testId="meeting-save">
          {t('meetings.form.save')}
        </SubmitRow>
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Group>
    </FormFrame>
  );
}
