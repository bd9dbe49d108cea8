import { Alert, Anchor, Badge, Button, Card, Grid, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/contract';
import type { ApiError } from '../../../../../electron/api/result';
import type { EligibilityCriteria } from '../../../../../electron/domain/eligibility';
import { unwrap, useApi, useApiAction, useApiQuery } from '../../../api';
import { FormError } from '../../../forms/FormError';
import { useFocusFirstInvalid } from '../../../forms/field-errors';
import { hrefFor } from '../../../router';
import { codeLabel } from '../../../codes';
import { fullName } from '../common/labels';
import { usePathId } from '../common/path-id';
import { PhoneLink } from '../common/PhoneLink';
import { QueryState } from '../../../components/QueryState';
import { ServicePicker } from '../common/ServicePicker';
import { initialAnswers, toScreeningAnswers, type AnswerValues } from './answers';
import { OutcomePreview } from './OutcomePreview';
import { outcomeChangeToConfirm } from './outcome-change';
import { ScreeningQuestions } from './ScreeningQuestions';
import { ScreeningResult } from './ScreeningResult';

type Participant = MethodOutput<'participants.get'>;

/** The routing call (#/screening/<id>): the checklist, a live outcome, and what to do next. */
export function ScreeningPage() {
  const { t } = useTranslation();
  const id = usePathId('screening');
  if (id === null) return <Text>{t('frontdesk.screening.noId')}</Text>;
  return <ScreeningLoader id={id} />;
}

function ScreeningLoader({ id }: { id: number }) {
  const person = useApiQuery('participants.get', { id });
  const criteria = useApiQuery('eligibility.getCriteria', {});
  if (!person.data) return <QueryState query={person} />;
  if (!criteria.data) return <QueryState query={criteria} />;
  return <ScreeningForm key={person.data.id} person={person.data} criteria={criteria.data} />;
}

function ScreeningForm({ person, criteria }: { person: Participant; criteria: EligibilityCriteria }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const record = useApiAction('screening.record');
  const [values, setValues] = useState<AnswerValues>(() => initialAnswers(person));
  const [referral, setReferral] = useState<number | null>(person.screening.referralService?.id ?? null);
  const [referralError, setReferralError] = useState<string | undefined>();
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<MethodOutput<'screening.record'> | null>(null);
  const [change, setChange] = useState<ReturnType<typeof outcomeChangeToConfirm>>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  // The save button sits beside the referral picker: a refusal lands the keyboard on the picker.
  const sideRef = useRef<HTMLDivElement>(null);
  const focusInvalid = useFocusFirstInvalid(sideRef);

  // The page opens on its title so a screen reader starts at the call, and after a save (or
  // back to editing) the view starts again from the top instead of under the sticky header.
  useEffect(() => {
    window.scrollTo({ top: 0 });
    titleRef.current?.focus();
  }, [saved]);

  const answers = useMemo(() => toScreeningAnswers(values, criteria), [values, criteria]);
  const [debounced] = useDebouncedValue(answers, 250);
  const evaluation = useQuery({
    queryKey: ['eligibility.evaluate', { answers: debounced }],
    queryFn: () => unwrap(api['eligibility.evaluate']({ answers: debounced })),
    placeholderData: keepPreviousData,
  });
  const services = useApiQuery('services.list', { includeInactive: false });
  const outcome = evaluation.data?.outcome;
  const open = person.status === 'inquiry' || person.status === 'screened';

  const onChange = <K extends keyof AnswerValues>(key: K, value: AnswerValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  // A recorded outcome moves the person to a queue; changing it is confirmed first.
  const save = async () => {
    setFormError(null);
    const checked = await api['eligibility.evaluate']({ answers });
    const pending = checked.ok ? outcomeChangeToConfirm(person.screening.outcome, checked.value.outcome) : null;
    if (pending) setChange(pending);
    else await commit();
  };

  const commit = async () => {
    setChange(null);
    setFormError(null);
    setReferralError(undefined);
    const result = await record.run({
      participantId: person.id,
      answers,
      referralServiceId: referral ?? undefined,
    });
    if (!result.ok) {
      const referralIssue = result.error.fields?.find((f) => f.path === 'referralServiceId');
      if (referralIssue) {
        setReferralError(t(referralIssue.message, { defaultValue: t('validation.referral_required') }));
        focusInvalid();
      } else setFormError(result.error);
      return;
    }
    setSaved(result.value);
    await queryClient.invalidateQueries({ queryKey: ['participants.get', { id: person.id }] });
    await queryClient.invalidateQueries({ queryKey: ['decisions.queue'] });
  };

  // Ctrl+Enter saves from any field, so the call can be recorded without leaving the keyboard.
  // The empty list lets the shortcut fire from inside inputs too.
  useHotkeys([['mod+Enter', () => open && !saved && !record.pending && void save()]], []);

  const header = (
    <Stack gap={4}>
      <Title order={1} fz="h2" ref={titleRef} tabIndex={-1} data-testid="screening-title">
        {t('frontdesk.screening.title', { name: fullName(person) })}
      </Title>
      <Group gap="md" wrap="wrap">
        <Badge variant="light" color="gray">
          {codeLabel(t, 'status', person.status)}
        </Badge>
        <Text size="sm">
          {t('frontdesk.inquiry.phone')}: <PhoneLink phone={person.phone} testId="screening-phone" />
        </Text>
        {person.city && (
          <Text size="sm">
            {t('frontdesk.inquiry.city')}: {person.city}
          </Text>
        )}
        <Anchor size="sm" href={hrefFor(`/participants/${person.id}`)}>
          {t('frontdesk.screening.openRecord')}
        </Anchor>
      </Group>
    </Stack>
  );

  if (saved) {
    const service = services.data?.find((s) => s.id === referral) ?? null;
    return (
      <Stack gap="lg">
        {header}
        <ScreeningResult participantId={person.id} result={saved} service={service} onEdit={() => setSaved(null)} />
      </Stack>
    );
  }

  if (!open) {
    return (
      <Stack gap="lg">
        {header}
        <Alert color="blue" variant="light" data-testid="screening-closed">
          {t('frontdesk.screening.alreadyProgressed', { status: codeLabel(t, 'status', person.status) })}
        </Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      {header}
      <Modal
        opened={change !== null}
        onClose={() => setChange(null)}
        title={t('frontdesk.screening.confirmChange.title')}
        data-testid="screening-confirm-change"
      >
        {change && (
          <Stack gap="md">
            <Text>
              {t('frontdesk.screening.confirmChange.body', {
                from: t(`frontdesk.outcome.${change.from}`),
                to: t(`frontdesk.outcome.${change.to}`),
              })}
            </Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setChange(null)}>
                {t('frontdesk.screening.confirmChange.cancel')}
              </Button>
              <Button onClick={() => void commit()} loading={record.pending} data-testid="screening-confirm-save">
                {t('frontdesk.screening.confirmChange.save')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
      {person.screening.outcome && (
        <Alert color="blue" variant="light" data-testid="screening-previous">
          {t('frontdesk.screening.previous', { outcome: t(`frontdesk.outcome.${person.screening.outcome}`) })}
        </Alert>
      )}
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder padding="lg">
            <Stack gap="md">
              <Text size="sm" c="dimmed">
                {t('frontdesk.screening.intro')}
              </Text>
              <ScreeningQuestions criteria={criteria} values={values} onChange={onChange} />
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md" style={{ position: 'sticky', top: 76 }} ref={sideRef}>
            <OutcomePreview evaluation={evaluation.data} updating={evaluation.isFetching} />
            {(outcome === 'not_eligible' || referralError) && (
              <Card withBorder padding="md">
                <ServicePicker
                  value={referral}
                  onChange={(next) => {
                    setReferral(next);
                    setReferralError(undefined);
                  }}
                  error={referralError}
                />
              </Card>
            )}
            <FormError error={formError} testId="screening-error" />
            <Button size="md" onClick={() => void save()} loading={record.pending} data-testid="save-screening">
              {t('frontdesk.screening.save')}
            </Button>
            <Text size="xs" c="dimmed" ta="center">
              {t('frontdesk.screening.saveShortcut')}
            </Text>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
