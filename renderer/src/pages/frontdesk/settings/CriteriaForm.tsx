import { Button, Group, NumberInput, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  maxYearsOutOfWorkOptions,
  minJobScopeOptions,
  minTimeOutOfWorkOptions,
  minYearsExperienceOptions,
  type EligibilityCriteria,
} from '../../../../../electron/domain/eligibility';
import { showSuccess, useApiAction } from '../../../api';
import { codeLabel } from '../../../codes';
import { converted } from '../../../forms/form-schemas';
import { inputOf } from '../../../forms/input-of';
import { FormFrame } from '../../../forms/FormFrame';
import { numberRangeOf } from '../../../forms/limits';
import { useContractForm } from '../../../forms/useContractForm';
import { jobScopeChoice } from '../common/labels';

const NONE = 'none';

const criteriaInput = inputOf('eligibility.setCriteria').shape.criteria;
const ageMinRange = numberRangeOf(criteriaInput.shape.ageMin);
const ageMaxRange = numberRangeOf(criteriaInput.shape.ageMax);

type AgeBox = number | string;
type CriteriaValues = Omit<EligibilityCriteria, 'ageMin' | 'ageMax'> & { ageMin: AgeBox; ageMax: AgeBox };

/** The ages as typed in their boxes (an empty maximum is none), then the contract's criteria rules. */
export const criteriaForm = converted(
  z.custom<CriteriaValues>(),
  ({ ageMin, ageMax, ...rest }): EligibilityCriteria => ({
    ...rest,
    ageMin: typeof ageMin === 'number' ? ageMin : Number.NaN,
    ageMax: ageMax === '' ? null : typeof ageMax === 'number' ? ageMax : Number.NaN,
  }),
  criteriaInput,
);

const sentences = { ageMin: 'frontdesk.criteria.ageMinRange', ageMax: 'frontdesk.criteria.ageMaxRange' };

type Option = string | number;

/** A criterion chosen from the evaluation report's options, or not used at all. */
interface ChoiceCriterion<K extends keyof CriteriaValues> {
  key: K;
  /** Its name under frontdesk.criterion.* and the hint under frontdesk.criteria.<key>Hint. */
  name: string;
  options: readonly Option[];
  optionLabel: (t: TFunction, value: never) => string;
}

const years = (t: TFunction, count: number) => t('frontdesk.criteria.years', { count });

const choiceCriteria = [
  {
    key: 'minTimeOutOfWork',
    name: 'minTimeOutOfWork',
    options: minTimeOutOfWorkOptions,
    optionLabel: (t, value: string) => codeLabel(t, 'minTimeOutOfWork', value),
  },
  { key: 'maxYearsOutOfWork', name: 'maxYearsOutOfWork', options: maxYearsOutOfWorkOptions, optionLabel: years },
  { key: 'minJobScope', name: 'jobScope', options: minJobScopeOptions, optionLabel: jobScopeChoice },
  { key: 'minYearsExperience', name: 'experience', options: minYearsExperienceOptions, optionLabel: years },
] as const satisfies readonly ChoiceCriterion<keyof CriteriaValues>[];

const switchCriteria = ['requireLocalResidence', 'requireSelfDeclaredCapacity'] as const;

function Choice({ label, hint, children }: { label: string; hint: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text fw={600} size="sm">
        {label}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
      {children}
    </Stack>
  );
}

/** The centre's written eligibility criteria, with the options the evaluation report lists. */
export function CriteriaForm({ saved }: { saved: EligibilityCriteria }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useApiAction('eligibility.setCriteria');
  const { form, formRef, formError, field, onSubmit } = useContractForm({
    schema: criteriaForm,
    initialValues: { ...saved, ageMax: saved.ageMax ?? '' },
    sentences,
    formPath: (apiPath) => apiPath.replace(/^criteria\./, ''),
    fields: ['ageMin', 'ageMax'],
  });
  const values = form.getValues();

  const submit = onSubmit(async (criteria) => {
    const result = await save.run({ criteria });
    if (!result.ok) return result.error;
    queryClient.setQueryData(['eligibility.getCriteria', {}], result.value);
    await queryClient.invalidateQueries({ queryKey: ['eligibility.evaluate'] });
    await queryClient.invalidateQueries({ queryKey: ['decisions.queue'] });
    showSuccess(t('frontdesk.criteria.saved'), t);
  });

  return (
    <FormFrame formRef={formRef} formError={formError} onSubmit={submit} testId="criteria-form" gap="lg">
      <Choice label={t('frontdesk.criterion.age')} hint={t('frontdesk.criteria.ageHint')}>
        <Group gap="md" align="flex-start">
          <NumberInput
            label={t('frontdesk.criteria.ageMin')}
            {...field('ageMin')}
            min={ageMinRange.min}
            max={ageMinRange.max}
            allowDecimal={false}
            allowNegative={false}
            w={140}
            required
          />
          <NumberInput
            label={t('frontdesk.criteria.ageMax')}
            {...field('ageMax')}
            min={ageMaxRange.min}
            max={ageMaxRange.max}
            allowDecimal={false}
            allowNegative={false}
            w={180}
          />
        </Group>
      </Choice>
      {choiceCriteria.map(({ key, name, options, optionLabel }) => {
        const label = t(`frontdesk.criterion.${name}`);
        const current = values[key];
        return (
          <Choice key={key} label={label} hint={t(`frontdesk.criteria.${name}Hint`)}>
            <SegmentedControl
              aria-label={label}
              value={current === null ? NONE : String(current)}
              onChange={(chosen) =>
                form.setFieldValue(
                  key,
                  ((options as readonly Option[]).find((value) => String(value) === chosen) ?? null) as never,
                )
              }
              data={[
                ...options.map((value) => ({ value: String(value), label: optionLabel(t, value as never) })),
                { value: NONE, label: t('frontdesk.criteria.none') },
              ]}
              w="fit-content"
            />
          </Choice>
        );
      })}
      {switchCriteria.map((key) => (
        <Switch
          key={key}
          label={t(`frontdesk.criteria.${key}`)}
          description={t(`frontdesk.criteria.${key}Hint`)}
          {...field(key, 'checkbox')}
        />
      ))}
      <Group justify="flex-end">
        <Button type="submit" loading={save.pending}>
          {t('frontdesk.criteria.save')}
        </Button>
      </Group>
    </FormFrame>
  );
}
