import { Button, Group, Stack, Stepper } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiAction } from '../../api';
import { AuthLayout } from '../../components/AuthLayout';
import { FormError } from '../../forms/FormError';
import { JoinCentreOffer } from '../lan/JoinCentre';
import { OpenDemoCentre } from './OpenDemoCentre';
import { RecoveryKeyStep } from './RecoveryKeyStep';
import {
  emptySetupForm,
  firstStepWith,
  serverPathToField,
  setupInput,
  stepFields,
  validateStep,
  type SetupField,
} from './setup-form';
import { AccountStep, CentreStep, KeyStep } from './SetupSteps';
import { useSetupForm } from './useSetupForm';

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
  const [created, setCreated] = useState<Created | null>(null);
  const setup = useSetupForm();
  const { form, formRef, formError, onSubmit, showReasons } = setup;

  /** Shows the step's reasons when it has any; true when it may be left. */
  const stepPasses = (step: number): boolean => {
    const problems = validateStep(step, form.getValues());
    if (Object.keys(problems).length === 0) return true;
    setActive(step);
    showReasons(Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, problem.key])));
    return false;
  };

  const goNext = () => {
    if (!stepPasses(active)) return;
    form.clearErrors();
    setActive(active + 1);
  };

  const create = onSubmit(async () => {
    const values = form.getValues();
    const result = await init.run(setupInput(values));
    if (!result.ok) {
      // Back to the earliest step holding a field the server refused; the reasons land there.
      const refused = (result.error.fields ?? []).map((issue) => serverPathToField[issue.path]);
      const step = firstStepWith(refused.filter((field): field is SetupField => field !== undefined));
      if (step !== null) setActive(step);
      return result.error;
    }
    setCreated({
      recoveryKey: result.value.recoveryKey,
      centreName: values.centreName.trim(),
      centreCode: values.centreCode,
    });
    // The password has done its job; it must not sit in memory while the key is on screen.
    form.setValues(emptySetupForm);
    setActive(RECOVERY_STEP);
  });

  const finish = () => {
    setCreated(null);
    void onDone();
  };

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
          else if (stepFields.every((_, step) => stepPasses(step))) create();
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
            <CentreStep setup={setup} />
          </Stepper.Step>
          <Stepper.Step label={t('setup.steps.account')} allowStepSelect={!created && active > 1}>
            <AccountStep setup={setup} />
          </Stepper.Step>
          <Stepper.Step label={t('setup.steps.key')} allowStepSelect={!created && active > 2}>
            <KeyStep setup={setup} />
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
      {!created && active === 0 && <JoinCentreOffer onConnected={onDone} />}
    </AuthLayout>
  );
}
