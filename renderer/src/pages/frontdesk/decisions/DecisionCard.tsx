import { Anchor, Button, Card, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { MethodOutput } from '../../../../../electron/api/contract';
import { useApiAction } from '../../../api';
import { always, chosen, converted } from '../../../forms/form-schemas';
import { inputOf } from '../../../forms/input-of';
import { FormError } from '../../../forms/FormError';
import { maxLengthOf } from '../../../forms/limits';
import { useContractForm } from '../../../forms/useContractForm';
import { formatDateTime } from '../../../format';
import { hrefFor } from '../../../router';
import { CheckList } from '../common/CheckList';
import { fullName } from '../common/labels';
import { ServicePicker } from '../common/ServicePicker';

export type QueueItem = MethodOutput<'decisions.queue'>[number];
export type Decided = { item: QueueItem; decision: 'approved' | 'rejected'; serviceId: number | null };

const decideInput = inputOf('decisions.decide');
const decisionForm = decideInput
  .omit({ participantId: true })
  .extend({
    decision: chosen(decideInput.shape.decision),
    referralServiceId: converted(z.number().nullable(), (id) => id ?? undefined, decideInput.shape.referralServiceId),
  })
  // A rejected case is referred on; an approved one keeps no referral.
  .superRefine(({ decision, referralServiceId }, ctx) => {
    if (decision === 'rejected' && referralServiceId === undefined)
      ctx.addIssue({ code: 'custom', path: ['referralServiceId'], message: 'validation.referral_required' });
  }, always)
  .transform((input) => ({
    ...input,
    referralServiceId: input.decision === 'rejected' ? input.referralServiceId : undefined,
  }));

const sentences = { decision: 'frontdesk.decisions.pickDecision', reason: 'frontdesk.decisions.reasonRequired' };

/** One borderline case: why it is borderline, and the coordinator's decision with its reason. */
export function DecisionCard({ item, onDecided }: { item: QueueItem; onDecided: (decided: Decided) => void }) {
  const { t } = useTranslation();
  const decide = useApiAction('decisions.decide');
  const { formRef, formError, field, onSubmit, form } = useContractForm({
    schema: decisionForm,
    initialValues: { decision: null as string | null, reason: '', referralServiceId: null as number | null },
    sentences,
  });
  const decision = form.getValues().decision;
  const headingId = `decision-${item.participantId}`;

  const submit = onSubmit(async (input) => {
    const result = await decide.run({ participantId: item.participantId, ...input });
    if (!result.ok) return result.error;
    onDecided({ item, decision: input.decision, serviceId: input.referralServiceId ?? null });
  });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId} data-testid="decision-card">
      <form ref={formRef} onSubmit={submit} noValidate>
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
          <Radio.Group label={t('frontdesk.decisions.decision')} {...field('decision')} required>
            <Group gap="lg" mt={6}>
              <Radio value="approved" label={t('frontdesk.decisions.approve')} />
              <Radio value="rejected" label={t('frontdesk.decisions.reject')} />
            </Group>
          </Radio.Group>
          <Textarea
            label={t('frontdesk.decisions.reason')}
            description={t('frontdesk.decisions.reasonHint')}
            {...field('reason')}
            maxLength={maxLengthOf(decideInput.shape.reason)}
            autosize
            minRows={2}
            required
          />
          {decision === 'rejected' && <ServicePicker {...field('referralServiceId')} />}
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
