import { Alert, Anchor, Button, Card, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/contract';
import { hrefFor } from '../../../router';
import { CheckList } from '../common/CheckList';
import { InviteToConference } from '../common/InviteToConference';
import { outcomeColors } from '../common/labels';
import { ServiceCard, type Service } from '../common/ServicePicker';

type Recorded = MethodOutput<'screening.record'>;

/** What happens next after the screening is saved, by outcome. */
export function ScreeningResult({
  participantId,
  result,
  service,
  onEdit,
}: {
  participantId: number;
  result: Recorded;
  service: Service | null;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" data-testid="screening-result" data-outcome={result.outcome}>
      <Stack gap="md">
        <Title order={2} fz="h3">
          {t('frontdesk.screening.savedTitle')}
        </Title>
        <Alert color={outcomeColors[result.outcome]} variant="light" title={t(`frontdesk.outcome.${result.outcome}`)}>
          {t(`frontdesk.screening.next.${result.outcome}`)}
        </Alert>
        {result.outcome === 'eligible' && <InviteToConference participantIds={[participantId]} />}
        {result.outcome === 'not_eligible' && service && <ServiceCard service={service} />}
        <CheckList checks={result.checks} />
        <Group gap="sm">
          <Button component="a" href={hrefFor('/inquiries/new')} variant="light">
            {t('frontdesk.screening.nextInquiry')}
          </Button>
          <Button variant="default" onClick={onEdit}>
            {t('frontdesk.screening.editAnswers')}
          </Button>
          <Anchor href={hrefFor(`/participants/${participantId}`)}>{t('frontdesk.screening.openRecord')}</Anchor>
        </Group>
      </Stack>
    </Card>
  );
}
