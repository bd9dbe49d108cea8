import { Badge, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { codeLabel } from '../../codes';
import { displayPhone, formatDateTime } from '../../format';
import type { Participant } from './participant-data';

const outcomeColours = { eligible: 'teal', not_eligible: 'red', borderline: 'yellow' } as const;

/** The routing call's result, the referral given, and the coordinator's decision if one was needed. */
export function ScreeningSection({ participant: p }: { participant: Participant }) {
  const { t } = useTranslation();
  const s = p.screening;
  if (!s.outcome) {
    return (
      <Text c="dimmed" data-testid="screening-none">
        {t('participant.screening.none')}
      </Text>
    );
  }
  const row = (label: string, value: ReactNode, testId?: string) => (
    <Table.Tr>
      <Table.Th w={220} scope="row">
        {label}
      </Table.Th>
      <Table.Td data-testid={testId}>{value}</Table.Td>
    </Table.Tr>
  );
  return (
    <Stack gap="md">
      <Table withRowBorders={false} verticalSpacing={6} data-testid="screening-table">
        <Table.Tbody>
          {row(
            t('participant.screening.outcome'),
            <Badge color={outcomeColours[s.outcome]} variant="light">
              {codeLabel(t, 'screeningOutcome', s.outcome)}
            </Badge>,
            'screening-outcome',
          )}
          {row(t('participant.screening.when'), <bdi>{formatDateTime(s.screenedAt)}</bdi>)}
          {s.referralService &&
            row(
              t('participant.screening.referral'),
              <Stack gap={0}>
                <bdi>{s.referralService.name}</bdi>
                {s.referralService.phone && <span className="kesher-ltr">{displayPhone(s.referralService.phone)}</span>}
              </Stack>,
              'screening-referral',
            )}
          {row(
            t('participant.screening.decision'),
            s.decision ? codeLabel(t, 'decision', s.decision) : t('participant.screening.noDecision'),
          )}
          {s.decision && s.decisionReason && row(t('participant.screening.reason'), <bdi>{s.decisionReason}</bdi>)}
          {s.decidedAt && row(t('participant.screening.decidedAt'), <bdi>{formatDateTime(s.decidedAt)}</bdi>)}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
