import { Alert, Badge, Button, Card, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { duplicateCandidateSchema } from '../../../../../electron/api/contracts/inquiries';
import { navigate } from '../../../router';
import { codeLabel } from '../../../codes';
import { fullName, plainList } from '../common/labels';
import { PhoneLink } from '../common/PhoneLink';

export type DuplicateCandidate = z.infer<typeof duplicateCandidateSchema>;

/**
 * Possible existing records of the caller. Opening one is the first choice; creating anyway
 * is offered only when no match has the same national ID (that would be the same person twice).
 */
export function DuplicatesModal({
  candidates,
  creating,
  onCreateAnyway,
  onClose,
}: {
  candidates: DuplicateCandidate[];
  creating: boolean;
  onCreateAnyway: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const sameId = candidates.some((candidate) => candidate.reason === 'same_id');
  return (
    <Modal opened onClose={onClose} title={t('frontdesk.duplicates.title')} size="lg">
      <Stack gap="md" data-testid="duplicates-modal">
        <Text>{t(sameId ? 'frontdesk.duplicates.introSameId' : 'frontdesk.duplicates.intro')}</Text>
        <Stack gap="sm" component="ul" style={plainList}>
          {candidates.map((candidate) => (
            <li key={candidate.id}>
              <Card withBorder padding="sm" data-testid="duplicate-candidate">
                <Group justify="space-between" wrap="wrap" gap="sm">
                  <Stack gap={2}>
                    <Group gap="xs">
                      <Text fw={600}>
                        <bdi>{fullName(candidate)}</bdi>
                      </Text>
                      <Badge variant="light" color="gray">
                        {codeLabel(t, 'status', candidate.status)}
                      </Badge>
                    </Group>
                    <Text size="sm">
                      {t('frontdesk.inquiry.phone')}: <PhoneLink phone={candidate.phone} />
                    </Text>
                    <Text size="sm" c={candidate.reason === 'same_id' ? 'red.8' : 'orange.8'}>
                      {t(`frontdesk.duplicates.reason.${candidate.reason}`)}
                    </Text>
                  </Stack>
                  <Button variant="light" onClick={() => navigate(`/participants/${candidate.id}`)}>
                    {t('frontdesk.duplicates.open')}
                  </Button>
                </Group>
              </Card>
            </li>
          ))}
        </Stack>
        {sameId && (
          <Alert color="red" variant="light">
            {t('frontdesk.duplicates.sameIdBlocks')}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('frontdesk.duplicates.back')}
          </Button>
          {!sameId && (
            <Button color="orange" onClick={onCreateAnyway} loading={creating}>
              {t('frontdesk.duplicates.createAnyway')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
