import {
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  educationLevels,
  genders,
  recruitmentSources,
  tracks,
  trafficLights,
  type EducationLevel,
  type Gender,
  type RecruitmentSource,
  type Track,
  type TrafficLight,
} from '../../../../electron/domain/codes';
import { showSuccess, useApiAction } from '../../api';
import { codeOptions } from '../../codes';
import { DateField } from '../../components/DateField';
import { todayIso } from '../../../../electron/domain/dates';
import { FormError } from '../../forms/FormError';
import { useFormErrors } from '../../forms/useFormErrors';
import { caseFields, changedPatch, contactFields, valuesOf, type DetailsValues } from './details-values';
import { useRecordSaved, type Abilities, type Participant } from './participant-data';

const ALL_FIELDS = [...contactFields, ...caseFields];
/** Hints under the box, so the boxes of one row line up whether or not a field has a hint. */
/** Read-only boxes look different from editable ones, so nobody types into one in vain. */
const locked = (readOnly: boolean) => ({ readOnly, variant: readOnly ? 'filled' : 'default' });
const HINT_BELOW = ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[];

/**
 * The record's details. The server validates (Israeli ID check digit, phone, e-mail, dates)
 * and its reasons appear beside the fields, with everything typed kept as it was.
 */
export function DetailsForm({ participant, abilities }: { participant: Participant; abilities: Abilities }) {
  const { t } = useTranslation();
  const update = useApiAction('participants.update');
  const saved = useRecordSaved(participant.id);
  const [values, setValues] = useState<DetailsValues>(() => valuesOf(participant));
  const { errors, formError, formRef, clear, showLocal, showServer } = useFormErrors(ALL_FIELDS);
  const editable = [...(abilities.editContact ? contactFields : []), ...(abilities.editCase ? caseFields : [])];
  const canSave = editable.length > 0;

  // A field's reason goes once the field is changed; the others stay until the next save.
  const set = <K extends keyof DetailsValues>(key: K, value: DetailsValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    clear(key);
  };

  const textField = (
    key: keyof DetailsValues & string,
    extra: { description?: string; ltr?: boolean; required?: boolean } = {},
  ) => (
    <TextInput
      label={t(`participant.fields.${key}`)}
      description={extra.description}
      inputWrapperOrder={HINT_BELOW}
      value={values[key] as string}
      onChange={(event) => set(key, event.currentTarget.value as never)}
      error={errors[key]}
      {...locked(!editable.includes(key as (typeof editable)[number]))}
      required={extra.required}
      dir={extra.ltr ? 'ltr' : 'auto'}
      autoComplete="off"
      data-testid={`field-${key}`}
    />
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const patch = changedPatch(values, participant, editable);
    if (Object.keys(patch).length === 0) {
      showSuccess(t('participant.details.nothingChanged'));
      return;
    }
    showLocal({});
    const result = await update.run({ id: participant.id, patch, expectedUpdatedAt: participant.updatedAt });
    if (!result.ok) return showServer(result.error);
    setValues(valuesOf(result.value));
    await saved(result.value);
    showSuccess(t('participant.details.saved'));
  };

  const readOnlyCase = !abilities.editCase;
  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate aria-label={t('participant.tabs.details')}>
      <Stack gap="lg">
        <FormError error={formError} testId="details-problem" />
        <Title order={2} fz="h4">
          {t('participant.details.contact')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {textField('firstName', { required: true })}
          {textField('lastName', { required: true })}
          {textField('nationalId', { description: t('participant.hints.nationalId'), ltr: true })}
          {textField('phone', { description: t('participant.hints.phone'), ltr: true })}
          {textField('email', { description: t('participant.hints.email'), ltr: true })}
          <Select
            label={t('participant.fields.gender')}
            data={codeOptions(t, 'gender', genders)}
            value={values.gender}
            onChange={(value) => set('gender', value as Gender | null)}
            error={errors.gender}
            {...locked(!abilities.editContact)}
            clearable
          />
          <DateField
            label={t('participant.fields.birthDate')}
            value={values.birthDate}
            onChange={(value) => set('birthDate', value)}
            error={errors.birthDate}
            maxDate={todayIso()}
            readOnly={!abilities.editContact}
            w="100%"
            clearable
          />
          {textField('city')}
          {textField('address')}
          <Select
            label={t('participant.fields.recruitmentSource')}
            data={codeOptions(t, 'recruitmentSource', recruitmentSources)}
            value={values.recruitmentSource}
            onChange={(value) => set('recruitmentSource', value as RecruitmentSource | null)}
            error={errors.recruitmentSource}
            {...locked(!abilities.editContact)}
            clearable
          />
          {textField('heardHow')}
        </SimpleGrid>

        <div>
          <Title order={2} fz="h4">
            {t('participant.details.background')}
          </Title>
          {readOnlyCase && (
            <Text fz="sm" c="dimmed" mt={4} data-testid="case-fields-read-only">
              {t('participant.details.caseFieldsReadOnly')}
            </Text>
          )}
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {textField('previousOccupation')}
          <NumberInput
            label={t('participant.fields.yearsExperience')}
            value={values.yearsExperience}
            onChange={(value) => set('yearsExperience', value)}
            error={errors.yearsExperience}
            {...locked(readOnlyCase)}
            min={0}
            max={70}
            allowDecimal={false}
            dir="ltr"
          />
          <Select
            label={t('participant.fields.education')}
            data={codeOptions(t, 'education', educationLevels)}
            value={values.education}
            onChange={(value) => set('education', value as EducationLevel | null)}
            error={errors.education}
            {...locked(readOnlyCase)}
            clearable
          />
          <TagsInput
            label={t('participant.fields.languages')}
            description={readOnlyCase ? undefined : t('participant.hints.languages')}
            inputWrapperOrder={HINT_BELOW}
            value={values.languages}
            onChange={(value) => set('languages', value)}
            error={errors.languages}
            {...locked(readOnlyCase)}
            maxTags={12}
          />
          <Select
            label={t('participant.fields.track')}
            data={codeOptions(t, 'track', tracks)}
            value={values.track}
            onChange={(value) => set('track', value as Track | null)}
            error={errors.track}
            {...locked(readOnlyCase)}
            clearable
          />
          <Select
            label={t('participant.fields.trafficLight')}
            data={codeOptions(t, 'trafficLight', trafficLights)}
            value={values.trafficLight}
            onChange={(value) => set('trafficLight', value as TrafficLight | null)}
            error={errors.trafficLight}
            {...locked(readOnlyCase)}
            clearable
          />
        </SimpleGrid>

        {canSave && (
          <Group>
            <Button type="submit" loading={update.pending} data-testid="details-save">
              {t('participant.details.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
