import { ActionIcon, Button, Chip, Fieldset, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { barrierCodes, populationTags, type PopulationTag } from '../../../../electron/domain/codes';
import { showSuccess, useApiAction } from '../../api';
import { codeLabel, codeOptions } from '../../codes';
import { blankAsNull, blankAsUndefined, chosen, converted, inputOf } from '../../forms/form-schemas';
import { FormFrame, SubmitRow } from '../../forms/FormFrame';
import { maxLengthOf } from '../../forms/limits';
import { useContractForm } from '../../forms/useContractForm';
import { patchPath, useRecordSaved, type Participant } from './participant-data';

const planPatch = inputOf('participants.update').shape.patch;
const barrierInput = planPatch.shape.barriers.unwrap().element;

/** Local identity of a barrier row for React keys only; never sent. */
let nextKey = 0;
const draftOf = (b: { code: string | null; detail?: string; addressedBy?: string }) => ({
  key: nextKey++,
  code: b.code,
  detail: b.detail ?? '',
  addressedBy: b.addressedBy ?? '',
});

const planForm = z.object({
  barriers: converted(
    z.array(
      z.object({
        key: z.number(),
        code: chosen(barrierInput.shape.code),
        detail: blankAsUndefined(barrierInput.shape.detail),
        addressedBy: blankAsUndefined(barrierInput.shape.addressedBy),
      }),
    ),
    (rows) => rows.map(({ key: _key, ...barrier }) => barrier),
    planPatch.shape.barriers,
  ),
  strengths: blankAsNull(planPatch.shape.strengths),
  populationTags: planPatch.shape.populationTags,
});

/**
 * The plan's barriers (each with who addresses it), the person's strengths and population
 * tags. Withheld from navigators, so the page does not render it for them at all.
 */
export function PlanSection({ participant, editable }: { participant: Participant; editable: boolean }) {
  const { t } = useTranslation();
  const update = useApiAction('participants.update');
  const saved = useRecordSaved(participant.id);
  const { form, formRef, formError, field, onSubmit } = useContractForm({
    schema: planForm,
    initialValues: {
      barriers: (participant.barriers ?? []).map(draftOf),
      strengths: participant.strengths ?? '',
      populationTags: participant.populationTags ?? [],
    },
    sentences: { 'barriers.*.code': 'participant.plan.chooseBarrier' },
    formPath: patchPath,
  });
  const { barriers, populationTags: tags = [] } = form.getValues();

  const submit = onSubmit(async (patch) => {
    const result = await update.run({ id: participant.id, expectedUpdatedAt: participant.updatedAt, patch });
    if (!result.ok) return result.error;
    await saved(result.value);
    showSuccess(t('participant.plan.saved'));
  });

  return (
    <FormFrame formRef={formRef} formError={formError} onSubmit={submit} testId="plan-form" gap="lg">
      <Fieldset legend={t('participant.plan.barriers')}>
        <Stack gap="sm">
          {barriers.length === 0 && (
            <Text c="dimmed" fz="sm">
              {t('participant.plan.noBarriers')}
            </Text>
          )}
          {barriers.map((b, index) => (
            <Group key={b.key} align="flex-start" gap="sm" data-testid="barrier-row">
              <Select
                label={t('participant.plan.barrier')}
                data={codeOptions(t, 'barrier', barrierCodes)}
                {...field(`barriers.${index}.code`)}
                readOnly={!editable}
                variant={editable ? 'default' : 'filled'}
                searchable
                w={240}
              />
              <TextInput
                label={t('participant.plan.detail')}
                {...field(`barriers.${index}.detail`)}
                readOnly={!editable}
                variant={editable ? 'default' : 'filled'}
                maxLength={maxLengthOf(barrierInput.shape.detail)}
                w={300}
              />
              <TextInput
                label={t('participant.plan.addressedBy')}
                {...field(`barriers.${index}.addressedBy`)}
                readOnly={!editable}
                variant={editable ? 'default' : 'filled'}
                maxLength={maxLengthOf(barrierInput.shape.addressedBy)}
                w={220}
              />
              {editable && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={28}
                  size="lg"
                  aria-label={t('participant.plan.remove', {
                    barrier: b.code ? codeLabel(t, 'barrier', b.code) : index + 1,
                  })}
                  onClick={() => form.removeListItem('barriers', index)}
                >
                  ×
                </ActionIcon>
              )}
            </Group>
          ))}
          {editable && barriers.length < 20 && (
            <Group>
              <Button
                variant="light"
                size="xs"
                onClick={() => form.insertListItem('barriers', draftOf({ code: null }))}
                data-testid="barrier-add"
              >
                {t('participant.plan.add')}
              </Button>
            </Group>
          )}
        </Stack>
      </Fieldset>

      <Textarea
        label={t('participant.plan.strengths')}
        {...field('strengths')}
        readOnly={!editable}
        variant={editable ? 'default' : 'filled'}
        autosize
        minRows={3}
        maxLength={maxLengthOf(planPatch.shape.strengths)}
      />

      <Stack gap={6}>
        <Text fw={500} fz="sm" id="population-tags-label">
          {t('participant.plan.populationTags')}
        </Text>
        <Chip.Group
          multiple
          value={tags}
          onChange={(value) => editable && form.setFieldValue('populationTags', value as PopulationTag[])}
        >
          <Group gap="xs" role="group" aria-labelledby="population-tags-label">
            {populationTags.map((tag) => (
              <Chip key={tag} value={tag} size="sm" disabled={!editable && !tags.includes(tag)}>
                {codeLabel(t, 'populationTag', tag)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Stack>

      {editable && (
        <SubmitRow loading={update.pending} testId="plan-save">
          {t('participant.plan.save')}
        </SubmitRow>
      )}
    </FormFrame>
  );
}
