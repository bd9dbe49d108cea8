import { Button, Group, NumberInput, SegmentedControl, Stack, Switch, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../../electron/api/result';
import {
  maxYearsOutOfWorkOptions,
  minJobScopeOptions,
  minTimeOutOfWorkOptions,
  minYearsExperienceOptions,
  type EligibilityCriteria,
} from '../../../../../electron/domain/eligibility';
import { showSuccess, useApiAction } from '../../../api';
import { serverFieldErrors } from '../../../forms/field-errors';
import { FormError } from '../../../forms/FormError';
import { codeLabel } from '../../../codes';
import { jobScopeChoice } from '../common/labels';

const NONE = 'none';

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
  const [criteria, setCriteria] = useState<EligibilityCriteria>(saved);
  const [ageMin, setAgeMin] = useState<number | string>(saved.ageMin);
  const [ageMax, setAgeMax] = useState<number | string>(saved.ageMax ?? '');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);

  const set = <K extends keyof EligibilityCriteria>(key: K, value: EligibilityCriteria[K]) =>
    setCriteria((current) => ({ ...current, [key]: value }));
  const option = <T extends string | number>(value: T | null) => (value === null ? NONE : String(value));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const min = Number(ageMin);
    const max = ageMax === '' ? null : Number(ageMax);
    const local: Record<string, string> = {};
    if (ageMin === '' || !Number.isInteger(min) || min < 18 || min > 99)
      local.ageMin = t('frontdesk.criteria.ageMinRange');
    if (max !== null && (!Number.isInteger(max) || max > 120 || max < min))
      local.ageMax = t('frontdesk.criteria.ageMaxRange');
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length > 0) return;
    const result = await save.run({ criteria: { ...criteria, ageMin: min, ageMax: max } });
    if (!result.ok) {
      const fieldErrors = serverFieldErrors(result.error, t);
      setErrors({ ageMin: fieldErrors['criteria.ageMin'], ageMax: fieldErrors['criteria.ageMax'] });
      if (!fieldErrors['criteria.ageMin'] && !fieldErrors['criteria.ageMax']) setFormError(result.error);
      return;
    }
    queryClient.setQueryData(['eligibility.getCriteria', {}], result.value);
    await queryClient.invalidateQueries({ queryKey: ['eligibility.evaluate'] });
    await queryClient.invalidateQueries({ queryKey: ['decisions.queue'] });
    showSuccess(t('frontdesk.criteria.saved'), t);
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate data-testid="criteria-form">
      <Stack gap="lg">
        <FormError error={formError} />
        <Choice label={t('frontdesk.criterion.age')} hint={t('frontdesk.criteria.ageHint')}>
          <Group gap="md" align="flex-start">
            <NumberInput
              label={t('frontdesk.criteria.ageMin')}
              value={ageMin}
              onChange={setAgeMin}
              error={errors.ageMin}
              min={18}
              max={99}
              allowDecimal={false}
              allowNegative={false}
              w={140}
              required
            />
            <NumberInput
              label={t('frontdesk.criteria.ageMax')}
              value={ageMax}
              onChange={setAgeMax}
              error={errors.ageMax}
              min={18}
              max={120}
              allowDecimal={false}
              allowNegative={false}
              w={180}
            />
          </Group>
        </Choice>
        <Choice label={t('frontdesk.criterion.minTimeOutOfWork')} hint={t('frontdesk.criteria.minTimeOutOfWorkHint')}>
          <SegmentedControl
            aria-label={t('frontdesk.criterion.minTimeOutOfWork')}
            value={option(criteria.minTimeOutOfWork)}
            onChange={(value) =>
              set('minTimeOutOfWork', value === NONE ? null : (value as EligibilityCriteria['minTimeOutOfWork']))
            }
            data={[
              ...minTimeOutOfWorkOptions.map((value) => ({ value, label: codeLabel(t, 'minTimeOutOfWork', value) })),
              { value: NONE, label: t('frontdesk.criteria.none') },
            ]}
            w="fit-content"
          />
        </Choice>
        <Choice label={t('frontdesk.criterion.maxYearsOutOfWork')} hint={t('frontdesk.criteria.maxYearsOutOfWorkHint')}>
          <SegmentedControl
            aria-label={t('frontdesk.criterion.maxYearsOutOfWork')}
            value={option(criteria.maxYearsOutOfWork)}
            onChange={(value) =>
              set(
                'maxYearsOutOfWork',
                value === NONE ? null : (Number(value) as EligibilityCriteria['maxYearsOutOfWork']),
              )
            }
            data={[
              ...maxYearsOutOfWorkOptions.map((value) => ({
                value: String(value),
                label: t('frontdesk.criteria.years', { count: value }),
              })),
              { value: NONE, label: t('frontdesk.criteria.none') },
            ]}
            w="fit-content"
          />
        </Choice>
        <Choice label={t('frontdesk.criterion.jobScope')} hint={t('frontdesk.criteria.jobScopeHint')}>
          <SegmentedControl
            aria-label={t('frontdesk.criterion.jobScope')}
            value={option(criteria.minJobScope)}
            onChange={(value) =>
              set('minJobScope', value === NONE ? null : (value as EligibilityCriteria['minJobScope']))
            }
            data={[
              ...minJobScopeOptions.map((value) => ({ value, label: jobScopeChoice(t, value) })),
              { value: NONE, label: t('frontdesk.criteria.none') },
            ]}
            w="fit-content"
          />
        </Choice>
        <Choice label={t('frontdesk.criterion.experience')} hint={t('frontdesk.criteria.experienceHint')}>
          <SegmentedControl
            aria-label={t('frontdesk.criterion.experience')}
            value={option(criteria.minYearsExperience)}
            onChange={(value) =>
              set(
                'minYearsExperience',
                value === NONE ? null : (Number(value) as EligibilityCriteria['minYearsExperience']),
              )
            }
            data={[
              ...minYearsExperienceOptions.map((value) => ({
                value: String(value),
                label: t('frontdesk.criteria.years', { count: value }),
              })),
              { value: NONE, label: t('frontdesk.criteria.none') },
            ]}
            w="fit-content"
          />
        </Choice>
        <Switch
          label={t('frontdesk.criteria.requireLocalResidence')}
          description={t('frontdesk.criteria.requireLocalResidenceHint')}
          checked={criteria.requireLocalResidence}
          onChange={(event) => set('requireLocalResidence', event.currentTarget.checked)}
        />
        <Switch
          label={t('frontdesk.criteria.requireSelfDeclaredCapacity')}
          description={t('frontdesk.criteria.requireSelfDeclaredCapacityHint')}
          checked={criteria.requireSelfDeclaredCapacity}
          onChange={(event) => set('requireSelfDeclaredCapacity', event.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.pending}>
            {t('frontdesk.criteria.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
