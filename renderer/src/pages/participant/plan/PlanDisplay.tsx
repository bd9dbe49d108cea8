import { Badge, Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDisplayDate } from '../../../../../electron/domain/dates';
import { codeLabel } from '../../../codes';
import type { PlanView } from './plan-form';

export interface ItemMark {
  change: 'added' | 'removed' | 'changed';
  fields: string[];
}

/** What a comparison marks on one side: changed plan fields, and items by key. */
export interface PlanMarks {
  fields: ReadonlySet<string>;
  items: ReadonlyMap<string, ItemMark>;
}

const itemColours = { added: 'var(--mantine-color-green-0)', removed: 'var(--mantine-color-red-0)' } as const;
const changedStyle = { background: 'var(--mantine-color-yellow-1)', borderRadius: 4, padding: '0 4px' };

const date = (iso: string | null) => (iso ? <span className="kesher-ltr">{formatDisplayDate(iso)}</span> : null);

function Line({ label, value, marked }: { label: string; value: ReactNode; marked?: boolean }) {
  return (
    <Text fz="sm" data-changed={marked ? 'true' : undefined} style={marked ? changedStyle : undefined}>
      <Text span fw={600}>
        {label}:{' '}
      </Text>
      {value === null || value === '' ? '—' : value}
    </Text>
  );
}

/**
 * One version, read only. In a comparison, changed fields are marked yellow, an item only in
 * the newer version green and an item only in the older one red, each also said in words.
 */
export function PlanDisplay({ plan, marks }: { plan: PlanView; marks?: PlanMarks }) {
  const { t } = useTranslation();
  const fieldMarked = (name: string) => marks?.fields.has(name) ?? false;
  const item = (key: string) => marks?.items.get(key);
  const itemBox = (key: string, children: ReactNode, testId: string) => {
    const mark = item(key);
    const background = mark && mark.change !== 'changed' ? itemColours[mark.change] : undefined;
    return (
      <Card key={key} withBorder padding="xs" style={{ background }} data-testid={testId} data-change={mark?.change}>
        {mark && mark.change !== 'changed' && (
          <Badge size="sm" color={mark.change === 'added' ? 'green' : 'red'} variant="light" mb={4}>
            {t(`plans.compare.${mark.change}`)}
          </Badge>
        )}
        {children}
      </Card>
    );
  };
  const itemField = (key: string, name: string) => item(key)?.change === 'changed' && item(key)!.fields.includes(name);
  const goalName = (goalKey: string | null) => plan.goals.find((g) => g.itemKey === goalKey)?.what ?? null;

  return (
    <Stack gap="sm" data-testid={`plan-display-${plan.version}`}>
      <Line label={t('plans.fields.vision')} value={plan.vision} marked={fieldMarked('vision')} />
      <Title order={3} fz="md">
        {t('plans.fields.goals')}
      </Title>
      {plan.goals.length === 0 && <Text fz="sm">{t('plans.form.noGoals')}</Text>}
      {plan.goals.map((goal) =>
        itemBox(
          goal.itemKey,
          <Stack gap={2}>
            <Line label={t('plans.goal.what')} value={goal.what} marked={itemField(goal.itemKey, 'what')} />
            <Line
              label={t('plans.goal.measureValue')}
              value={`${goal.measureValue} ${goal.measureUnit}`}
              marked={itemField(goal.itemKey, 'measureValue') || itemField(goal.itemKey, 'measureUnit')}
            />
            <Line
              label={t('plans.goal.dueDate')}
              value={date(goal.dueDate)}
              marked={itemField(goal.itemKey, 'dueDate')}
            />
            <Line
              label={t('plans.goal.status')}
              value={codeLabel(t, 'goalStatus', goal.status)}
              marked={itemField(goal.itemKey, 'status')}
            />
            <Line
              label={t('plans.goal.reviewNote')}
              value={goal.reviewNote}
              marked={itemField(goal.itemKey, 'reviewNote')}
            />
          </Stack>,
          'display-goal',
        ),
      )}
      <Title order={3} fz="md">
        {t('plans.fields.tasks')}
      </Title>
      {plan.tasks.length === 0 && <Text fz="sm">{t('plans.form.noTasks')}</Text>}
      {plan.tasks.map((task) =>
        itemBox(
          task.itemKey,
          <Stack gap={2}>
            <Line label={t('plans.task.text')} value={task.text} marked={itemField(task.itemKey, 'text')} />
            <Line
              label={t('plans.task.owner')}
              value={codeLabel(t, 'taskOwner', task.owner)}
              marked={itemField(task.itemKey, 'owner')}
            />
            <Line
              label={t('plans.task.dueDate')}
              value={date(task.dueDate)}
              marked={itemField(task.itemKey, 'dueDate')}
            />
            <Line
              label={t('plans.task.doneDate')}
              value={date(task.doneDate)}
              marked={itemField(task.itemKey, 'doneDate')}
            />
            <Line
              label={t('plans.task.goalKey')}
              value={goalName(task.goalKey)}
              marked={itemField(task.itemKey, 'goalKey')}
            />
          </Stack>,
          'display-task',
        ),
      )}
      <Title order={3} fz="md">
        {t('plans.fields.barriers')}
      </Title>
      {plan.barriers.length === 0 && <Text fz="sm">{t('plans.form.noBarriers')}</Text>}
      {plan.barriers.map((barrier) =>
        itemBox(
          barrier.itemKey,
          <Stack gap={2}>
            <Line
              label={t('plans.barrier.code')}
              value={codeLabel(t, 'barrier', barrier.code)}
              marked={itemField(barrier.itemKey, 'code')}
            />
            <Line
              label={t('plans.barrier.detail')}
              value={barrier.detail}
              marked={itemField(barrier.itemKey, 'detail')}
            />
            <Line
              label={t('plans.barrier.addressedBy')}
              value={barrier.addressedBy}
              marked={itemField(barrier.itemKey, 'addressedBy')}
            />
          </Stack>,
          'display-barrier',
        ),
      )}
      <Line label={t('plans.fields.strengths')} value={plan.strengths} marked={fieldMarked('strengths')} />
      <Line
        label={t('plans.fields.plannedMeetings')}
        value={plan.plannedMeetings === null ? null : String(plan.plannedMeetings)}
        marked={fieldMarked('plannedMeetings')}
      />
      <Line
        label={t('plans.fields.plannedWorkshopTypes')}
        value={plan.plannedWorkshopTypes.map((type) => codeLabel(t, 'workshopType', type)).join(', ')}
        marked={fieldMarked('plannedWorkshopTypes')}
      />
      <Line
        label={t('plans.fields.nextReviewDate')}
        value={date(plan.nextReviewDate)}
        marked={fieldMarked('nextReviewDate')}
      />
    </Stack>
  );
}
