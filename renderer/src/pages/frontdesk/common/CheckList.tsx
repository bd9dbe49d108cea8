import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { checkColors, checkDetail, plainList, type EligibilityCheck } from './labels';

/** One line per criterion: its name, met / not met / near / unknown, and why. */
export function CheckList({ checks, testId }: { checks: readonly EligibilityCheck[]; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} component="ul" style={plainList} data-testid={testId}>
      {checks.map((check) => (
        <li key={check.criterion} data-criterion={check.criterion} data-result={check.result}>
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <Badge color={checkColors[check.result]} variant="light" miw={84} style={{ flexShrink: 0 }}>
              {t(`frontdesk.checkResult.${check.result}`)}
            </Badge>
            <div>
              <Text size="sm" fw={600}>
                {t(`frontdesk.criterion.${check.criterion}`)}
              </Text>
              <Text size="sm" c="dimmed">
                {checkDetail(t, check)}
              </Text>
            </div>
          </Group>
        </li>
      ))}
    </Stack>
  );
}
