import { Button, Checkbox, Fieldset, Group, Select, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  consentMethods,
  tracks,
  trafficLights,
  type ConsentMethod,
  type Track,
  type TrafficLight,
} from '../../../../electron/domain/codes';
import { showSuccess, useApiAction, useApiQuery } from '../../api';
import { codeOptions } from '../../codes';
import { DateField } from '../../components/DateField';
import { todayIso } from '../../../../electron/domain/dates';
import { FormError } from '../../forms/FormError';
import type { FieldErrors } from '../../forms/field-errors';
import { useFormErrors } from '../../forms/useFormErrors';
import { useRecordSaved, type Participant } from './participant-data';

const PATHS = ['enrolmentDate', 'track', 'trafficLight', 'commitmentSignedDate', 'forms', 'dataConsent', 'coachId'];

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
  const [enrolmentDate, setEnrolmentDate] = useState<string | null>(
    scheduled && scheduled <= today ? scheduled : today,
  );
  const [track, setTrack] = useState<Track | null>(participant.track);
  const [light, setLight] = useState<TrafficLight | null>(participant.trafficLight);
  const [commitment, setCommitment] = useState<string | null>(participant.commitmentSignedDate);
  const [forms, setForms] = useState<Record<string, string | null>>(() => ({ ...participant.forms }));
  const [consentDate, setConsentDate] = useState<string | null>(null);
  const [consentMethod, setConsentMethod] = useState<ConsentMethod>('written');
  const { errors, formError, formRef, clear, showLocal, showServer } = useFormErrors(PATHS);
  const formList = required.data ?? [];
  // A field's reason goes once the field is changed; the others stay until the next attempt.
  const changed =
    <T,>(path: string, set: (value: T) => void) =>
    (value: T) => {
      set(value);
      clear(path);
    };

  const validate = (): FieldErrors => {
    const out: FieldErrors = {};
    if (!enrolmentDate) out.enrolmentDate = t('errors.lifecycle.intake_date_required');
    else if (enrolmentDate > today) out.enrolmentDate = t('errors.lifecycle.intake_date_in_future');
    if (!track) out.track = t('errors.lifecycle.track_required');
    if (!light) out.trafficLight = t('participant.intake.lightRequired');
    for (const form of formList) {
      if (!forms[form.key]) out[`forms.${form.key}`] = t('errors.lifecycle.required_forms_missing');
    }
    if (!commitment) out.commitmentSignedDate = t('errors.lifecycle.commitment_required');
    else if (commitment > today) out.commitmentSignedDate = t('errors.lifecycle.commitment_date_in_future');
    if (!consentDate) out['dataConsent.givenDate'] = t('participant.intake.consentDateRequired');
    return out;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (showLocal(validate()) || !enrolmentDate || !track || !light || !commitment || !consentDate) return;
    const received = Object.fromEntries(Object.entries(forms).filter((entry): entry is [string, string] => !!entry[1]));
    const result = await complete.run({
      id: participant.id,
      enrolmentDate,
      track,
      trafficLight: light,
      commitmentSignedDate: commitment,
      forms: received,
      dataConsent: { givenDate: consentDate, method: consentMethod },
    });
    if (!result.ok) return showServer(result.error);
    await saved(result.value);
    showSuccess(t('participant.intake.completed'));
  };

  const formLabel = (form: { key: string; he: string; en: string }) => (i18n.language === 'en' ? form.en : form.he);

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate data-testid="complete-intake-form">
      <Stack gap="md">
        <Text fz="sm" c="dimmed">
          {t('participant.intake.completeIntro')}
        </Text>
        <FormError error={formError} testId="complete-intake-problem" />
        <Group align="flex-start" gap="md">
          <DateField
            label={t('participant.intake.enrolmentDate')}
            value={enrolmentDate}
            onChange={changed('enrolmentDate', setEnrolmentDate)}
            error={errors.enrolmentDate}
            maxDate={today}
            required
            data-testid="intake-date"
          />
          <Select
            label={t('participant.fields.track')}
            data={codeOptions(t, 'track', tracks)}
            value={track}
            onChange={changed('track', (value: string | null) => setTrack(value as Track | null))}
            error={errors.track}
            required
            w={220}
            data-testid="intake-track"
          />
          <Select
            label={t('participant.fields.trafficLight')}
            data={codeOptions(t, 'trafficLight', trafficLights)}
            value={light}
            onChange={changed('trafficLight', (value: string | null) => setLight(value as TrafficLight | null))}
            error={errors.trafficLight}
            required
            w={180}
            data-testid="intake-light"
          />
          <DateField
            label={t('participant.intake.commitmentDate')}
            value={commitment}
            onChange={changed('commitmentSignedDate', setCommitment)}
            error={errors.commitmentSignedDate}
            maxDate={today}
            required
            data-testid="intake-commitment"
          />
        </Group>

        <Fieldset legend={t('participant.intake.formsLegend')} data-testid="intake-forms">
          <Stack gap="sm">
            {formList.map((form) => {
              const date = forms[form.key] ?? null;
              return (
                <Group key={form.key} align="flex-start" gap="md">
                  <Checkbox
                    label={formLabel(form)}
                    checked={date !== null}
                    onChange={(event) => {
                      const on = event.currentTarget.checked;
                      setForms((current) => ({ ...current, [form.key]: on ? (enrolmentDate ?? today) : null }));
                      clear(`forms.${form.key}`);
                    }}
                    error={errors[`forms.${form.key}`]}
                    mt={30}
                    w={260}
                    data-testid={`intake-form-${form.key}`}
                  />
                  {date !== null && (
                    <DateField
                      label={t('participant.intake.receivedOn')}
                      aria-label={t('participant.intake.receivedOnFor', { form: formLabel(form) })}
                      value={date}
                      onChange={(value) => setForms((current) => ({ ...current, [form.key]: value }))}
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
              value={consentDate}
              onChange={changed('dataConsent.givenDate', setConsentDate)}
              error={errors['dataConsent.givenDate']}
              maxDate={today}
              required
              data-testid="intake-consent-date"
            />
            <Select
              label={t('participant.consents.method')}
              data={codeOptions(t, 'consentMethod', consentMethods)}
              value={consentMethod}
              onChange={(value) => value && setConsentMethod(value as ConsentMethod)}
              error={errors['dataConsent.method']}
              allowDeselect={false}
              w={200}
            />
          </Group>
        </Fieldset>

        <Group>
          <Button type="submit" loading={complete.pending} data-testid="complete-intake-submit">
            {t('participant.intake.completeSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
