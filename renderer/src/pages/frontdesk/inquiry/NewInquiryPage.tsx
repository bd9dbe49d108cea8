import { Button, Card, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { genders, recruitmentSources } from '../../../../../electron/domain/codes';
import { todayIso } from '../../../../../electron/domain/dates';
import { formatPhone, isValidPhone } from '../../../../../electron/domain/phone';
import { showSuccess, useApiAction } from '../../../api';
import { codeLabel } from '../../../codes';
import { FormFrame } from '../../../forms/FormFrame';
import { useContractForm } from '../../../forms/useContractForm';
import { navigate } from '../../../router';
import { useSession } from '../../../session/SessionContext';
import { AgeAnswer } from '../common/AgeAnswer';
import { DuplicatesModal, type DuplicateCandidate } from './DuplicatesModal';
import { ageRange, emptyInquiry, inquiryForm, inquirySentences } from './inquiry-form';

type Inquiry = z.output<ReturnType<typeof inquiryForm>>;

/** The first call: who is calling, how to reach them and how they heard of the programme. */
export function NewInquiryPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const create = useApiAction('inquiries.create');
  const today = todayIso();
  const schema = useMemo(() => inquiryForm(today), [today]);
  const { form, formRef, formError, field, errorText, onSubmit, showServer } = useContractForm({
    schema,
    initialValues: emptyInquiry,
    sentences: inquirySentences,
  });
  const values = form.getValues();
  const [duplicates, setDuplicates] = useState<{ candidates: DuplicateCandidate[]; inquiry: Inquiry } | null>(null);
  const canScreen = session.role === 'navigator' || session.role === 'coordinator';

  const send = async (inquiry: Inquiry, force: boolean) => {
    const result = await create.run({ ...inquiry, force });
    if (!result.ok) {
      setDuplicates(null);
      return result.error;
    }
    if (result.value.kind === 'duplicates') return setDuplicates({ candidates: result.value.candidates, inquiry });
    showSuccess(t('frontdesk.inquiry.created'), t);
    navigate(canScreen ? `/screening/${result.value.id}` : `/participants/${result.value.id}`);
  };

  const submit = onSubmit((inquiry) => send(inquiry, false));
  const createAnyway = async (inquiry: Inquiry) => {
    const error = await send(inquiry, true);
    if (error) showServer(error);
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
        <FormFrame
          formRef={formRef}
          formError={formError}
          formErrorTestId="inquiry-error"
          onSubmit={submit}
          testId="inquiry-form"
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('frontdesk.inquiry.firstName')}
              {...field('firstName')}
              required
              data-autofocus
              autoFocus
            />
            <TextInput label={t('frontdesk.inquiry.lastName')} {...field('lastName')} required />
            <TextInput
              label={t('frontdesk.inquiry.phone')}
              placeholder="05X-XXX-XXXX"
              {...field('phone')}
              onBlur={() => isValidPhone(values.phone) && form.setFieldValue('phone', formatPhone(values.phone))}
              type="tel"
              inputMode="tel"
              dir="ltr"
              autoComplete="off"
            />
            <TextInput label={t('frontdesk.inquiry.city')} {...field('city')} autoComplete="off" />
            <Select
              label={t('frontdesk.inquiry.recruitmentSource')}
              placeholder={t('frontdesk.common.choose')}
              data={recruitmentSources.map((code) => ({
                value: code,
                label: codeLabel(t, 'recruitmentSource', code),
              }))}
              {...field('recruitmentSource')}
              clearable
              data-testid="recruitment-source"
            />
            <TextInput label={t('frontdesk.inquiry.heardHow')} {...field('heardHow')} autoComplete="off" />
          </SimpleGrid>
          <Fieldset legend={t('frontdesk.inquiry.ageLegend')} variant="unstyled">
            <AgeAnswer
              label={t('frontdesk.inquiry.ageLegend')}
              values={values}
              onChange={(key, value) => form.setValues({ [key]: value })}
              ageRange={ageRange}
              errors={{ birthDate: errorText('birthDate'), age: errorText('age') }}
              testIds={{ birthDate: 'inquiry-birth-date' }}
            />
          </Fieldset>
          <Fieldset legend={t('frontdesk.inquiry.optionalLegend')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <TextInput
                label={t('frontdesk.inquiry.nationalId')}
                {...field('nationalId')}
                inputMode="numeric"
                dir="ltr"
                autoComplete="off"
              />
              <TextInput
                label={t('frontdesk.inquiry.email')}
                {...field('email')}
                type="email"
                dir="ltr"
                autoComplete="off"
              />
              <Select
                label={t('frontdesk.inquiry.gender')}
                placeholder={t('frontdesk.common.choose')}
                data={genders.map((code) => ({ value: code, label: codeLabel(t, 'gender', code) }))}
                {...field('gender')}
                clearable
              />
            </SimpleGrid>
          </Fieldset>
          <Group justify="flex-end" gap="sm">
            <Button type="submit" loading={create.pending}>
              {t(canScreen ? 'frontdesk.inquiry.submitAndScreen' : 'frontdesk.inquiry.submit')}
            </Button>
          </Group>
        </FormFrame>
      </Card>
      {duplicates && (
        <DuplicatesModal
          candidates={duplicates.candidates}
          creating={create.pending}
          onCreateAnyway={() => void createAnyway(duplicates.inquiry)}
          onClose={() => setDuplicates(null)}
        />
      )}
    </Stack>
  );
}
