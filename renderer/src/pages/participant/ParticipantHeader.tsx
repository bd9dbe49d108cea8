import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NoContactFlag, StatusBadge, TrafficLightLabel } from '../../caseload/badges';
import type { Participant } from './participant-data';

/** Stay in contact at least once a quarter (DOMAIN.md); the list's flag uses the same rule. */
const NO_CONTACT_DAYS = 90;

export function ParticipantHeader({ participant: p }: { participant: Participant }) {
  const { t } = useTranslation();
  const flagged = p.status === 'active' && (p.daysSinceContact === null || p.daysSinceContact > NO_CONTACT_DAYS);
  return (
    <Stack gap={6}>
      <Group gap="md" align="center">
        <Title order={1} fz="h2" data-testid="participant-name">
          <bdi>{t('participant.fullName', { first: p.firstName, last: p.lastName })}</bdi>
        </Title>
        <StatusBadge status={p.status} size="lg" />
      </Group>
      <Group gap="lg" align="center">
        <Group gap="lg" component="dl" className="kesher-facts" data-testid="participant-facts">
          {p.age !== null && (
            <Group gap={4} wrap="nowrap">
              <Text component="dt" c="dimmed" fz="sm">
                {t('participant.header.age')}
              </Text>
              <Text component="dd" fz="sm" fw={500}>
                {p.age}
              </Text>
            </Group>
          )}
          <Group gap={4} wrap="nowrap">
            <Text component="dt" c="dimmed" fz="sm">
              {t('participant.header.coach')}
            </Text>
            <Text component="dd" fz="sm" fw={500}>
              {p.coachName ? <bdi>{p.coachName}</bdi> : t('participant.header.noCoach')}
            </Text>
          </Group>
          {p.trafficLight && (
            <Group gap={4} wrap="nowrap">
              <Text component="dt" c="dimmed" fz="sm">
                {t('participant.header.trafficLight')}
              </Text>
              <Text component="dd" fz="sm">
                <TrafficLightLabel light={p.trafficLight} />
              </Text>
            </Group>
          )}
        </Group>
        {flagged && <NoContactFlag days={p.daysSinceContact} />}
      </Group>
    </Stack>
  );
}
