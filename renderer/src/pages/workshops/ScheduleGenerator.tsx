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
import { formatDisplayDate, isIsoDate } from '../../../../electron/domain/dates';
import { TIME_OF_DAY } from '../../../../electron/domain/schedule';
import { unwrap, useApi, type ApiFailure } from '../../api';
import { DateField } from '../../components/DateField';
import { conferenceDay } from '../frontdesk/common/labels';
import { normaliseTime } from '../frontdesk/conferences/ConferenceFormModal';
import { holidayName, weekdayName, workingWeekdays, type Clash } from './labels';

export interface ScheduleDraft {
  weekday: number;
  startTime: string;
  endTime: string;
  count: number | string;
  fromDate: string | null;
}

type Preview = MethodOutput<'workshops.previewSchedule'>;

/** The schedule as the API takes it, or null while a field is still incomplete. */
export function scheduleInput(draft: ScheduleDraft): MethodInput<'workshops.previewSchedule'> | null {
  const count = Number(draft.count);
  if (!draft.fromDate || !isIsoDate(draft.fromDate) || !Number.isInteger(count) || count < 1 || count > 60) return null;
  if (!TIME_OF_DAY.test(draft.startTime) || !TIME_OF_DAY.test(draft.endTime)) return null;
  return {
    weekday: draft.weekday,
    startTime: draft.startTime,
    endTime: draft.endTime,
    count,
    fromDate: draft.fromDate,
  };
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
  draft,
  onChange,
  who,
}: {
  draft: ScheduleDraft;
  onChange: (patch: Partial<ScheduleDraft>) => void;
  who: { place: string | null; facilitatorId: number | null; facilitatorName: string | null };
}) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const input = scheduleInput(draft);
  const [asked] = useDebouncedValue(input && { ...input, ...who }, 200);
  const preview = useQuery<Preview, ApiFailure>({
    queryKey: ['workshops.previewSchedule', asked],
    queryFn: () => unwrap(api['workshops.previewSchedule'](asked!)),
    enabled: asked !== null,
    placeholderData: keepPreviousData,
  });
  const timeField = (key: 'startTime' | 'endTime') => ({
    value: draft[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => onChange({ [key]: e.currentTarget.value }),
    onBlur: () => onChange({ [key]: normaliseTime(draft[key]) }),
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
            value={String(draft.weekday)}
            onChange={(value) => onChange({ weekday: Number(value) })}
            data={workingWeekdays.map((d) => ({ value: String(d), label: weekdayName(i18n.language, d) }))}
            data-testid="schedule-weekday"
          />
          <TextInput label={t('workshops.schedule.from')} {...timeField('startTime')} data-testid="schedule-start" />
          <TextInput label={t('workshops.schedule.to')} {...timeField('endTime')} data-testid="schedule-end" />
          <NumberInput
            label={t('workshops.schedule.count')}
            min={1}
            max={60}
            allowDecimal={false}
            allowNegative={false}
            value={draft.count}
            onChange={(value) => onChange({ count: value })}
            data-testid="schedule-count"
          />
          <DateField
            label={t('workshops.schedule.fromDate')}
            value={draft.fromDate}
            onChange={(value) => onChange({ fromDate: value })}
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
                    {conferenceDay(date, i18n.language)} · <bdi dir="ltr">{`${draft.startTime}–${draft.endTime}`}</bdi>
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
