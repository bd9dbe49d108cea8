import {
  Alert,
  Badge,
  Card,
  Group,
  List,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MethodInput, MethodOutput } from '../../../../electron/api/contract';
import type { GetInputPropsReturnType } from '@mantine/form';
import { formatDisplayDate } from '../../../../electron/domain/dates';
import { unwrap, useApi, type ApiFailure } from '../../api';
import { DateField } from '../../components/DateField';
import { conferenceDay } from '../frontdesk/common/labels';
import { normaliseTime } from '../frontdesk/conferences/ConferenceFormModal';
import { scheduleSchema, type ScheduleValues } from './instance-form';
import { holidayName, weekdayName, workingWeekdays, type Clash } from './labels';

/** The part of the new-run form that holds the schedule's fields (`schedule.*`). */
export interface ScheduleFieldsForm {
  values: ScheduleValues;
  /** Value, change handler and translated reason of one schedule field. */
  field: (path: keyof ScheduleValues) => GetInputPropsReturnType;
}

type Preview = MethodOutput<'workshops.previewSchedule'>;

/** Until every field passes the contract's schedule rules there are no dates to show. */
function previewInput(values: ScheduleValues): MethodInput<'workshops.previewSchedule'> | null {
  const checked = scheduleSchema.safeParse(values);
  return checked.success ? checked.data : null;
}

export function ClashList({ clashes }: { clashes: readonly Clash[] }) {
  const { t } = useTranslation();
  if (clashes.length === 0) return null;
  return (
    <Alert color="orange" variant="light" title={t('workshops.clash.title')} data-testid="clash-warning">
      <List size="sm">
        {clashes.map((c, i) => (
          <List.Item key={i}>
            {t(`workshops.clash.${c.reason}`, {
              date: formatDisplayDate(c.date),
              time: c.startTime ?? '',
              title: c.title,
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/**
 * "Every Tuesday 09:00–13:00, 6 sessions from 03/03/2026": the coordinator sees the dates it
 * lays and, beside them, each date passed over with the holiday's name, before saving.
 */
export function ScheduleGenerator({
  form,
  who,
}: {
  form: ScheduleFieldsForm;
  who: { place: string | null; facilitatorId: number | null; facilitatorName: string | null };
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { values: draft, field } = form;
  const input = previewInput(draft);
  const [asked] = useDebouncedValue(input && { ...input, ...who }, 200);
  const preview = useQuery<Preview, ApiFailure>({
    queryKey: ['workshops.previewSchedule', asked],
    queryFn: () => unwrap(api['workshops.previewSchedule'](asked!)),
    enabled: asked !== null,
    placeholderData: keepPreviousData,
  });
  const timeField = (key: 'startTime' | 'endTime') => ({
    ...field(key),
    // "930" becomes "09:30" on leaving the box, so what is checked is what is shown.
    onBlur: () => field(key).onChange(normaliseTime(draft[key])),
    dir: 'ltr' as const,
    inputMode: 'numeric' as const,
    placeholder: '09:00',
  });

  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('workshops.schedule.title')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
          <Select
            label={t('workshops.schedule.weekday')}
            allowDeselect={false}
            {...field('weekday')}
            data={workingWeekdays.map((d) => ({ value: String(d), label: weekdayName(i18n.language, d) }))}
            data-testid="schedule-weekday"
          />
          <TextInput label={t('workshops.schedule.from')} {...timeField('startTime')} data-testid="schedule-start" />
          <TextInput label={t('workshops.schedule.to')} {...timeField('endTime')} data-testid="schedule-end" />
          <NumberInput
            label={t('workshops.schedule.count')}
            allowDecimal={false}
            clampBehavior="none"
            {...field('count')}
            data-testid="schedule-count"
          />
          <DateField
            label={t('workshops.schedule.fromDate')}
            {...field('fromDate')}
            w="100%"
            data-testid="schedule-from-date"
          />
        </SimpleGrid>
        {input === null && <Text c="dimmed">{t('workshops.schedule.incomplete')}</Text>}
        {preview.isError && input !== null && (
          <Alert color="red" variant="light" role="alert">
            {t(preview.error.apiError.fields?.[0]?.message ?? preview.error.apiError.message)}
          </Alert>
        )}
        {preview.data && input !== null && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Stack gap={4}>
              <Text fw={600}>{t('workshops.schedule.dates', { count: preview.data.dates.length })}</Text>
              <List size="sm" type="ordered" data-testid="schedule-dates">
                {preview.data.dates.map((date) => (
                  <List.Item key={date}>
                    {conferenceDay(date, i18n.language)} · <bdi dir="ltr">{`${input.startTime}–${input.endTime}`}</bdi>
                  </List.Item>
                ))}
              </List>
            </Stack>
            <Stack gap={4}>
              <Text fw={600}>{t('workshops.schedule.skipped', { count: preview.data.skipped.length })}</Text>
              {preview.data.skipped.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('workshops.schedule.noneSkipped')}
                </Text>
              ) : (
                <Stack gap={4} data-testid="schedule-skipped">
                  {preview.data.skipped.map((mark) => (
                    <Group key={mark.date} gap="xs" wrap="nowrap" data-testid="skipped-date">
                      <Text size="sm" td="line-through" c="dimmed">
                        {formatDisplayDate(mark.date)}
                      </Text>
                      <Badge variant="light" color="red">
                        {holidayName(mark, i18n.language)}
                      </Badge>
                    </Group>
                  ))}
                </Stack>
              )}
            </Stack>
          </SimpleGrid>
        )}
        {preview.data && input !== null && <ClashList clashes={preview.data.clashes} />}
      </Stack>
    </Card>
  );
}
