import { Button, Group, PasswordInput, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../electron/api/result';
import { AuthLayout } from '../../components/AuthLayout';
import { authContract } from '../../../../electron/api/contracts/auth';
import { FormError } from '../../forms/FormError';
import { FormFrame } from '../../forms/FormFrame';
import { useContractForm } from '../../forms/useContractForm';

interface LockScreenProps {
  displayName: string;
  onUnlock: (password: string) => Promise<Result<unknown>>;
  onSwitchUser: () => Promise<void>;
}

const sentences = { password: 'validation.required' };

/** Whose session is locked, and the two ways on: that person's password, or another person. */
export function LockScreen({ displayName, onUnlock, onSwitchUser }: LockScreenProps) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const { form, formRef, formError, field, onSubmit } = useContractForm({
    schema: authContract['auth.unlock'].input,
    initialValues: { password: '' },
    sentences,
  });

  const submit = onSubmit(async ({ password }) => {
    setPending(true);
    const result = await onUnlock(password);
    form.setFieldValue('password', '');
    if (result.ok) return;
    setPending(false);
    form.getInputNode('password')?.focus();
    return result.error;
  });

  return (
    <AuthLayout titleKey="auth.lock.title">
      <FormFrame formRef={formRef} formError={null} onSubmit={submit}>
        <Text data-testid="lock-user">
          {t('auth.lock.lockedFor')} <bdi>{displayName}</bdi>
        </Text>
        <FormError error={formError} testId="unlock-error" />
        <PasswordInput
          label={t('fields.password')}
          {...field('password')}
          autoComplete="current-password"
          autoFocus
          required
        />
        <Group justify="space-between" gap="sm">
          <Button variant="default" onClick={() => void onSwitchUser()}>
            {t('auth.switchUser')}
          </Button>
          <Button type="submit" loading={pending}>
            {t('auth.lock.unlock')}
          </Button>
        </Group>
      </FormFrame>
    </AuthLayout>
  );
}
