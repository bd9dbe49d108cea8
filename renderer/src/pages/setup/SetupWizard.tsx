import { Button, Group, Stack, Stepper } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../electron/api/result';
import { useApiAction } from '../../api';
import { AuthLayout } from '../../components/AuthLayout';
import { problemFor, type RejectedPassword, rejectedPasswordOf, useFocusFirstInvalid } from '../../forms/field-errors';
import { FormError } from '../../forms/FormError';
import { OpenDemoCentre } from './OpenDemoCentre';
import { RecoveryKeyStep } from './RecoveryKeyStep';
import {
  emptySetupForm,
  firstStepWith,
  serverPathToField,
  setupInput,
  stepFields,
  validateStep,
  type SetupErrors,
  type SetupField,
  type SetupForm,
} from './setup-form';
import { AccountStep, CentreStep, KeyStep } from './SetupSteps';

const RECOVERY_STEP = 3;

interface Created {
  recoveryKey: string;
  centreName: string;
  centreCode: string;
}

/** First run: the centre, its first coordinator, the pseudonymisation key, then the recovery key once. */
export function SetupWizard({ onDone }: { onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const init = useApiAction('setup.init');
  const [active, setActive] = useState(0);
  const [form, setForm] = useState<SetupForm>(emptySetupForm);
  const [errors, setErrors] = useState<SetupErrors>({});
  const [rejected, setRejected] = useState<RejectedPassword | null>(null);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusFirstInvalid(formRef);

  const update = (patch: Partial<SetupForm>) => setForm((previous) => ({ ...previous, ...patch }));

  const showErrors = (next: SetupErrors) => {
    setErrors(next);
    focusInvalid();
  };

  const goNext = () => {
    const stepErrors = validateStep(active, form);
    if (Object.keys(stepErrors).length > 0) return showErrors(stepErrors);
    setErrors({});
    setActive(active + 1);
  };

  const create = async () => {
    for (let step = 0; step < stepFields.length; step += 1) {
      const stepErrors = validateStep(step, form);
      if (Object.keys(stepErrors).length > 0) {
        setActive(step);
        return showErrors(stepErrors);
      }
    }
    setFormError(null);
    const result = await init.run(setupInput(form));
    if (result.ok) {
      setCreated({
        recoveryKey: result.value.recoveryKey,
        centreName: form.centreName.trim(),
        centreCode: form.centreCode,
      });
      // The password has done its job; it must not sit in memory while the key is on screen.
      setForm(emptySetupForm);
      setRejected(null);
      setActive(RECOVERY_STEP);
      return;
    }
    const fieldErrors: SetupErrors = {};
    for (const issue of result.error.fields ?? []) {
      const field = serverPathToField[issue.path];
      if (field) fieldErrors[field] = { key: issue.message };
    }
    setRejected(rejectedPasswordOf(result.error, 'admin.password', form.password));
    const step = firstStepWith(Object.keys(fieldErrors) as SetupField[]);
    if (step === null) {
      setFormError(result.error);
      return;
    }
    setActive(step);
    showErrors(fieldErrors);
  };

  const finish = () => {
    setCreated(null);
    void onDone();
  };

  const stepProps = { form, errors, update };
  return (
    <AuthLayout titleKey="setup.title" width={760}>
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          // Enter moves on like the primary button; on the recovery key step it does nothing.
          event.preventDefault();
          if (created) return;
          if (active < 2) goNext();
          else void create();
        }}
      >
        <Stepper
          active={active}
          onStepClick={(step) => {
            if (!created && step < active) setActive(step);
          }}
          allowNextStepsSelect={false}
          size="sm"
          className="kesher-no-print"
        >
          <Stepper.Step label={t('setup.steps.centre')} allowStepSelect={!created && active > 0}>
            <CentreStep {...stepProps} />
          </Stepper.Step>
          <Stepper.Step label={t('setup.steps.account')} allowStepSelect={!created && active > 1}>
            <AccountStep {...stepProps} serverProblem={problemFor(rejected, form.password)} />
          </Stepper.Step>
          <Stepper.Step label={t('setup.steps.key')} allowStepSelect={!created && active > 2}>
            <KeyStep {...stepProps} />
          </Stepper.Step>
          <Stepper.Step label={t('setup.steps.recovery')} allowStepSelect={false}>
            {created && (
              <RecoveryKeyStep
                recoveryKey={created.recoveryKey}
                centreName={created.centreName}
                centreCode={created.centreCode}
                onContinue={finish}
              />
            )}
          </Stepper.Step>
        </Stepper>
        {!created && (
          <Stack gap="md" mt="xl">
            <FormError error={formError} testId="setup-error" />
            <Group justify="space-between">
              <Button variant="default" onClick={() => setActive(active - 1)} disabled={active === 0}>
                {t('common.back')}
              </Button>
              {active < 2 ? (
                <Button type="submit">{t('common.next')}</Button>
              ) : (
                <Button type="submit" loading={init.pending}>
                  {t('setup.create')}
                </Button>
              )}
            </Group>
          </Stack>
        )}
      </form>
      {!created && active === 0 && <OpenDemoCentre onOpened={onDone} />}
    </AuthLayout>
  );
}
