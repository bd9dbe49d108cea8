import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../../electron/api/result';
import { todayIso } from '../../../../../electron/domain/dates';
import { showSuccess, useApiAction } from '../../../api';
import { DateField } from '../../../components/DateField';
import { FormError } from '../../../forms/FormError';
import { serverReasons } from '../../../forms/reasons';
import type { PlanView } from './plan-form';

/**
 * Both signature dates, and a confirmation that says what signing does: the version is frozen
 * and further edits open the next one. The dates default to today, the usual case at a meeting.
 */
export function SignPlanModal({
  participantId,
  draft,
  onClose,
  onSigned,
}: {
  participantId: number;
  draft: PlanView;
  onClose: () => void;
  onSigned: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const sign = useApiAction('plans.sign');
  const today = todayIso();
  const [participantDate, setParticipantDate] = useState<string | null>(today);
  const [coachDate, setCoachDate] = useState<string | null>(today);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const reasons = problem ? serverReasons(problem) : {};
  const reason = (path: string) => (reasons[path] ? t(reasons[path]) : undefined);

  const run = async () => {
    if (!participantDate || !coachDate) return;
    const result = await sign.run({
      participantId,
      participantSignedDate: participantDate,
      coachSignedDate: coachDate,
      expectedUpdatedAt: draft.updatedAt,
    });
    if (!result.ok) return setProblem(result.error);
    await onSigned();
    showSuccess(t('plans.sign.done', { version: result.value.version }));
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('plans.sign.title', { version: draft.version })}>
      <Stack gap="md" data-testid="plan-sign-dialog">
        <Text>{t('plans.sign.text', { version: draft.version, next: draft.version + 1 })}</Text>
        <FormError error={problem && !problem.fields?.length ? problem : null} />
        <DateField
          label={t('plans.sign.participantDate')}
          value={participantDate}
          onChange={setParticipantDate}
          maxDate={today}
          error={reason('participantSignedDate')}
          required
          w="100%"
          data-testid="sign-participant-date"
        />
        <DateField
          label={t('plans.sign.coachDate')}
          value={coachDate}
          onChange={setCoachDate}
          maxDate={today}
          error={reason('coachSignedDate')}
          required
          w="100%"
          data-testid="sign-coach-date"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={() => void run()}
            loading={sign.pending}
            disabled={!participantDate || !coachDate}
            data-testid="plan-sign-confirm"
          >
            {t('plans.sign.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
