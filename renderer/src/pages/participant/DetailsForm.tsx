import { MultiSelect, NumberInput, Select, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { educationLevels, genders, recruitmentSources, tracks, trafficLights } from '../../../../electron/domain/codes';
import { showSuccess, useApiAction } from '../../api';
import { useHashQuery } from '../../caseload/hash-query';
import { codeLabel, codeOptions } from '../../codes';
import { spokenLanguages } from '../../../../electron/domain/spoken-languages';
import { DateField } from '../../components/DateField';
import { todayIso } from '../../../../electron/domain/dates';
import { participantPatchSchema } from '../../../../electron/api/contracts/participants';
import { FormFrame, SubmitRow } from '../../forms/FormFrame';
import { maxLengthOf, numberRangeOf } from '../../forms/limits';
import { useContractForm } from '../../forms/useContractForm';
import { caseFields, changedPatch, contactFields, detailsForm, valuesOf, type DetailsValues } from './details-values';
import { useRecordSaved, type Abilities, type Participant } from './participant-data';

/** Read-only boxes look different from editable ones, so nobody types into one in vain. */
const locked = (readOnly: boolean) => ({ readOnly, variant: readOnly ? 'filled' : 'default' });
/** Hints under the box, so the boxes of one row line up whether or not a field has a hint. */
const HINT_BELOW = ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[];

const patchShape = participantPatchSchema.shape;
const years = numberRangeOf(patchShape.yearsExperience);
const sentences = {
  yearsExperience: { key: 'validation.numberBetween', values: years },
};
/** The code lists of the fields chosen from one, each named as its field. */
const codeLists = {
  gender: genders,
  recruitmentSource: recruitmentSources,
  education: educationLevels,
  track: tracks,
  trafficLight: trafficLights,
} as const;

/** The server's reasons name `patch.phone`; the form's field is `phone`. */
const fromPatch = (apiPath: string) => apiPath.replace(/^patch\./, '');

/**
 * The record's details, checked by the contract's rules before saving; the server's own
 * checks (Israeli ID check digit, phone, e-mail) answer beside the same fields, with
 * everything typed kept as it was.
 */
export function DetailsForm({ participant, abilities }: { participant: Participant; abilities: Abilities }) {
  const { t } = useTranslation();
  const update = useApiAction('participants.update');
  const saved = useRecordSaved(participant.id);
  const { form, formRef, formError, field, onSubmit } = useContractForm({
    schema: detailsForm,
    initialValues: valuesOf(participant),
    sentences,
    formPath: fromPatch,
  });
  const editable = [...(abilities.editContact ? contactFields : []), ...(abilities.editCase ? caseFields : [])];
  const canSave = editable.length > 0;
  // `?field=birthDate`: the dashboard's completeness panel sent the user here to fill it in.
  const [params] = useHashQuery();
  const wantedField = params.get('field');
  useEffect(() => {
    if (!wantedField) return;
    const input = formRef.current?.querySelector<HTMLElement>(`[data-field="${CSS.escape(wantedField)}"]`);
    input?.scrollIntoView({ block: 'center' });
    input?.focus({ preventScroll: true });
  }, [wantedField, formRef]);

  const textField = (
    key: keyof DetailsValues & string,
    extra: { description?: string; ltr?: boolean; required?: boolean } = {},
  ) => (
    <TextInput
      label={t(`participant.fields.${key}`)}
      description={extra.description}
      inputWrapperOrder={HINT_BELOW}
      {...field(key)}
      maxLength={maxLengthOf(patchShape[key])}
      {...locked(!editable.includes(key as (typeof editable)[number]))}
      required={extra.required}
      dir={extra.ltr ? 'ltr' : 'auto'}
      autoComplete="off"
      data-testid={`field-${key}`}
      data-field={key}
    />
  );

  const codeSelect = (key: keyof typeof codeLists) => (
    <Select
      label={t(`participant.fields.${key}`)}
      data={codeOptions(t, key, codeLists[key])}
      {...field(key)}
      {...locked(!editable.includes(key))}
      clearable
      data-field={key}
    />
  );

  // Only what changed is sent: compared as typed, so the reasons stay on what was typed.
  const submit = onSubmit(async () => {
    const patch = changedPatch(form.getValues(), participant, editable);
    if (Object.keys(patch).length === 0) return showSuccess(t('participant.details.nothingChanged'));
    const result = await update.run({ id: participant.id, patch, expectedUpdatedAt: participant.updatedAt });
    if (!result.ok) return result.error;
    form.setValues(valuesOf(result.value));
    await saved(result.value);
    showSuccess(t('participant.details.saved'));
  });

  const readOnlyCase = !abilities.editCase;
  return (
    <FormFrame
      formRef={formRef}
      formError={formError}
      onSubmit={submit}
      formErrorTestId="details-problem"
      ariaLabel={t('participant.tabs.details')}
      gap="lg"
    >
      <Title order={2} fz="h4">
        {t('participant.details.contact')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {textField('firstName', { required: true })}
        {textField('lastName', { required: true })}
        {textField('nationalId', { description: t('participant.hints.nationalId'), ltr: true })}
        {textField('phone', { description: t('participant.hints.phone'), ltr: true })}
        {textField('email', { description: t('participant.hints.email'), ltr: true })}
        {codeSelect('gender')}
        <DateField
          label={t('participant.fields.birthDate')}
          {...field('birthDate')}
          maxDate={todayIso()}
          readOnly={!abilities.editContact}
          w="100%"
          clearable
          data-field="birthDate"
        />
        {textField('city')}
        {textField('address')}
        {codeSelect('recruitmentSource')}
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
          {...field('yearsExperience')}
          {...locked(readOnlyCase)}
          min={years.min}
          max={years.max}
          allowDecimal={false}
          dir="ltr"
        />
        {codeSelect('education')}
        <MultiSelect
          label={t('participant.fields.languages')}
          description={readOnlyCase ? undefined : t('participant.hints.languages')}
          inputWrapperOrder={HINT_BELOW}
          // Names, not codes ("עברית", not "he"); a free-text language from an older record stays, as written.
          data={[
            ...codeOptions(t, 'language', spokenLanguages),
            ...participant.languages
              .filter((code) => !(spokenLanguages as readonly string[]).includes(code))
              .map((code) => ({ value: code, label: codeLabel(t, 'language', code) })),
          ]}
          searchable
          {...field('languages')}
          {...locked(readOnlyCase)}
          maxValues={12}
          data-testid="details-languages"
        />
        {codeSelect('track')}
        {codeSelect('trafficLight')}
      </SimpleGrid>

      {canSave && (
        <SubmitRow loading={update.pending} testId="details-save">
          {t('participant.details.save')}
        </SubmitRow>
      )}
    </FormFrame>
  );
}
