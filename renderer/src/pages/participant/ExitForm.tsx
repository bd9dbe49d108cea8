import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput, MethodOutput } from '../../../../electron/api/contract';
import type { ApiError } from '../../../../electron/api/result';
import { exitReasons } from '../../../../electron/domain/codes';
import { formatDisplayDate, todayIso } from '../../../../electron/domain/dates';
import { showSuccess, useApiAction, useApiQuery } from '../../api';
import { codeLabel, codeOptions } from '../../codes';
import { DateField } from '../../components/DateField';
import { isolate } from '../../format';
import { always, blankAsNull, chosen, chosenId } from '../../forms/form-schemas';
import { inputOf } from '../../forms/input-of';
import { FormFrame, SubmitRow } from '../../forms/FormFrame';
import { useContractForm } from '../../forms/useContractForm';
import { ProposalWhy } from '../exits/ProposalWhy';
import { useRecordSaved, type Participant } from './participant-data';

const exitInput = inputOf('participants.exit');
const { shape } = exitInput;

const sentences = {
  exitDate: 'errors.lifecycle.exit_date_required',
  exitReason: 'errors.lifecycle.exit_reason_required',
};

/** The server's date rules, checked before asking it: neither in the future nor before intake. */
function exitForm(today: string, enrolmentDate: string | null) {
  return exitInput
    .omit({ id: true, confirmed: true })
    .extend({
      exitDate: chosen(shape.exitDate),
      exitReason: chosen(shape.exitReason),
      exitNote: blankAsNull(shape.exitNote),
      referralServiceId: chosenId(shape.referralServiceId),
      referralProgramme: blankAsNull(shape.referralProgramme),
    })
    .superRefine(({ exitDate }, ctx) => {
      if (exitDate > today)
        ctx.addIssue({ code: 'custom', path: ['exitDate'], message: 'errors.lifecycle.exit_date_in_future' });
      else if (enrolmentDate && exitDate < enrolmentDate)
        ctx.addIssue({ code: 'custom', path: ['exitDate'], message: 'errors.lifecycle.exit_before_enrolment' });
    }, always);
}

type ExitValues = Omit<MethodInput<'participants.exit'>, 'id' | 'confirmed'>;

interface Pending {
  input: ExitValues;
  settle: (error: ApiError | void) => void;
}

/**
 * Leaving the programme: a date and one of the CRF-1 reasons (the app's proposal chosen in
 * advance), a farewell note and a referral. Every exit is confirmed in a dialog first, since
 * only a coordinator can reopen.
 */
export function ExitForm({ participant }: { participant: Participant }) {
  const details = useApiQuery('exits.get', { id: participant.id });
  const services = useApiQuery('services.list', {});
  const proposal = details.data?.proposal ?? null;
  if (details.isPending) return null;
  return (
    <ExitFormBody
      key={proposal?.reason ?? 'none'}
      participant={participant}
      proposal={proposal}
      services={(services.data ?? []).map((s) => ({ value: String(s.id), label: s.name }))}
    />
  );
}

function ExitFormBody({
  participant,
  proposal,
  services,
}: {
  participant: Participant;
  proposal: MethodOutput<'exits.get'>['proposal'];
  services: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const exit = useApiAction('participants.exit');
  const saved = useRecordSaved(participant.id);
  const today = todayIso();
  const [pending, setPending] = useState<Pending | null>(null);
  const schema = useMemo(() => exitForm(today, participant.enrolmentDate), [today, participant.enrolmentDate]);
  const { formRef, formError, field, onSubmit } = useContractForm({
    schema,
    initialValues: {
      exitDate: today as string | null,
      exitReason: (proposal?.reason ?? null) as string | null,
      exitNote: '',
      referralServiceId: null as string | null,
      referralProgramme: '',
    },
    sentences,
  });

  // The form's own checks pass first; the dialog then holds the submit until the person confirms.
  const submit = onSubmit((input) => new Promise<ApiError | void>((settle) => setPending({ input, settle })));

  const confirm = async () => {
    if (!pending) return;
    const result = await exit.run({ id: participant.id, ...pending.input, confirmed: true });
    const { settle } = pending;
    setPending(null);
    if (!result.ok) return settle(result.error);
    settle();
    await saved(result.value);
    showSuccess(t('exits.done'));
  };
  const cancel = () => {
    pending?.settle();
    setPending(null);
  };

  return (
    <FormFrame formRef={formRef} formError={formError} onSubmit={submit} testId="exit-form" intro={t('exits.intro')}>
      {proposal && (
        <Alert color="orange" variant="light" data-testid="exit-proposal">
          <Text fw={600} fz="sm">
            {t('exits.proposed', { reason: codeLabel(t, 'exitReason', proposal.reason) })}
          </Text>
          <Text fz="sm">
            <ProposalWhy proposal={proposal} />
          </Text>
        </Alert>
      )}
      <Group align="flex-start" gap="md">
        <DateField label={t('participant.exit.date')} {...field('exitDate')} maxDate={today} required />
        <Select
          label={t('participant.exit.reason')}
          data={codeOptions(t, 'exitReason', exitReasons)}
          {...field('exitReason')}
          required
          w={340}
          data-testid="exit-reason"
        />
      </Group>
      <Textarea label={t('exits.note')} description={t('exits.noteHint')} autosize minRows={2} {...field('exitNote')} />
      <Group align="flex-start" gap="md" grow>
        <Select
          label={t('exits.referralService')}
          description={t('exits.referralServiceHint')}
          data={services}
          searchable
          clearable
          {...field('referralServiceId')}
          data-testid="exit-referral-service"
        />
        <TextInput
          label={t('exits.referralProgramme')}
          description={t('exits.referralProgrammeHint')}
          {...field('referralProgramme')}
          data-testid="exit-referral-programme"
        />
      </Group>
      <SubmitRow color="orange" variant="light" loading={exit.pending} testId="exit-submit">
        {t('participant.exit.submit')}
      </SubmitRow>
      <Modal opened={pending !== null} onClose={cancel} title={t('exits.confirmTitle')} data-testid="exit-confirm">
        {pending && (
          <Stack gap="md">
            <Text>
              {t('exits.confirmText', {
                name: isolate(`${participant.firstName} ${participant.lastName}`),
                reason: codeLabel(t, 'exitReason', pending.input.exitReason),
                date: formatDisplayDate(pending.input.exitDate),
              })}
            </Text>
            <Text fz="sm" c="dimmed">
              {t('exits.confirmReopen')}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={cancel}>
                {t('common.cancel')}
              </Button>
              <Button
                color="orange"
                onClick={() => void confirm()}
                loading={exit.pending}
                data-testid="exit-confirm-yes"
              >
                {t('exits.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </FormFrame>
  );
}
