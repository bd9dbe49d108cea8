import { ActionIcon, Button, Card, Fieldset, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { barrierInputSchema, goalInputSchema, taskInputSchema } from '../../../../../electron/api/contracts/plans';
import { goalStatuses, taskOwners } from '../../../../../electron/domain/casework';
import { barrierCodes } from '../../../../../electron/domain/codes';
import { codeOptions } from '../../../codes';
import { DateField } from '../../../components/DateField';
import { maxLengthOf } from '../../../forms/limits';
import { emptyBarrier, emptyGoal, emptyTask, planLimits } from './plan-form';
import type { PlanFormApi } from './PlanEditor';

const goalShape = goalInputSchema.shape;
const taskShape = taskInputSchema.shape;
const barrierShape = barrierInputSchema.shape;

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="red" size="lg" mt={24} aria-label={label} onClick={onClick}>
      ×
    </ActionIcon>
  );
}

function AddButton({ label, onClick, testId }: { label: string; onClick: () => void; testId: string }) {
  return (
    <Group>
      <Button variant="light" size="xs" onClick={onClick} data-testid={testId}>
        {label}
      </Button>
    </Group>
  );
}

/** SMART goals: what, a number with its unit, a due date, the status and a review note. */
export function GoalsEditor({ api }: { api: PlanFormApi }) {
  const { t } = useTranslation();
  const { form, field } = api;
  const { goals, tasks } = form.getValues();
  const remove = (index: number) => {
    const key = goals[index]?.itemKey;
    // A task that served the removed goal stays, serving no particular goal.
    tasks.forEach((task, i) => task.goalKey === key && form.setFieldValue(`tasks.${i}.goalKey`, null));
    form.removeListItem('goals', index);
  };
  return (
    <Fieldset legend={t('plans.fields.goals')}>
      <Stack gap="sm">
        <Text fz="sm" c="dimmed">
          {t('plans.form.smartHint')}
        </Text>
        {goals.length === 0 && <Text fz="sm">{t('plans.form.noGoals')}</Text>}
        {goals.map((goal, index) => (
          <Card key={goal.itemKey} withBorder padding="sm" data-testid="goal-row">
            <Group align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                label={t('plans.goal.what')}
                {...field(`goals.${index}.what`)}
                maxLength={maxLengthOf(goalShape.what)}
                w={340}
                data-testid="goal-what"
              />
              <NumberInput
                label={t('plans.goal.measureValue')}
                {...field(`goals.${index}.measureValue`)}
                min={0}
                w={100}
                dir="ltr"
                data-testid="goal-measure-value"
              />
              <TextInput
                label={t('plans.goal.measureUnit')}
                {...field(`goals.${index}.measureUnit`)}
                maxLength={maxLengthOf(goalShape.measureUnit)}
                w={180}
                data-testid="goal-measure-unit"
              />
              <DateField
                label={t('plans.goal.dueDate')}
                {...field(`goals.${index}.dueDate`)}
                clearable
                data-testid="goal-due-date"
              />
              <Select
                label={t('plans.goal.status')}
                data={codeOptions(t, 'goalStatus', goalStatuses)}
                {...field(`goals.${index}.status`)}
                allowDeselect={false}
                w={140}
              />
              <TextInput
                label={t('plans.goal.reviewNote')}
                {...field(`goals.${index}.reviewNote`)}
                maxLength={maxLengthOf(goalShape.reviewNote)}
                w={280}
              />
              <RemoveButton label={t('plans.form.removeGoal', { n: index + 1 })} onClick={() => remove(index)} />
            </Group>
          </Card>
        ))}
        {goals.length < planLimits.goals && (
          <AddButton
            label={t('plans.form.addGoal')}
            onClick={() => form.insertListItem('goals', emptyGoal())}
            testId="goal-add"
          />
        )}
      </Stack>
    </Fieldset>
  );
}

