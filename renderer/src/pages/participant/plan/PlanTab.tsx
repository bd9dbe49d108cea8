import { Alert, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDisplayDate } from '../../../../../electron/domain/dates';
import { describeApiError, useApiQuery } from '../../../api';
import { PlanDisplay } from './PlanDisplay';
import { PlanEditor } from './PlanEditor';
import type { PlanView } from './plan-form';
import { PlanVersions } from './PlanVersions';

const ltr = (iso: string | null) => `\u2066${formatDisplayDate(iso)}\u2069`;

function StatusLine({ plan }: { plan: PlanView }) {
  const { t } = useTranslation();
  const signed = plan.status === 'signed';
  return (
    <Group gap="sm" data-testid="plan-status">
      <Badge color={signed ? 'teal' : 'gray'} variant="light" size="lg">
        {signed ? t('plans.signedVersion', { version: plan.version }) : t('plans.draftOf', { version: plan.version })}
      </Badge>
      {signed && (
        <Text fz="sm" c="dimmed">
          {t('plans.signedOn', { participant: ltr(plan.participantSignedDate), coach: ltr(plan.coachSignedDate) })}
        </Text>
      )}
    </Group>
  );
}

/**
 * The personal work plan on the participant page: the editor for the case's coach or a
 * coordinator (the draft, or the signed version a first edit copies into version N+1), the
 * plan read only for everyone else who may open it, and every version with its comparison.
 */
export function PlanTab({ participantId }: { participantId: number }) {
  const { t } = useTranslation();
  const query = useApiQuery('plans.get', { participantId });
  if (query.isPending)
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" />
        <Text>{t('common.loading')}</Text>
      </Group>
    );
  if (query.isError)
    return (
      <Alert color="red" variant="light" role="alert">
        {describeApiError(query.error.apiError, t).message}
      </Alert>
    );
  const { current, versions, canEdit } = query.data;
  return (
    <Stack gap="xl" data-testid="plan-tab">
      <Stack gap="xs">
        <Title order={2} fz="h4">
          {t('plans.title')}
        </Title>
        {current && <StatusLine plan={current} />}
        {!canEdit && (
          <Text fz="sm" c="dimmed">
            {current ? t('plans.readOnly') : t('plans.noneReadOnly')}
          </Text>
        )}
      </Stack>
      {canEdit ? (
        // A new key after every save or signature: the form starts again from what is stored.
        <PlanEditor
          key={`${current?.id ?? 0}-${current?.updatedAt ?? ''}`}
          participantId={participantId}
          current={current}
        />
      ) : (
        current && <PlanDisplay plan={current} />
      )}
      <PlanVersions key={versions.length} participantId={participantId} versions={versions} />
    </Stack>
  );
}
