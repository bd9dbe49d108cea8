import { NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GetInputPropsReturnType } from '@mantine/form';
import { workshopTypes, type WorkshopType } from '../../../../electron/domain/codes';
import { useApiQuery } from '../../api';
import { maxLengthOf } from '../../forms/limits';
import { inputOf } from '../../forms/input-of';
import type { InstanceValues } from './instance-form';
import { typeName } from './labels';

const limits = inputOf('workshops.save').shape;

/** The part of a contract form that holds a run's fields (useContractForm over `instanceFields`). */
export interface InstanceFieldsForm {
  values: InstanceValues;
  /** Value, change handler and translated reason of one field. */
  field: (path: keyof InstanceValues) => GetInputPropsReturnType;
  /** Changes several fields at once (a title chosen also sets the type and the name). */
  set: (patch: Partial<InstanceValues>) => void;
}

/** A saved run as the form holds it, for editing. */
export function instanceValuesOf(instance: {
  type: WorkshopType;
  titleId: number | null;
  title: string;
  facilitatorId: number | null;
  facilitatorName: string | null;
  place: string | null;
  capacity: number | null;
  notes: string | null;
}): InstanceValues {
  return {
    type: instance.type,
    titleId: instance.titleId === null ? null : String(instance.titleId),
    title: instance.title,
    facilitatorKind: instance.facilitatorName ? 'external' : 'staff',
    facilitatorId: instance.facilitatorId === null ? null : String(instance.facilitatorId),
    facilitatorName: instance.facilitatorName ?? '',
    place: instance.place ?? '',
    capacity: instance.capacity ?? '',
    notes: instance.notes ?? '',
  };
}

export const emptyInstance: InstanceValues = instanceValuesOf({
  type: null as unknown as WorkshopType,
  titleId: null,
  title: '',
  facilitatorId: null,
  facilitatorName: null,
  place: null,
  capacity: null,
  notes: null,
});

/**
 * What a run is: its type (a centre title fills in the name), who facilitates (an account
 * with the facilitator role, or someone from outside), where, and how many places.
 */
export function InstanceFields({ form }: { form: InstanceFieldsForm }) {
  const { values: draft, field, set: onChange } = form;
  const { t, i18n } = useTranslation();
  const catalogue = useApiQuery('workshops.catalogue', {});
  const directory = useApiQuery('staff.directory', {});
  const facilitators = (directory.data ?? []).filter((s) => s.role === 'facilitator' && s.active);
  const titles = (catalogue.data?.titles ?? []).filter((x) => x.active && (!draft.type || x.type === draft.type));
  const titleLabel = (x: { nameHe: string; nameEn: string | null }) => (i18n.language === 'en' && x.nameEn) || x.nameHe;

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('workshops.fields.type')}
          required
          searchable
          {...field('type')}
          onChange={(value) => onChange({ type: value, titleId: null })}
          data={workshopTypes.map((value) => ({ value, label: typeName(t, value) }))}
          data-testid="instance-type"
        />
        <Select
          label={t('workshops.fields.centreTitle')}
          description={t('workshops.fields.centreTitleHint')}
          clearable
          {...field('titleId')}
          onChange={(value) => {
            const chosen = titles.find((x) => String(x.id) === value);
            onChange({
              titleId: chosen ? String(chosen.id) : null,
              ...(chosen ? { type: chosen.type, title: titleLabel(chosen) } : {}),
            });
          }}
          data={titles.map((x) => ({ value: String(x.id), label: titleLabel(x) }))}
          data-testid="instance-centre-title"
        />
      </SimpleGrid>
      <TextInput
        label={t('workshops.fields.title')}
        required
        maxLength={maxLengthOf(limits.title)}
        {...field('title')}
        data-testid="instance-title"
      />
      <SegmentedControl
        aria-label={t('workshops.fields.facilitator')}
        value={draft.facilitatorKind}
        onChange={(value) => onChange({ facilitatorKind: value as InstanceValues['facilitatorKind'] })}
        data={[
          { value: 'staff', label: t('workshops.fields.facilitatorStaff') },
          { value: 'external', label: t('workshops.fields.facilitatorExternal') },
        ]}
        w="fit-content"
      />
      {draft.facilitatorKind === 'staff' ? (
        <Select
          label={t('workshops.fields.facilitator')}
          clearable
          {...field('facilitatorId')}
          data={facilitators.map((s) => ({ value: String(s.id), label: s.displayName }))}
          nothingFoundMessage={t('workshops.fields.noFacilitators')}
          data-testid="instance-facilitator"
        />
      ) : (
        <TextInput
          label={t('workshops.fields.facilitatorName')}
          maxLength={maxLengthOf(limits.facilitatorName)}
          {...field('facilitatorName')}
          data-testid="instance-facilitator-name"
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('workshops.fields.place')}
          maxLength={maxLengthOf(limits.place)}
          {...field('place')}
          data-testid="instance-place"
        />
        <NumberInput
          label={t('workshops.fields.capacity')}
          description={t('workshops.fields.capacityHint')}
          allowDecimal={false}
          // The contract's range is the rule: 0 typed stays 0 and is named, not quietly made 1.
          clampBehavior="none"
          {...field('capacity')}
          data-testid="instance-capacity"
        />
      </SimpleGrid>
      <Textarea
        label={t('workshops.fields.notes')}
        autosize
        minRows={2}
        maxLength={maxLengthOf(limits.notes)}
        {...field('notes')}
        data-testid="instance-notes"
      />
    </Stack>
  );
}
