import { NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { workshopTypes, type WorkshopType } from '../../../../electron/domain/codes';
import { useApiQuery } from '../../api';
import { typeName } from './labels';

export interface InstanceDraft {
  type: WorkshopType | null;
  titleId: number | null;
  title: string;
  facilitatorKind: 'staff' | 'external';
  facilitatorId: number | null;
  facilitatorName: string;
  place: string;
  capacity: number | string;
  notes: string;
}

export const emptyDraft: InstanceDraft = {
  type: null,
  titleId: null,
  title: '',
  facilitatorKind: 'staff',
  facilitatorId: null,
  facilitatorName: '',
  place: '',
  capacity: '',
  notes: '',
};

/** The draft as `workshops.save` fields (the server checks them again and names what is wrong). */
export function draftInput(draft: InstanceDraft) {
  return {
    type: (draft.type ?? 'OTHER') as WorkshopType,
    titleId: draft.titleId,
    title: draft.title,
    facilitatorId: draft.facilitatorKind === 'staff' ? draft.facilitatorId : null,
    facilitatorName: draft.facilitatorKind === 'external' ? draft.facilitatorName || null : null,
    place: draft.place || null,
    capacity: draft.capacity === '' ? null : Number(draft.capacity),
    notes: draft.notes || null,
  };
}

/**
 * What a run is: its type (a centre title fills in the name), who facilitates (an account
 * with the facilitator role, or someone from outside), where, and how many places.
 */
export function InstanceFields({
  draft,
  onChange,
}: {
  draft: InstanceDraft;
  onChange: (patch: Partial<InstanceDraft>) => void;
}) {
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
          value={draft.type}
          onChange={(value) => onChange({ type: value as WorkshopType | null, titleId: null })}
          data={workshopTypes.map((value) => ({ value, label: typeName(t, value) }))}
          data-testid="instance-type"
        />
        <Select
          label={t('workshops.fields.centreTitle')}
          description={t('workshops.fields.centreTitleHint')}
          clearable
          value={draft.titleId === null ? null : String(draft.titleId)}
          onChange={(value) => {
            const chosen = titles.find((x) => String(x.id) === value);
            onChange({
              titleId: chosen ? chosen.id : null,
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
        maxLength={160}
        value={draft.title}
        onChange={(e) => onChange({ title: e.currentTarget.value })}
        data-testid="instance-title"
      />
      <SegmentedControl
        aria-label={t('workshops.fields.facilitator')}
        value={draft.facilitatorKind}
        onChange={(value) => onChange({ facilitatorKind: value as InstanceDraft['facilitatorKind'] })}
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
          value={draft.facilitatorId === null ? null : String(draft.facilitatorId)}
          onChange={(value) => onChange({ facilitatorId: value ? Number(value) : null })}
          data={facilitators.map((s) => ({ value: String(s.id), label: s.displayName }))}
          nothingFoundMessage={t('workshops.fields.noFacilitators')}
          data-testid="instance-facilitator"
        />
      ) : (
        <TextInput
          label={t('workshops.fields.facilitatorName')}
          maxLength={120}
          value={draft.facilitatorName}
          onChange={(e) => onChange({ facilitatorName: e.currentTarget.value })}
          data-testid="instance-facilitator-name"
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('workshops.fields.place')}
          maxLength={120}
          value={draft.place}
          onChange={(e) => onChange({ place: e.currentTarget.value })}
          data-testid="instance-place"
        />
        <NumberInput
          label={t('workshops.fields.capacity')}
          description={t('workshops.fields.capacityHint')}
          min={1}
          max={500}
          allowDecimal={false}
          allowNegative={false}
          value={draft.capacity}
          onChange={(value) => onChange({ capacity: value })}
          data-testid="instance-capacity"
        />
      </SimpleGrid>
      <Textarea
        label={t('workshops.fields.notes')}
        autosize
        minRows={2}
        maxLength={2000}
        value={draft.notes}
        onChange={(e) => onChange({ notes: e.currentTarget.value })}
      />
    </Stack>
  );
}
