import { Anchor, Button, Card, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/contract';
import { useApiAction } from '../../../api';
import type { FieldErrors } from '../../../forms/field-errors';
import { useFormErrors } from '../../../forms/useFormErrors';
import { FormError } from '../../../forms/FormError';
import { formatDateTime } from '../../../format';
import { hrefFor } from '../../../router';
import { CheckList } from '../common/CheckList';
import { fullName } from '../common/labels';
import { ServicePicker } from '../common/ServicePicker';

export type QueueItem = MethodOutput<'decisions.queue'>[number];
export type Decided = { item: QueueItem; decision: 'approved' | 'rejected'; serviceId: number | null };

const MIN_REASON = 3;
const DECISION_FIELDS = ['decision', 'reason', 'referralServiceId'];

/** One borderline case: why it is borderline, and the coordinator's decision with its reason. */
export function DecisionCard({ item, onDecided }: { item: QueueItem; onDecided: (decided: Decided) => void }) {
  const { t } = useTranslation();
  const decide = useApiAction('decisions.decide');
  const [decision, setDecision] = useState<'approved' | 'rejected' | null>(null);
  const [reason, setReason] = useState('');
  const [serviceId, setServiceId] = useState<number | null>(null);
  const { errors, formError, formRef, clear, showLocal, showServer } = useFormErrors(DECISION_FIELDS);
  const headingId = `decision-${item.participantId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {};
    if (decision === null) local.decision = t('frontdesk.decisions.pickDecision');
    if (reason.trim().length < MIN_REASON) local.reason = t('frontdesk.decisions.reasonRequired');
    if (decision === 'rejected' && serviceId === null) local.referralServiceId = t('validation.referral_required');
    if (showLocal(local) || decision === null) return;
    const result = await decide.run({
      participantId: item.participantId,
      decision,
      reason: reason.trim(),
      referralServiceId: decision === 'rejected' ? (serviceId ?? undefined) : undefined,
    });
    if (result.ok) return onDecided({ item, decision, serviceId });
    showServer(result.error);
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId} data-testid="decision-card">
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Group justify="space-between" wrap="wrap">
            <Title order={2} fz="h4" id={headingId}>
              <Anchor href={hrefFor(`/participants/${item.participantId}`)} inherit>
                <bdi>{fullName(item)}</bdi>
              </Anchor>
            </Title>
            {item.screenedAt && (
              <Text size="sm" c="dimmed">
                {t('frontdesk.decisions.screenedAt', { when: formatDateTime(item.screenedAt) })}
              </Text>
            )}
          </Group>
          <CheckList checks={item.checks} />
          <Radio.Group
            label={t('frontdesk.decisions.decision')}
            value={decision}
            onChange={(value) => {
              setDecision(value as 'approved' | 'rejected');
              clear('decision');
            }}
            error={errors.decision}
            required
          >
            <Group gap="lg" mt={6}>
              <Radio value="approved" label={t('frontdesk.decisions.approve')} />
              <Radio value="rejected" label={t('frontdesk.decisions.reject')} />
            </Group>
          </Radio.Group>
          <Textarea
            label={t('frontdesk.decisions.reason')}
            description={t('frontdesk.decisions.reasonHint')}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              clear('reason');
            }}
            error={errors.reason}
            maxLength={500}
            autosize
            minRows={2}
            required
          />
          {decision === 'rejected' && (
            <ServicePicker
              value={serviceId}
              onChange={(id) => {
                setServiceId(id);
                clear('referralServiceId');
              }}
              error={errors.referralServiceId}
            />
          )}
          <FormError error={formError} />
          <Group justify="flex-end">
            <Button type="submit" loading={decide.pending} color={decision === 'rejected' ? 'red' : undefined}>
              {t('frontdesk.decisions.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
