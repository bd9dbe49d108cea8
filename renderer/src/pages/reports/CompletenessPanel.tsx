import { Anchor, Button, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDisplayDate } from '../../../../electron/domain/dates';
import { useApiQuery } from '../../api';
import { QueryState } from '../../components/QueryState';
import { CountLink } from './CountLink';
import { percent, recordHref, type CompletenessField } from './links';

const participantFields = ['birthDate', 'recruitmentSource', 'previousOccupation'] as const;
const placementFields = ['placementJobScope', 'placementSalary'] as const;
/** A column's first rows; the rest (the server sends up to 200) one click away. */
const FIRST = 10;

/**
 * What is missing from the records the tables count, each item a link to where it is typed:
 * the Details form (with the field focused) or the placements tab.
 */
export function CompletenessPanel({ periodEnd, coachId }: { periodEnd: string; coachId: number | null }) {
  const { t } = useTranslation();
  const panel = useApiQuery('dashboards.completeness', { periodEnd, ...(coachId ? { coachId } : {}) });
  const [open, setOpen] = useState<CompletenessField | null>(null);
  const data = panel.data;
  const column = (field: CompletenessField, items: { key: number; participantId: number; text: string }[]) => {
    const path = `dataCompleteness.${field}.missing`;
    const gaps = data![field];
    const shown = open === field ? items : items.slice(0, FIRST);
    return (
      <Stack gap={4} key={field} data-testid={`missing-${field}`}>
        <Text fw={600}>
          {t(`reports.missing.${field}`)}:{' '}
          <CountLink n={gaps.total} path={path} periodEnd={periodEnd} coachId={coachId} />{' '}
          <Text span fw={400} c="dimmed" size="sm">
            ({t('reports.known_share', { share: percent(data!.shares[field]) })})
          </Text>
        </Text>
        {gaps.total === 0 ? (
          <Text size="sm" c="dimmed">
            {t('reports.nothing_missing')}
          </Text>
        ) : (
          <List size="sm">
            {shown.map((item) => (
              <List.Item key={item.key}>
                <Anchor href={recordHref(item.participantId, path)}>{item.text}</Anchor>
              </List.Item>
            ))}
          </List>
        )}
        {items.length > FIRST && open !== field && (
          <Button variant="subtle" size="compact-sm" onClick={() => setOpen(field)} w="fit-content">
            {t('reports.show_more', { count: items.length - FIRST })}
          </Button>
        )}
      </Stack>
    );
  };
  return (
    <Card withBorder data-testid="completeness">
      <Title order={2} fz="h4" mb="sm">
        {t('reports.completeness')}
      </Title>
      <QueryState query={panel} />
      {data && (
        <SimpleGrid cols={{ base: 1, md: 3, xl: 5 }}>
          {participantFields.map((field) =>
            column(
              field,
              data[field].rows.map((r) => ({
                key: r.participantId,
                participantId: r.participantId,
                text: `${r.firstName} ${r.lastName}`,
              })),
            ),
          )}
          {placementFields.map((field) =>
            column(
              field,
              data[field].rows.map((r) => ({
                key: r.placementId,
                participantId: r.participantId,
                text: `${r.firstName} ${r.lastName} · ${formatDisplayDate(r.startDate)}`,
              })),
            ),
          )}
        </SimpleGrid>
      )}
    </Card>
  );
}