/** The action plan: short tasks, whose each is, when due and done, and the goal it serves. */
export function TasksEditor({ api }: { api: PlanFormApi }) {
  const { t } = useTranslation();
  const { form, field } = api;
  const { goals, tasks } = form.getValues();
  const goalOptions = goals
    .filter((goal) => goal.what.trim() !== '')
    .map((goal) => ({ value: goal.itemKey, label: goal.what }));
  return (
    <Fieldset legend={t('plans.fields.tasks')}>
      <Stack gap="sm">
        {tasks.length === 0 && <Text fz="sm">{t('plans.form.noTasks')}</Text>}
        {tasks.map((task, index) => (
          <Group key={task.itemKey} align="flex-start" gap="sm" data-testid="task-row">
            <TextInput
              label={t('plans.task.text')}
              {...field(`tasks.${index}.text`)}
              maxLength={maxLengthOf(taskShape.text)}
              w={300}
              data-testid="task-text"
            />
            <Select
              label={t('plans.task.owner')}
              data={codeOptions(t, 'taskOwner', taskOwners)}
              {...field(`tasks.${index}.owner`)}
              allowDeselect={false}
              w={160}
            />
            <DateField label={t('plans.task.dueDate')} {...field(`tasks.${index}.dueDate`)} clearable w={150} />
            <DateField label={t('plans.task.doneDate')} {...field(`tasks.${index}.doneDate`)} clearable w={150} />
            <Select
              label={t('plans.task.goalKey')}
              placeholder={t('plans.task.noGoal')}
              data={goalOptions}
              {...field(`tasks.${index}.goalKey`)}
              clearable
              w={220}
            />
            <RemoveButton
              label={t('plans.form.removeTask', { n: index + 1 })}
              onClick={() => form.removeListItem('tasks', index)}
            />
          </Group>
        ))}
        {tasks.length < planLimits.tasks && (
          <AddButton
            label={t('plans.form.addTask')}
            onClick={() => form.insertListItem('tasks', emptyTask(goals.length === 1 ? goals[0]!.itemKey : null))}
            testId="task-add"
          />
        )}
      </Stack>
    </Fieldset>
  );
}

/** Barriers to employment and who addresses each. */
export function BarriersEditor({ api }: { api: PlanFormApi }) {
  const { t } = useTranslation();
  const { form, field } = api;
  const { barriers } = form.getValues();
  return (
    <Fieldset legend={t('plans.fields.barriers')}>
      <Stack gap="sm">
        {barriers.length === 0 && <Text fz="sm">{t('plans.form.noBarriers')}</Text>}
        {barriers.map((barrier, index) => (
          <Group key={barrier.itemKey} align="flex-start" gap="sm" data-testid="barrier-row">
            <Select
              label={t('plans.barrier.code')}
              data={codeOptions(t, 'barrier', barrierCodes)}
              {...field(`barriers.${index}.code`)}
              searchable
              w={240}
              data-testid="barrier-code"
            />
            <TextInput
              label={t('plans.barrier.detail')}
              {...field(`barriers.${index}.detail`)}
              maxLength={maxLengthOf(barrierShape.detail)}
              w={300}
            />
            <TextInput
              label={t('plans.barrier.addressedBy')}
              {...field(`barriers.${index}.addressedBy`)}
              maxLength={maxLengthOf(barrierShape.addressedBy)}
              w={220}
              data-testid="barrier-addressed-by"
            />
            <RemoveButton
              label={t('plans.form.removeBarrier', { n: index + 1 })}
              onClick={() => form.removeListItem('barriers', index)}
            />
          </Group>
        ))}
        {barriers.length < planLimits.barriers && (
          <AddButton
            label={t('plans.form.addBarrier')}
            onClick={() => form.insertListItem('barriers', emptyBarrier())}
            testId="barrier-add"
          />
        )}
      </Stack>
    </Fieldset>
  );
}
