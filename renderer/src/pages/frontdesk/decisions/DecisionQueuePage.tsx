import { Badge, Card, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showSuccess, useApiQuery } from '../../../api';
import { InviteToConference } from '../common/InviteToConference';
import { fullName } from '../common/labels';
import { AllDone, ListPage } from '../../../components/ListPage';
import { ServiceCard } from '../common/ServicePicker';
import { DecisionCard, type Decided } from './DecisionCard';

/** The coordinator's queue of borderline screenings, oldest first. */
export function DecisionQueuePage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const queue = useApiQuery('decisions.queue', {});
  const services = useApiQuery('services.list', { includeInactive: true });
  // Cases decided on this visit stay on screen, so an approved one can be invited at once.
  const [decided, setDecided] = useState<Decided[]>([]);

  const onDecided = async (entry: Decided) => {
    setDecided((current) => [entry, ...current]);
    showSuccess(t(`frontdesk.decisions.done.${entry.decision}`, { name: fullName(entry.item) }), t);
    await queryClient.invalidateQueries({ queryKey: ['decisions.queue'] });
  };

  return (
    <ListPage
      maw={960}
      title={t('frontdesk.decisions.title')}
      actions={
        queue.data && (
          <Badge size="lg" variant="light" data-testid="queue-count">
            {t('frontdesk.decisions.waiting', { count: queue.data.length })}
          </Badge>
        )
      }
      intro={t('frontdesk.decisions.intro')}
      filters={decided.map((entry) => {
        const service = services.data?.find((s) => s.id === entry.serviceId);
        return (
          <Card key={entry.item.participantId} withBorder padding="md" data-testid="decided-card">
            <Stack gap="sm">
              <Text fw={600}>{t(`frontdesk.decisions.done.${entry.decision}`, { name: fullName(entry.item) })}</Text>
              {entry.decision === 'approved' ? (
                <InviteToConference participantIds={[entry.item.participantId]} />
              ) : (
                service && <ServiceCard service={service} />
              )}
            </Stack>
          </Card>
        );
      })}
      query={queue}
      items={queue.data}
      empty={<AllDone testId="queue-empty">{t('frontdesk.decisions.empty')}</AllDone>}
    >
      {(items) =>
        items.map((item) => (
          <DecisionCard key={item.participantId} item={item} onDecided={(entry) => void onDecided(entry)} />
        ))
      }
    </ListPage>
  );
}
