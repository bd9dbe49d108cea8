import { Alert, Button, Fieldset, Group, MultiSelect, NumberInput, SimpleGrid, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workshopTypes } from '../../../../../electron/domain/codes';
import { showSuccess, useApiAction } from '../../../api';
import { codeOptions } from '../../../codes';
import { DateField } from '../../../components/DateField';
import { FormFrame, SubmitRow } from '../../../forms/FormFrame';
import { maxLengthOf, numberRangeOf } from '../../../forms/limits';
import { useContractForm } from '../../../forms/useContractForm';
import { inputOf } from '../../../forms/input-of';
import { BarriersEditor, GoalsEditor, TasksEditor } from './PlanLists';
import { planForm, planSentences, valuesOf, type PlanValues, type PlanView } from './plan-form';
import { SignPlanModal } from './SignPlanModal';

const draftShape = inputOf('plans.saveDraft').shape;
const meetings = numberRangeOf(draftShape.plannedMeetings);

export function usePlanForm(initialValues: PlanValues) {
  return useContractForm({ schema: planForm, initialValues, sentences: planSentences });
}
export type PlanFormApi = ReturnType<typeof usePlanForm>;

/** After a save or a signature, every view of this person's plan is read again. */
export function usePlanChanged(participantId: number): () => Promise<void> {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['plans.get', { participantId }] }),
      queryClient.invalidateQueries({ queryKey: ['plans.compare'] }),
    ]);
  };
}

/**
 * The coach's editor: the draft when there is one, otherwise the latest signed version, whose
 * first save opens the draft of the next version. Signing is offered on a saved draft only, so
 * what is signed is what is on screen.
 */
export function PlanEditor({ participantId, current }: { participantId: number; current: PlanView | null }) {
  const { t } = useTranslation();
  const save = useApiAction('plans.saveDraft');
  const changed = usePlanChanged(participantId);
  const [signing, setSigning] = useState(false);
  const api = usePlanForm(valuesOf(current));
  const { form, formRef, formError, field, onSubmit } = api;
  const isDraft = current?.status === 'draft';

  const submit = onSubmit(async (values) => {
    const result = await save.run({
      participantId,
      expectedUpdatedAt: isDraft ? current.updatedAt : null,
      ...values,
    });
    if (!result.ok) return result.error;
    form.resetDirty();
    await changed();
    // Saving over a signed version opened the next one: say so, since the signed one stays as it was.
    const opened = current?.status === 'signed';
    showSuccess(opened ? t('plans.form.savedNewDraft', { version: result.value.version }) : t('plans.form.saved'));
  });

  return (
    <FormFrame formRef={formRef} formError={formError} onSubmit={submit} testId="plan-form" gap="lg">
      {current?.status === 'signed' && (
        <Alert color="blue" variant="light" data-testid="plan-signed-note">
          {t('plans.editingSigned', { version: current.version, next: current.version + 1 })}
        </Alert>
      )}
      <Textarea
        label={t('plans.fields.vision')}
        {...field('vision')}
        autosize
        minRows={2}
        maxLength={maxLengthOf(draftShape.vision)}
        data-testid="plan-vision"
      />
      <GoalsEditor api={api} />
      <TasksEditor api={api} />
      <BarriersEditor api={api} />
      <Textarea
        label={t('plans.fields.strengths')}
        {...field('strengths')}
        autosize
        minRows={2}
        maxLength={maxLengthOf(draftShape.strengths)}
      />
      <Fieldset legend={t('plans.fields.plannedMix')}>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <NumberInput
            label={t('plans.fields.plannedMeetings')}
            {...field('plannedMeetings')}
            min={meetings.min}
            max={meetings.max}
            allowDecimal={false}
            dir="ltr"
          />
          <MultiSelect
            label={t('plans.fields.plannedWorkshopTypes')}
            data={codeOptions(t, 'workshopType', workshopTypes)}
            {...field('plannedWorkshopTypes')}
            searchable
            clearable
          />
          <DateField label={t('plans.fields.nextReviewDate')} {...field('nextReviewDate')} clearable w="100%" />
        </SimpleGrid>
      </Fieldset>
      <Group gap="md">
        <SubmitRow loading={save.pending} testId="plan-save">
          {t('plans.form.save')}
        </SubmitRow>
        {isDraft && (
          <Button variant="outline" onClick={() => setSigning(true)} disabled={form.isDirty()} data-testid="plan-sign">
            {t('plans.sign.button')}
          </Button>
        )}
        {isDraft && form.isDirty() && (
          <Text fz="sm" c="dimmed">
            {t('plans.form.signFirstSave')}
          </Text>
        )}
      </Group>
      {signing && isDraft && (
        <SignPlanModal
          participantId={participantId}
          draft={current}
          onClose={() => setSigning(false)}
          onSigned={changed}
        />
      )}
    </FormFrame>
  );
}
