import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../electron/api/result';
import type { FollowUpAnswer } from '../../../../electron/domain/casework';
import { todayIso } from '../../../../electron/domain/dates';
import { showSuccess, useApiAction, useApiQuery } from '../../api';
import { DateField } from '../../components/DateField';
import { isolate } from '../../format';
import { FormError } from '../../forms/FormError';
import { PlacementForm, type PlacementFields, type PlacementFormValues } from '../participant/placements/PlacementForm';
import { usePlacementsChanged } from '../participant/placements/PlacementsTab';
import type { QueueItem } from './FollowUpsPage';

/**
 * The confirmation of an answer, the second and last action: "same job" and "no answer" need
 * nothing more; "not employed" asks the last day worked (today, unless changed); "employed
 * elsewhere" opens the new job prefilled from the one asked about, starting today.
 */
export function AnswerModal({
  item,
  answer,
  onClose,
}: {
  item: QueueItem;
  answer: FollowUpAnswer;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const record = useApiAction('followUps.answer');
  const changed = usePlacementsChanged();
  const [endDate, setEndDate] = useState<string | null>(todayIso());
  const [problem, setProblem] = useState<ApiError | null>(null);
  const name = isolate(item.name);

  const send = async (extra: { endDate?: string; newPlacement?: PlacementFields }): Promise<ApiError | void> => {
    const result = await record.run({ followUpId: item.id, answer, ...extra });
    if (!result.ok) return result.error;
    await changed();
    showSuccess(t('followUps.recorded'));
    onClose();
  };
  const confirm = async () => {
    const error = await send(answer === 'not_employed' && endDate ? { endDate } : {});
    if (error) setProblem(error);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('followUps.confirmTitle')}
      size={answer === 'employed_elsewhere' ? 'xl' : 'md'}
    >
      <Stack gap="md" data-testid="answer-modal">
        <Text>{t(`followUps.confirm.${answer}`, { name })}</Text>
        {answer === 'employed_elsewhere' ? (
          <NewJobForm item={item} onSave={(newPlacement) => send({ newPlacement })} pending={record.pending} />
        ) : (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void confirm();
            }}
          >
            <Stack gap="md">
              <FormError error={problem} />
              {answer === 'not_employed' && (
                <DateField
                  label={t('placements.endDate')}
                  value={endDate}
                  onChange={setEndDate}
                  minDate={item.placementStartDate}
                  maxDate={todayIso()}
                  data-testid="answer-end-date"
                />
              )}
              <Group justify="flex-end" gap="sm">
                <Button variant="default" onClick={onClose}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" loading={record.pending} data-testid="answer-confirm" data-autofocus>
                  {t('followUps.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Modal>
  );
}

/** The new job, prefilled from the one asked about: the same kind of work, found by the person, from today. */
function NewJobForm({
  item,
  onSave,
  pending,
}: {
  item: QueueItem;
  onSave: (fields: PlacementFields) => Promise<ApiError | void>;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const listing = useApiQuery('placements.list', { participantId: item.participantId });
  if (listing.isPending) return <Text>{t('common.loading')}</Text>;
  const previous = listing.data?.placements.find((p) => p.id === item.placementId);
  const initial: PlacementFormValues = {
    employer: '',
    occupationCode: previous?.occupationCode ?? null,
    startDate: todayIso(),
    endDate: null,
    employmentType: previous?.employmentType ?? 'SALARIED',
    jobScopePct: previous?.jobScopePct ?? '',
    monthlySalaryNis: previous?.monthlySalaryNis ?? '',
    foundBy: 'SELF',
    note: '',
  };
  return (
    <PlacementForm
      initial={initial}
      onSave={onSave}
      submitLabel={t('followUps.save')}
      testId="answer-new-placement"
      pending={pending}
    />
  );
}
