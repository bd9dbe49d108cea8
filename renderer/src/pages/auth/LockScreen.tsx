import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Result } from '../../../../electron/api/result';
import { AuthLayout } from '../../components/AuthLayout';
import { FormError } from '../../forms/FormError';

interface LockScreenProps {
  displayName: string;
  onUnlock: (password: string) => Promise<Result<unknown>>;
  onSwitchUser: () => Promise<void>;
}

/** Whose session is locked, and the two ways on: that person's password, or another person. */
export function LockScreen({ displayName, onUnlock, onSwitchUser }: LockScreenProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMissing(password === '');
    if (password === '') return;
    setPending(true);
    setError(null);
    const result = await onUnlock(password);
    setPassword('');
    if (result.ok) return;
    setPending(false);
    setError(result.error);
    passwordRef.current?.focus();
  };

  return (
    <AuthLayout titleKey="auth.lock.title">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text data-testid="lock-user">
            {t('auth.lock.lockedFor')} <bdi>{displayName}</bdi>
          </Text>
          <FormError error={error} testId="unlock-error" />
          <PasswordInput
            ref={passwordRef}
            label={t('fields.password')}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={missing ? t('validation.required') : undefined}
            aria-invalid={missing}
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
        </Stack>
      </form>
    </AuthLayout>
  );
}
