import { Anchor, Card, List, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDisplayDate } from '../../../../electron/domain/dates';
import { useApiQuery } from '../../api';
import { QueryState } from '../../components/QueryState';
import { percent } from './links';

const participantFields = ['birthDate', 'recruitmentSource', 'previousOccupation'] as const;
const placementFields = ['placementJobScope', 'placementSalary'] as const;

/** What is missing from the records the tables count, each item a link to where it is fixed. */
export function CompletenessPanel({ periodEnd }: { periodEnd: string }) {
  const { t } = useTranslation();
  const panel = useApiQuery('dashboards.completeness', { periodEnd });
  const data = panel.data;
  return (
    <Card withBorder data-testid="completeness">
      <Title order={2} fz="h4" mb="sm">
        {t('reports.completeness')}
      </Title>
      <QueryState query={panel} />
      {data && (
        <SimpleGrid cols={{ base: 1, md: 3, xl: 5 }}>
          {participantFields.map((field) => (
            <div key={field}>
              <Text fw={600}>
                {t(`reports.missing.${field}`)}: {data[field].total} ({percent(data.shares[field])} {t('reports.known')}
                )
              </Text>
              <List size="sm">
                {data[field].rows.slice(0, 10).map((r) => (
                  <List.Item key={r.participantId}>
                    <Anchor href={`#/participants/${r.participantId}`}>
                      {r.firstName} {r.lastName}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </div>
          ))}
          {placementFields.map((field) => (
            <div key={field}>
              <Text fw={600}>
                {t(`reports.missing.${field}`)}: {data[field].total} ({percent(data.shares[field])} {t('reports.known')}
                )
              </Text>
              <List size="sm">
                {data[field].rows.slice(0, 10).map((r) => (
                  <List.Item key={r.placementId}>
                    <Anchor href={`#/participants/${r.participantId}`}>
                      {r.firstName} {r.lastName} · {formatDisplayDate(r.startDate)}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </div>
          ))}
        </SimpleGrid>
      )}
    </Card>
  );
}
