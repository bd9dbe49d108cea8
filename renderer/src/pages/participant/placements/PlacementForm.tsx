import { Button, Group, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { placementFieldsSchema } from '../../../../../electron/api/contracts/placements';
import type { ApiError } from '../../../../../electron/api/result';
import { employmentTypes, foundByCodes } from '../../../../../electron/domain/codes';
import { DateField } from '../../../components/DateField';
import { FormFrame, SubmitRow } from '../../../forms/FormFrame';
import { always, blankAsUndefined, chosen, converted } from '../../../forms/form-schemas';
import { maxLengthOf } from '../../../forms/limits';
import { useContractForm } from '../../../forms/useContractForm';
import { OccupationSelect } from './OccupationSelect';

const shape = placementFieldsSchema.shape;
export type PlacementFields = z.output<typeof placementFieldsSchema>;

/** A number box holds '' when empty: that is "unknown" (null), which CRF-1 allows. */
const optionalNumber = <T extends z.ZodType>(field: T) =>
  converted(z.union([z.number(), z.string()]), (v) => (v === '' ? null : Number(v)) as z.input<T>, field);
const optionalCode = <T extends z.ZodType>(field: T) => converted(z.string().nullable(), (v) => v as z.input<T>, field);

const formSchema = z
  .object({
    employer: blankAsUndefined(shape.employer),
    occupationCode: chosen(shape.occupationCode),
    startDate: chosen(shape.startDate),
    endDate: converted(z.string().nullable(), (v) => v, shape.endDate),
    employmentType: optionalCode(shape.employmentType),
    jobScopePct: optionalNumber(shape.jobScopePct),
    monthlySalaryNis: optionalNumber(shape.monthlySalaryNis),
    foundBy: optionalCode(shape.foundBy),
    note: blankAsUndefined(shape.note),
  })
  .superRefine((v, ctx) => {
    if (typeof v.startDate === 'string' && v.endDate && v.endDate < v.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'validation.dateOrder' });
    }
  }, always);

export interface PlacementFormValues {
  employer: string;
  occupationCode: string | null;
  startDate: string | null;
  endDate: string | null;
  employmentType: string | null;
  jobScopePct: number | string;
  monthlySalaryNis: number | string;
  foundBy: string | null;
  note: string;
}

export const emptyPlacement: PlacementFormValues = {
  employer: '',
  occupationCode: null,
  startDate: null,
  endDate: null,
  employmentType: 'SALARIED',
  jobScopePct: '',
  monthlySalaryNis: '',
  foundBy: 'PROGRAMME',
  note: '',
};

/** A placement's fields; the follow-up answer "employed elsewhere" opens it prefilled. */
export function PlacementForm({
  initial,
  onSave,
  onCancel,
  submitLabel,
  testId,
  pending,
}: {
  initial: PlacementFormValues;
  onSave: (fields: PlacementFields) => Promise<ApiError | void>;
  onCancel?: () => void;
  submitLabel: string;
  testId: string;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const schema = useMemo(() => formSchema, []);
  const { formRef, formError, field, onSubmit } = useContractForm({
    schema,
    initialValues: initial,
    sentences: {
      jobScopePct: { key: 'validation.numberBetween', values: { min: 1, max: 100 } },
    },
  });
  const submit = onSubmit(async (values) => onSave(values as PlacementFields));
  const options = (codes: readonly string[], group: 'employmentTypes' | 'foundByCodes') =>
    codes.map((value) => ({ value, label: t(`placements.${group}.${value}`) }));

  return (
    <FormFrame formRef={formRef} formError={formError} onSubmit={submit} testId={testId}>
      <OccupationSelect
        label={t('placements.occupation')}
        {...field('occupationCode')}
        required
        data-testid="placement-occupation"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('placements.employer')}
          description={t('placements.employerHint')}
          {...field('employer')}
          maxLength={maxLengthOf(shape.employer)}
          data-testid="placement-employer"
        />
        <Select
          label={t('placements.foundBy')}
          data={options(foundByCodes, 'foundByCodes')}
          {...field('foundBy')}
          clearable
        />
      </SimpleGrid>
      <Group align="flex-start" gap="md">
        <DateField label={t('placements.startDate')} {...field('startDate')} required data-testid="placement-start" />
        <DateField
          label={t('placements.endDate')}
          description={t('placements.endDateHint')}
          {...field('endDate')}
          clearable
        />
      </Group>
      <Group align="flex-start" gap="md">
        <Select
          label={t('placements.employmentType')}
          data={options(employmentTypes, 'employmentTypes')}
          {...field('employmentType')}
          clearable
          w={180}
        />
        <NumberInput
          label={t('placements.jobScopePct')}
          {...field('jobScopePct')}
          min={1}
          max={100}
          allowDecimal={false}
          dir="ltr"
          w={150}
        />
        <NumberInput
          label={t('placements.monthlySalaryNis')}
          {...field('monthlySalaryNis')}
          min={0}
          thousandSeparator=","
          dir="ltr"
          w={180}
        />
      </Group>
      <Textarea
        label={t('placements.note')}
        {...field('note')}
        maxLength={maxLengthOf(shape.note)}
        autosize
        minRows={2}
      />
      <Group gap="sm">
        <SubmitRow loading={pending} testId={`${testId}-submit`}>
          {submitLabel}
        </SubmitRow>
        {onCancel && (
          <Button variant="subtle" onClick={onCancel}>
            {t('placements.cancel')}
          </Button>
        )}
      </Group>
    </FormFrame>
  );
}
