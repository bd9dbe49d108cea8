import { Checkbox, Fieldset, Group, Select, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { consentMethods, tracks, trafficLights } from '../../../../electron/domain/codes';
import { todayIso } from '../../../../electron/domain/dates';
import { useApiAction, showSuccess, useApiQuery } from '../../api';
import { codeOptions } from '../../codes';
import { DateField } from '../../components/DateField';
import { always, chosen, converted } from '../../forms/form-schemas';
import { inputOf } from '../../forms/input-of';
import { FormFrame, SubmitRow } from '../../forms/FormFrame';
import { useContractForm } from '../../forms/useContractForm';
import { useRecordSaved, type Participant } from './participant-data';

const completeInput = inputOf('participants.completeIntake');
const { shape } = completeInput;

/** Paths of the server's reasons this form shows beside a field (or keeps to itself). */
const FIELDS = ['enrolmentDate', 'track', 'trafficLight', 'commitmentSignedDate', 'forms', 'dataConsent', 'coachId'];

const sentences = {
  enrolmentDate: 'errors.lifecycle.intake_date_required',
  track: 'errors.lifecycle.track_required',
  trafficLight: 'participant.intake.lightRequired',
  commitmentSignedDate: 'errors.lifecycle.commitment_required',
  'dataConsent.givenDate': 'participant.intake.consentDateRequired',
};

const dateIssue = (ctx: z.RefinementCtx, path: string[], message: string) =>
  ctx.addIssue({ code: 'custom', path, message });

/**
 * The contract's fields as the form holds them (null before a choice, a date or null per
 * form), with the status machine's rules the server applies too: no date in the future, every
 * required form received.
 */
function completeForm(today: string, requiredForms: readonly string[]) {
  return completeInput
    .omit({ id: true })
    .extend({
      enrolmentDate: chosen(shape.enrolmentDate),
      track: chosen(shape.track),
      trafficLight: chosen(shape.trafficLight),
      commitmentSignedDate: chosen(shape.commitmentSignedDate),
      forms: converted(
        z.record(z.string(), z.string().nullable()),
        (forms) => Object.fromEntries(Object.entries(forms).filter((entry): entry is [string, string] => !!entry[1])),
        shape.forms,
      ),
      dataConsent: converted(
        z.object({ givenDate: z.string().nullable(), method: z.string() }),
        // A missing date fails the contract's own date rule, named by the form's sentence.
        ({ givenDate, method }) => ({ givenDate: givenDate ?? undefined, method }) as z.input<typeof shape.dataConsent>,
        shape.dataConsent,
      ),
    })
    .superRefine((values, ctx) => {
      if (values.enrolmentDate > today) dateIssue(ctx, ['enrolmentDate'], 'errors.lifecycle.intake_date_in_future');
      if (values.commitmentSignedDate > today)
        dateIssue(ctx, ['commitmentSignedDate'], 'errors.lifecycle.commitment_date_in_future');
      const received = (values.forms ?? {}) as Record<string, string | null | undefined>;
      for (const key of requiredForms)
        if (!received[key]) dateIssue(ctx, ['forms', key], 'errors.lifecycle.required_forms_missing');
    }, always);
}

/**
 * The intake meeting was held: its date, the track, the readiness light, the signed
 * commitment, every form the centre requires, and the consent to keep the person's data.
 * Checked here with the status machine's reasons; the server checks the same again.
 */
export function CompleteIntakeForm({ participant }: { participant: Participant }) {
  const { t, i18n } = useTranslation();
  const required = useApiQuery('intake.getRequiredForms', {});
  const complete = useApiAction('participants.completeIntake');
  const saved = useRecordSaved(participant.id);
  const today = todayIso();
  const scheduled = participant.intakeScheduledDate;
  const formList = useMemo(() => required.data ?? [], [required.data]);
  const schema = useMemo(
    () =>
      completeForm(
        today,
        formList.map((form) => form.key),
      ),
    [today, formList],
  );
  const { form, formRef, formError, field, errorText, onSubmit } = useContractForm({
    schema,
    initialValues: {
      enrolmentDate: scheduled && scheduled <= today ? scheduled : today,
      track: participant.track as string | null,
      trafficLight: participant.trafficLight as string | null,
      commitmentSignedDate: participant.commitmentSignedDate,
      forms: { ...participant.forms } as Record<string, string | null>,
      dataConsent: { givenDate: null as string | null, method: 'written' },
    },
    sentences,
    fields: FIELDS,
  });
  const values = form.getValues();

  const submit = onSubmit(async (input) => {
    const result = await complete.run({ id: participant.id, ...input });
    if (!result.ok) return result.error;
    await saved(result.value);
    showSuccess(t('participant.intake.completed'));
  });

  const formLabel = (form: { key: string; he: string; en: string }) => (i18n.language === 'en' ? form.en : form.he);

  return (
    <FormFrame
      formRef={formRef}
      formError={formError}
      formErrorTestId="complete-intake-problem"
      onSubmit={submit}
      testId="complete-intake-form"
      intro={t('participant.intake.completeIntro')}
    >
      <Group align="flex-start" gap="md">
        <DateField
          label={t('participant.intake.enrolmentDate')}
          {...field('enrolmentDate')}
          maxDate={today}
          required
          data-testid="intake-date"
        />
        <Select
          label={t('participant.fields.track')}
          data={codeOptions(t, 'track', tracks)}
          {...field('track')}
          required
          w={220}
          data-testid="intake-track"
        />
        <Select
          label={t('participant.fields.trafficLight')}
          data={codeOptions(t, 'trafficLight', trafficLights)}
          {...field('trafficLight')}
          required
          w={180}
          data-testid="intake-light"
        />
        <DateField
          label={t('participant.intake.commitmentDate')}
          {...field('commitmentSignedDate')}
          maxDate={today}
          required
          data-testid="intake-commitment"
        />
      </Group>

      <Fieldset legend={t('participant.intake.formsLegend')} data-testid="intake-forms">
        <Stack gap="sm">
          {formList.map((requiredForm) => {
            const date = values.forms[requiredForm.key] ?? null;
            const path = `forms.${requiredForm.key}`;
            return (
              <Group key={requiredForm.key} align="flex-start" gap="md">
                <Checkbox
                  label={formLabel(requiredForm)}
                  checked={date !== null}
                  onChange={(event) =>
                    form.setFieldValue(path, event.currentTarget.checked ? (values.enrolmentDate ?? today) : null)
                  }
                  error={errorText(path)}
                  mt={30}
                  w={260}
                  data-testid={`intake-form-${requiredForm.key}`}
                />
                {date !== null && (
                  <DateField
                    label={t('participant.intake.receivedOn')}
                    aria-label={t('participant.intake.receivedOnFor', { form: formLabel(requiredForm) })}
                    value={date}
                    onChange={(value) => form.setFieldValue(path, value)}
                    maxDate={today}
                  />
                )}
              </Group>
            );
          })}
        </Stack>
      </Fieldset>

      <Fieldset legend={t('participant.intake.consentLegend')}>
        <Group align="flex-start" gap="md">
          <DateField
            label={t('participant.intake.consentDate')}
            {...field('dataConsent.givenDate')}
            maxDate={today}
            required
            data-testid="intake-consent-date"
          />
          <Select
            label={t('participant.consents.method')}
            data={codeOptions(t, 'consentMethod', consentMethods)}
            {...field('dataConsent.method')}
            allowDeselect={false}
            w={200}
          />
        </Group>
      </Fieldset>

      <SubmitRow loading={complete.pending} testId="complete-intake-submit">
        {t('participant.intake.completeSubmit')}
      </SubmitRow>
    </FormFrame>
  );
}
