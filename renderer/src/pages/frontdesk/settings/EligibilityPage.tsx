import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api';
import { QueryState } from '../../../components/QueryState';
import { CriteriaForm } from './CriteriaForm';
import { RequiredFormsForm } from './RequiredFormsForm';

/** Coordinator settings for the front desk: who is eligible, and which forms intake waits for. */
export function EligibilityPage() {
  const { t } = useTranslation();
  const criteria = useApiQuery('eligibility.getCriteria', {});
  const forms = useApiQuery('intake.getRequiredForms', {});
  return (
    <Stack gap="lg" maw={960}>
      <Title order={1} fz="h2">
        {t('frontdesk.criteria.title')}
      </Title>
      <Card withBorder padding="lg" component="section" aria-labelledby="criteria-heading">
        <Stack gap="md">
          <div>
            <Title order={2} fz="h3" id="criteria-heading">
              {t('frontdesk.criteria.heading')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('frontdesk.criteria.intro')}
            </Text>
          </div>
          {criteria.data ? <CriteriaForm saved={criteria.data} /> : <QueryState query={criteria} />}
        </Stack>
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="forms-heading">
        <Stack gap="md">
          <div>
            <Title order={2} fz="h3" id="forms-heading">
              {t('frontdesk.forms.heading')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('frontdesk.forms.intro')}
            </Text>
          </div>
          {forms.data ? <RequiredFormsForm saved={forms.data} /> : <QueryState query={forms} />}
        </Stack>
      </Card>
    </Stack>
  );
}
