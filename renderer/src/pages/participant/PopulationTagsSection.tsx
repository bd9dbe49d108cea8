import { Chip, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { populationTags, type PopulationTag } from '../../../../electron/domain/codes';
import { showSuccess, useApiAction } from '../../api';
import { codeLabel } from '../../codes';
import { inputOf } from '../../forms/input-of';
import { FormFrame, SubmitRow } from '../../forms/FormFrame';
import { useContractForm } from '../../forms/useContractForm';
import { patchPath, useRecordSaved, type Participant } from './participant-data';

const tagsForm = z.object({ populationTags: inputOf('participants.update').shape.patch.shape.populationTags });

/**
 * The person's population tags (a second sub-population, immigrant, …): facts about the
 * person rather than the plan, so they stay with the details. Withheld from navigators, so
 * the page does not render it for them at all.
 */
export function PopulationTagsSection({ participant, editable }: { participant: Participant; editable: boolean }) {
  const { t } = useTranslation();
  const update = useApiAction('participants.update');
  const saved = useRecordSaved(participant.id);
  const { form, formRef, formError, onSubmit } = useContractForm({
    schema: tagsForm,
    initialValues: { populationTags: participant.populationTags ?? [] },
    formPath: patchPath,
  });
  const { populationTags: tags = [] } = form.getValues();

  const submit = onSubmit(async (patch) => {
    const result = await update.run({ id: participant.id, expectedUpdatedAt: participant.updatedAt, patch });
    if (!result.ok) return result.error;
    await saved(result.value);
    showSuccess(t('participant.plan.saved'));
  });

  return (
    <FormFrame formRef={formRef} formError={formError} onSubmit={submit} testId="population-tags-form">
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
        <SubmitRow loading={update.pending} testId="population-tags-save" variant="light">
          {t('participant.plan.save')}
        </SubmitRow>
      )}
    </FormFrame>
  );
}
