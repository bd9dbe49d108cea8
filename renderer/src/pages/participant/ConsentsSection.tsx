import { Badge, Button, Card, Group, Modal, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../electron/api/result';
import { consentMethods, isConsentMethodSufficient } from '../../../../electron/domain/codes';
import { showSuccess, useApiAction } from '../../api';
import { codeLabel, codeOptions } from '../../codes';
import { DateField } from '../../components/DateField';
import { formatDisplayDate, todayIso } from '../../../../electron/domain/dates';
import { isolate } from '../../format';
import { FormError } from '../../forms/FormError';
import { FormFrame, SubmitRow } from '../../forms/FormFrame';
import { useContractForm } from '../../forms/useContractForm';
import { useRecordSaved, type Participant } from './participant-data';
import { always, blankAsUndefined, chosen, converted, requiredText } from '../../forms/form-schemas';
import { inputOf } from '../../forms/input-of';
import { maxLengthOf } from '../../forms/limits';

const consentInput = inputOf('consents.add');

type Consent = NonNullable<Participant['consents']>[number];

const stateColours = { active: 'teal', expired: 'gray', withdrawn: 'red' } as const;

/** Disclosure needs written consent (a form signed on a screen counts); a phone "yes" does not. */
const disclosureMethods = consentMethods.filter((method) => isConsentMethodSufficient('disclosure', method));

const ltrDate = (iso: string | null) => <span className="kesher-ltr">{formatDisplayDate(iso)}</span>;

/** What the person agreed to: keeping their data, and each disclosure to a named organisation. */
export function ConsentsSection({ participant, editable }: { participant: Participant; editable: boolean }) {
  const { t } = useTranslation();
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const consents = participant.consents ?? [];
  return (
    <Stack gap="lg">
      {consents.length === 0 ? (
        <Text c="dimmed">{t('participant.consents.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" data-testid="consents-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('participant.consents.kind')}</Table.Th>
                <Table.Th>{t('participant.consents.organisation')}</Table.Th>
                <Table.Th>{t('participant.consents.scope')}</Table.Th>
                <Table.Th>{t('participant.consents.given')}</Table.Th>
                <Table.Th>{t('participant.consents.method')}</Table.Th>
                <Table.Th>{t('participant.consents.expires')}</Table.Th>
                <Table.Th>{t('participant.consents.state')}</Table.Th>
                {editable && <Table.Th>{t('participant.consents.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {consents.map((consent) => (
                <Table.Tr key={consent.id}>
                  <Table.Td>{codeLabel(t, 'consentKind', consent.kind)}</Table.Td>
                  <Table.Td>{consent.organisation && <bdi>{consent.organisation}</bdi>}</Table.Td>
                  <Table.Td>{consent.scope && <bdi>{consent.scope}</bdi>}</Table.Td>
                  <Table.Td>{ltrDate(consent.givenDate)}</Table.Td>
                  <Table.Td>{codeLabel(t, 'consentMethod', consent.method)}</Table.Td>
                  <Table.Td>{ltrDate(consent.expiresDate)}</Table.Td>
                  <Table.Td>
                    <Badge color={stateColours[consent.state]} variant="light">
                      {codeLabel(t, 'consentState', consent.state)}
                    </Badge>
                    {consent.withdrawnDate && (
                      <Text fz="xs" c="dimmed">
                        {ltrDate(consent.withdrawnDate)}
                      </Text>
                    )}
                  </Table.Td>
                  {editable && (
                    <Table.Td>
                      {consent.state === 'active' && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          onClick={() => setWithdrawing(consent)}
                          aria-label={t('participant.consents.withdrawFor', {
                            kind: codeLabel(t, 'consentKind', consent.kind),
                            organisation: isolate(consent.organisation ?? ''),
                          })}
                        >
                          {t('participant.consents.withdraw')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editable && <AddDisclosureForm participant={participant} />}
      {withdrawing && (
        <WithdrawModal participant={participant} consent={withdrawing} onClose={() => setWithdrawing(null)} />
      )}
    </Stack>
  );
}

/** A disclosure as the form holds it; the dates' order and "not in the future" as the server checks them. */
function disclosureForm(today: string) {
  return consentInput
    .omit({ participantId: true, kind: true })
    .extend({
      organisation: requiredText(consentInput.shape.organisation, 'validation.consent_organisation_required'),
      scope: blankAsUndefined(consentInput.shape.scope),
      givenDate: chosen(consentInput.shape.givenDate),
      expiresDate: converted(z.string().nullable(), (date) => date ?? undefined, consentInput.shape.expiresDate),
    })
    .superRefine(({ givenDate, expiresDate }, ctx) => {
      if (givenDate > today)
        ctx.addIssue({ code: 'custom', path: ['givenDate'], message: 'validation.date_in_future' });
      if (givenDate && expiresDate && expiresDate < givenDate)
        ctx.addIssue({ code: 'custom', path: ['expiresDate'], message: 'validation.dateOrder' });
    }, always);
}

function AddDisclosureForm({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const add = useApiAction('consents.add');
  const saved = useRecordSaved(participant.id);
  const today = todayIso();
  const schema = useMemo(() => disclosureForm(today), [today]);
  const { form, formRef, formError, field, onSubmit } = useContractForm({
    schema,
    initialValues: {
      organisation: '',
      scope: '',
      givenDate: today as string | null,
      method: 'written',
      expiresDate: null as string | null,
    },
    sentences: { givenDate: 'participant.consents.dateRequired' },
  });

  const submit = onSubmit(async (input) => {
    const result = await add.run({ participantId: participant.id, kind: 'disclosure', ...input });
    if (!result.ok) return result.error;
    form.setValues({ organisation: '', scope: '', expiresDate: null });
    await saved();
    showSuccess(t('participant.consents.added'));
  });

  return (
    <Card withBorder padding="md">
      <Title order={2} fz="h4" mb="md">
        {t('participant.consents.addTitle')}
      </Title>
      <FormFrame
        formRef={formRef}
        formError={formError}
        onSubmit={submit}
        testId="add-consent-form"
        intro={t('participant.consents.addIntro')}
      >
        <Group align="flex-start" gap="md">
          <TextInput
            label={t('participant.consents.organisation')}
            {...field('organisation')}
            required
            maxLength={maxLengthOf(consentInput.shape.organisation)}
            w={260}
          />
          <TextInput
            label={t('participant.consents.scope')}
            description={t('participant.consents.scopeHint')}
            {...field('scope')}
            maxLength={maxLengthOf(consentInput.shape.scope)}
            w={320}
          />
        </Group>
        <Group align="flex-start" gap="md">
          <DateField label={t('participant.consents.given')} {...field('givenDate')} maxDate={today} required />
          <Select
            label={t('participant.consents.method')}
            data={codeOptions(t, 'consentMethod', disclosureMethods)}
            {...field('method')}
            allowDeselect={false}
            w={200}
          />
          <DateField label={t('participant.consents.expires')} {...field('expiresDate')} clearable />
        </Group>
        <SubmitRow loading={add.pending} testId="add-consent-submit">
          {t('participant.consents.addSubmit')}
        </SubmitRow>
      </FormFrame>
    </Card>
  );
}

function WithdrawModal({
  participant,
  consent,
  onClose,
}: {
  participant: Participant;
  consent: Consent;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const withdraw = useApiAction('consents.withdraw');
  const saved = useRecordSaved(participant.id);
  const today = todayIso();
  const [date, setDate] = useState<string | null>(today);
  const [problem, setProblem] = useState<ApiError | null>(null);

  const run = async () => {
    if (!date) return;
    const result = await withdraw.run({ consentId: consent.id, withdrawnDate: date });
    if (!result.ok) return setProblem(result.error);
    await saved();
    showSuccess(t('participant.consents.withdrawn'));
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('participant.consents.withdrawTitle')}>
      <Stack gap="md">
        <Text>
          {t('participant.consents.withdrawText', {
            kind: codeLabel(t, 'consentKind', consent.kind),
            organisation: isolate(consent.organisation ?? ''),
          })}
        </Text>
        <FormError error={problem} />
        <DateField
          label={t('participant.consents.withdrawnOn')}
          value={date}
          onChange={setDate}
          maxDate={today}
          required
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => void run()} loading={withdraw.pending} disabled={!date}>
            {t('participant.consents.withdraw')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
