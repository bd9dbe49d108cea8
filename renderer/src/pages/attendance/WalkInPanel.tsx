import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { createSpotlight } from '@mantine/spotlight';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { MethodOutput } from '../../../../electron/api/contract';
import { showApiError, showSuccess, unwrap, useApi, useApiAction } from '../../api';
import { ParticipantSpotlight } from '../../components/QuickSearch';
import { FormError } from '../../forms/FormError';
import { blankAsUndefined } from '../../forms/form-schemas';
import { inputOf } from '../../forms/input-of';
import { useContractForm } from '../../forms/useContractForm';

type Candidates = Extract<MethodOutput<'attendance.addWalkInInquiry'>, { kind: 'duplicates' }>['candidates'];

const { shape } = inputOf('attendance.addWalkInInquiry');
/** The walk-in's name and phone, checked by the contract's own rules; an empty phone is left out. */
const inquirySchema = z.object({
  firstName: shape.firstName,
  lastName: shape.lastName,
  phone: blankAsUndefined(shape.phone),
});

/**
 * Walk-ins at a drop-in session: someone known, found with the app's quick search, or someone
 * new, recorded as an inquiry with a name and a phone. Both join the roster marked present,
 * without leaving the page.
 */
export function WalkInPanel({
  sessionId,
  onAdded,
}: {
  sessionId: number;
  onAdded: (name: string, participantId: number) => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [[store, dialog]] = useState(createSpotlight);
  const addKnown = useApiAction('attendance.addWalkIn');
  const addNew = useApiAction('attendance.addWalkInInquiry');
  const [candidates, setCandidates] = useState<Candidates | null>(null);
  const { form, formRef, formError, field, onSubmit } = useContractForm({
    schema: inquirySchema,
    initialValues: { firstName: '', lastName: '', phone: '' },
  });

  const added = (participantId: number, first: string, last: string) => {
    const name = t('attendance.rowName', { first, last });
    showSuccess(t('attendance.walkIn.added', { name }), t);
    onAdded(name, participantId);
  };

  const pick = async (participantId: number) => {
    const result = await addKnown.run({ sessionId, participantId });
    if (!result.ok) return showApiError(result.error, t);
    setCandidates(null);
    form.reset();
    added(participantId, result.value.firstName, result.value.lastName);
  };

  const create = (force: boolean) =>
    onSubmit(async (values) => {
      const result = await addNew.run({ sessionId, ...values, force });
      if (!result.ok) return result.error;
      if (result.value.kind === 'duplicates') {
        setCandidates(result.value.candidates);
        return;
      }
      setCandidates(null);
      form.reset();
      added(result.value.entry.participantId, result.value.entry.firstName, result.value.entry.lastName);
    });

  return (
    <Card withBorder component="section" aria-labelledby="walk-ins-title" data-testid="walk-ins">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="h4" id="walk-ins-title">
            {t('attendance.walkIn.title')}
          </Title>
          <Button variant="light" onClick={() => dialog.open()} data-testid="walk-in-search">
            {t('attendance.walkIn.find')}
          </Button>
        </Group>
        <ParticipantSpotlight
          store={store}
          queryKey={['attendance.walkInSearch', sessionId]}
          search={(q) => unwrap(api['attendance.walkInSearch']({ sessionId, q }))}
          onPick={(hit) => void pick(hit.id)}
        />
        <Text fz="sm" c="dimmed">
          {t('attendance.walkIn.newIntro')}
        </Text>
        <form ref={formRef} onSubmit={create(false)} noValidate data-testid="walk-in-form">
          <Stack gap="xs">
            <FormError error={formError} />
            <Group grow align="flex-start">
              <TextInput label={t('attendance.walkIn.firstName')} required {...field('firstName')} />
              <TextInput label={t('attendance.walkIn.lastName')} required {...field('lastName')} />
              <TextInput label={t('attendance.walkIn.phone')} dir="ltr" inputMode="tel" {...field('phone')} />
            </Group>
            <Group>
              <Button type="submit" loading={addNew.pending} data-testid="walk-in-create">
                {t('attendance.walkIn.create')}
              </Button>
            </Group>
          </Stack>
        </form>
        {candidates && (
          <Stack gap="xs" data-testid="walk-in-duplicates" role="alert">
            <Text fw={600}>{t('attendance.walkIn.duplicates')}</Text>
            {candidates.map((c) => (
              <Group key={c.id} justify="space-between">
                <Text>
                  <bdi>{t('attendance.rowName', { first: c.firstName, last: c.lastName })}</bdi>
                </Text>
                <Button size="xs" variant="light" onClick={() => void pick(c.id)}>
                  {t('attendance.walkIn.thisOne')}
                </Button>
              </Group>
            ))}
            <Group>
              <Button size="xs" variant="default" onClick={() => create(true)()}>
                {t('attendance.walkIn.createAnyway')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
