import { ActionIcon, Button, Chip, Fieldset, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { barrierCodes, populationTags, type BarrierCode, type PopulationTag } from '../../../../electron/domain/codes';
import { showSuccess, useApiAction } from '../../api';
import { codeLabel, codeOptions } from '../../codes';
import { FormError } from '../../forms/FormError';
import type { FieldErrors } from '../../forms/field-errors';
import { useFormErrors } from '../../forms/useFormErrors';
import { useRecordSaved, type Participant } from './participant-data';
import { inputOf } from '../../forms/form-schemas';
import { maxLengthOf } from '../../forms/limits';

const planPatch = inputOf('participants.update').shape.patch;
const barrierInput = planPatch.shape.barriers.unwrap().element;

interface BarrierDraft {
  /** Local identity for React keys only; never sent. */
  key: number;
  code: BarrierCode | null;
  detail: string;
  addressedBy: string;
}

let nextKey = 0;
const draftOf = (b: { code: BarrierCode | null; detail?: string; addressedBy?: string }): BarrierDraft => ({
  key: nextKey++,
  code: b.code,
  detail: b.detail ?? '',
  addressedBy: b.addressedBy ?? '',
});

const PLAN_FIELDS = ['barriers', 'strengths', 'populationTags'];

/**
 * The plan's barriers (each with who addresses it), the person's strengths and population
 * tags. Withheld from navigators, so the page does not render it for them at all.
 */
export function PlanSection({ participant, editable }: { participant: Participant; editable: boolean }) {
  const { t } = useTranslation();
  const update = useApiAction('participants.update');
  const saved = useRecordSaved(participant.id);
  const [barriers, setBarriers] = useState<BarrierDraft[]>(() => (participant.barriers ?? []).map(draftOf));
  const [strengths, setStrengths] = useState(participant.strengths ?? '');
  const [tags, setTags] = useState<PopulationTag[]>(participant.populationTags ?? []);
  const { errors, formError, formRef, showLocal, showServer } = useFormErrors(PLAN_FIELDS);

  const change = (key: number, patch: Partial<BarrierDraft>) =>
    setBarriers((current) => current.map((b) => (b.key === key ? { ...b, ...patch } : b)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {};
    barriers.forEach((b, index) => {
      if (b.code === null) local[`barriers.${index}.code`] = t('participant.plan.chooseBarrier');
    });
    if (showLocal(local)) return;
    const result = await update.run({
      id: participant.id,
      expectedUpdatedAt: participant.updatedAt,
      patch: {
        barriers: barriers.map((b) => ({
          code: b.code as BarrierCode,
          ...(b.detail.trim() ? { detail: b.detail.trim() } : {}),
          ...(b.addressedBy.trim() ? { addressedBy: b.addressedBy.trim() } : {}),
        })),
        strengths: strengths.trim() === '' ? null : strengths.trim(),
        populationTags: tags,
      },
    });
    if (!result.ok) return showServer(result.error);
    await saved(result.value);
    showSuccess(t('participant.plan.saved'));
  };

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate data-testid="plan-form">
      <Stack gap="lg">
        <FormError error={formError} />
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
                  value={b.code}
                  onChange={(value) => change(b.key, { code: value as BarrierCode | null })}
                  error={errors[`barriers.${index}.code`]}
                  readOnly={!editable}
                  variant={editable ? 'default' : 'filled'}
                  searchable
                  w={240}
                />
                <TextInput
                  label={t('participant.plan.detail')}
                  value={b.detail}
                  onChange={(event) => change(b.key, { detail: event.currentTarget.value })}
                  error={errors[`barriers.${index}.detail`]}
                  readOnly={!editable}
                  variant={editable ? 'default' : 'filled'}
                  maxLength={maxLengthOf(barrierInput.shape.detail)}
                  w={300}
                />
                <TextInput
                  label={t('participant.plan.addressedBy')}
                  value={b.addressedBy}
                  onChange={(event) => change(b.key, { addressedBy: event.currentTarget.value })}
                  error={errors[`barriers.${index}.addressedBy`]}
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
                    onClick={() => setBarriers((current) => current.filter((x) => x.key !== b.key))}
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
                  onClick={() => setBarriers((current) => [...current, draftOf({ code: null })])}
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
          value={strengths}
          onChange={(event) => setStrengths(event.currentTarget.value)}
          error={errors.strengths}
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
          <Chip.Group multiple value={tags} onChange={(value) => editable && setTags(value as PopulationTag[])}>
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
          <Group>
            <Button type="submit" loading={update.pending} data-testid="plan-save">
              {t('participant.plan.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
