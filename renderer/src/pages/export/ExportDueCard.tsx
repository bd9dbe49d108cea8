import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api';
import { hrefFor } from '../../router';
import { useSession } from '../../session/SessionContext';

const monthLabel = (month: string): string => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

function DueCard() {
  const { t } = useTranslation();
  const history = useApiQuery('crfExport.history', {});
  const due = history.data?.due;
  if (!due) return null;
  return (
    <Alert
      color="indigo"
      variant="light"
      title={t('crfExport.dueTitle', { month: monthLabel(due) })}
      data-testid="export-due"
    >
      <Text fz="sm" mb={4}>
        {t('crfExport.dueBody')}
      </Text>
      <Anchor href={hrefFor('/export')} c="var(--mantine-color-indigo-light-color)" underline="always" fw={600}>
        {t('crfExport.dueLink')}
      </Anchor>
    </Alert>
  );
}

/**
 * The coordinator's reminder on the home page: from the first working day after a month ends,
 * the bundle of that month waits to be exported and sent to the central office.
 */
export function ExportDueCard() {
  const { session } = useSession();
  return session.role === 'coordinator' ? <DueCard /> : null;
}
