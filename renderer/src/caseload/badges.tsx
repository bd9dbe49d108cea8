import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParticipantStatus, TrafficLight } from '../../../electron/domain/codes';
import { codeLabel } from '../codes';
import { ClockAlertIcon } from './icons';

const statusColours: Record<ParticipantStatus, string> = {
  inquiry: 'gray',
  screened: 'blue',
  invited: 'cyan',
  intake: 'violet',
  active: 'teal',
  exited: 'dark',
};

export function StatusBadge({ status, size = 'md' }: { status: ParticipantStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColours[status]} variant="light" size={size} data-status={status}>
      {codeLabel(t, 'status', status)}
    </Badge>
  );
}

/** The readiness light as a dot and its name: the colour is never the only cue. */
export function TrafficLightLabel({ light }: { light: TrafficLight | null }) {
  const { t } = useTranslation();
  if (!light) return null;
  return (
    <Group gap={6} wrap="nowrap" component="span">
      <span className="kesher-light-dot" data-light={light} aria-hidden />
      <Text span fz="sm">
        {codeLabel(t, 'trafficLight', light)}
      </Text>
    </Group>
  );
}

/** Active and out of contact for over three months: an icon and words, not colour alone. */
export function NoContactFlag({ days }: { days: number | null }) {
  const { t } = useTranslation();
  return (
    <Group
      gap={4}
      wrap="nowrap"
      component="span"
      // The theme's darkened orange (contrastVariables): orange.9 reads below 4.5:1 on a table row.
      c="var(--mantine-color-orange-light-color)"
      className="kesher-no-contact"
      data-testid="no-contact-flag"
    >
      <ClockAlertIcon size={15} />
      <Text span fz="xs" fw={600}>
        {days === null ? t('caseload.flag.never') : t('caseload.flag.days', { count: days })}
      </Text>
    </Group>
  );
}
