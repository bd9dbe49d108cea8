import { Alert, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/contract';
import { CheckList } from '../common/CheckList';
import { outcomeColors } from '../common/labels';

type Evaluation = MethodOutput<'eligibility.evaluate'>;

/** The outcome the answers so far would give, updated as they change; the server decides on saving. */
export function OutcomePreview({ evaluation, updating }: { evaluation: Evaluation | undefined; updating: boolean }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid="outcome-preview" aria-busy={updating}>
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('frontdesk.screening.previewTitle')} {updating && <Loader size="xs" ms="xs" />}
        </Title>
        {evaluation ? (
          <>
            <Alert
              color={outcomeColors[evaluation.outcome]}
              variant="light"
              title={t(`frontdesk.outcome.${evaluation.outcome}`)}
              data-testid="preview-outcome"
              data-outcome={evaluation.outcome}
              aria-live="polite"
            >
              {t(`frontdesk.outcome.${evaluation.outcome}Hint`)}
            </Alert>
            <CheckList checks={evaluation.checks} testId="preview-checks" />
          </>
        ) : (
          <Text c="dimmed">{t('common.loading')}</Text>
        )}
      </Stack>
    </Card>
  );
}
