import { Button, Card, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { genders, recruitmentSources } from '../../../../../electron/domain/codes';
import { formatPhone, isValidPhone } from '../../../../../electron/domain/phone';
import { showSuccess, useApiAction } from '../../../api';
import { useFormErrors } from '../../../forms/useFormErrors';
import { FormError } from '../../../forms/FormError';
import { navigate } from '../../../router';
import { useSession } from '../../../session/SessionContext';
import { codeLabel } from '../../../codes';
import { AgeAnswer } from '../common/AgeAnswer';
import { DuplicatesModal, type DuplicateCandidate } from './DuplicatesModal';
import {
  emptyInquiry,
  INQUIRY_FIELDS,
  inquiryInput,
  inquiryProblems,
  type InquiryField,
  type InquiryValues,
} from './inquiry-form';

type Errors = Partial<Record<InquiryField, string>>;
type TextField = 'firstName' | 'lastName' | 'phone' | 'city' | 'heardHow' | 'nationalId' | 'email';

const fallbackProblem: Partial<Record<string, string>> = {
  phone: 'phone',
  nationalId: 'nationalId',
  email: 'email',
  birthDate: 'birthDateFuture',
  age: 'age',
};
const ownSentence = (path: string) =>
  fallbackProblem[path] ? `frontdesk.inquiry.problems.${fallbackProblem[path]}` : undefined;

/** The first call: who is calling, how to reach them and how they heard of the programme. */
export function NewInquiryPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const create = useApiAction('inquiries.create');
  const [values, setValues] = useState<InquiryValues>(emptyInquiry);
  const { errors, formError, formRef, clear, showLocal, showServer } = useFormErrors(INQUIRY_FIELDS, ownSentence);
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[] | null>(null);
  const canScreen = session.role === 'navigator' || session.role === 'coordinator';

  // A field's error goes as soon as it is edited; the rest stay until the next submit.
  const set = <K extends keyof InquiryValues>(key: K, value: InquiryValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    clear(key);
  };
  const text = (key: TextField) => ({
    value: values[key],
    onChange: (event: { currentTarget: { value: string } }) => set(key, event.currentTarget.value),
    error: errors[key],
  });

  const send = async (force: boolean) => {
    const result = await create.run(inquiryInput(values, force));
    if (!result.ok) {
      setDuplicates(null);
      return showServer(result.error);
    }
    if (result.value.kind === 'duplicates') return setDuplicates(result.value.candidates);
    showSuccess(t('frontdesk.inquiry.created'), t);
    navigate(canScreen ? `/screening/${result.value.id}` : `/participants/${result.value.id}`);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = inquiryProblems(values);
    const local: Errors = Object.fromEntries(
      Object.entries(problems).map(([field, key]) => [field, t(`frontdesk.inquiry.problems.${key}`)]),
    );
    if (!showLocal(local)) void send(false);
  };

  return (
    <Stack gap="lg" maw={880}>
      <div>
        <Title order={1} fz="h2">
          {t('frontdesk.inquiry.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t(canScreen ? 'frontdesk.inquiry.intro' : 'frontdesk.inquiry.introCoach')}
        </Text>
      </div>
      <Card withBorder padding="lg">
        <form ref={formRef} onSubmit={submit} noValidate data-testid="inquiry-form">
          <Stack gap="md">
            <FormError error={formError} testId="inquiry-error" />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label={t('frontdesk.inquiry.firstName')}
                {...text('firstName')}
                required
                data-autofocus
                autoFocus
              />
              <TextInput label={t('frontdesk.inquiry.lastName')} {...text('lastName')} required />
              <TextInput
                label={t('frontdesk.inquiry.phone')}
                placeholder="05X-XXX-XXXX"
                {...text('phone')}
                onBlur={() => isValidPhone(values.phone) && set('phone', formatPhone(values.phone))}
                type="tel"
                inputMode="tel"
                dir="ltr"
                autoComplete="off"
              />
              <TextInput label={t('frontdesk.inquiry.city')} {...text('city')} autoComplete="off" />
              <Select
                label={t('frontdesk.inquiry.recruitmentSource')}
                placeholder={t('frontdesk.common.choose')}
                data={recruitmentSources.map((code) => ({
                  value: code,
                  label: codeLabel(t, 'recruitmentSource', code),
                }))}
                value={values.recruitmentSource}
                onChange={(value) => set('recruitmentSource', value as InquiryValues['recruitmentSource'])}
                error={errors.recruitmentSource}
                clearable
                data-testid="recruitment-source"
              />
              <TextInput label={t('frontdesk.inquiry.heardHow')} {...text('heardHow')} autoComplete="off" />
            </SimpleGrid>
            <Fieldset legend={t('frontdesk.inquiry.ageLegend')} variant="unstyled">
              <AgeAnswer
                label={t('frontdesk.inquiry.ageLegend')}
                values={values}
                onChange={set}
                ageRange={{ min: 16, max: 110 }}
                errors={errors}
                testIds={{ birthDate: 'inquiry-birth-date' }}
              />
            </Fieldset>
            <Fieldset legend={t('frontdesk.inquiry.optionalLegend')}>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
                <TextInput
                  label={t('frontdesk.inquiry.nationalId')}
                  {...text('nationalId')}
                  inputMode="numeric"
                  dir="ltr"
                  autoComplete="off"
                />
                <TextInput
                  label={t('frontdesk.inquiry.email')}
                  {...text('email')}
                  type="email"
                  dir="ltr"
                  autoComplete="off"
                />
                <Select
                  label={t('frontdesk.inquiry.gender')}
                  placeholder={t('frontdesk.common.choose')}
                  data={genders.map((code) => ({ value: code, label: codeLabel(t, 'gender', code) }))}
                  value={values.gender}
                  onChange={(value) => set('gender', value as InquiryValues['gender'])}
                  error={errors.gender}
                  clearable
                />
              </SimpleGrid>
            </Fieldset>
            <Group justify="flex-end" gap="sm">
              <Button type="submit" loading={create.pending}>
                {t(canScreen ? 'frontdesk.inquiry.submitAndScreen' : 'frontdesk.inquiry.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
      {duplicates && (
        <DuplicatesModal
          candidates={duplicates}
          creating={create.pending}
          onCreateAnyway={() => void send(true)}
          onClose={() => setDuplicates(null)}
        />
      )}
    </Stack>
  );
}
