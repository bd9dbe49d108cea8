import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../electron/api/result';
import { useApiAction } from '../../api';
import { AuthLayout } from '../../components/AuthLayout';
import { FormError } from '../../forms/FormError';
import type { AuthStatus } from '../../session/gate-view';
import { DemoAccounts } from './DemoAccounts';
import { RecoveryForm } from './RecoveryForm';

/**
 * Username and password, nothing else: no list of accounts, no hint whether a username
 * exists. Every failure reads the same way the server words it.
 */
export function SignInPage({
  onSignedIn,
  demo,
}: {
  onSignedIn: () => Promise<void>;
  /** The invented accounts of a demo centre, when one is open; never for a real store. */
  demo: AuthStatus['demoSignIn'];
}) {
  const { t } = useTranslation();
  const signIn = useApiAction('auth.signIn');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username?: boolean; password?: boolean }>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [recovering, setRecovering] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  if (recovering) {
    return (
      <AuthLayout titleKey="auth.recover.title">
        <RecoveryForm onDone={() => setRecovering(false)} onCancel={() => setRecovering(false)} />
      </AuthLayout>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const nextMissing = { username: username.trim() === '', password: password === '' };
    setMissing(nextMissing);
    if (nextMissing.username || nextMissing.password) return;
    setError(null);
    const result = await signIn.run({ username: username.trim(), password });
    setPassword('');
    if (result.ok) {
      await onSignedIn();
      return;
    }
    setError(result.error);
    passwordRef.current?.focus();
  };

  return (
    <AuthLayout titleKey="auth.signIn.title">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text c="dimmed">{t('auth.signIn.intro')}</Text>
          {demo && (
            <DemoAccounts
              demo={demo}
              onPick={(name, shared) => {
                setUsername(name);
                setPassword(shared);
                submitRef.current?.focus();
              }}
              onLeft={onSignedIn}
            />
          )}
          <FormError error={error} testId="sign-in-error" />
          <TextInput
            label={t('fields.username')}
            value={username}
            onChange={(event) => setUsername(event.currentTarget.value)}
            error={missing.username ? t('validation.required') : undefined}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            dir="auto"
            autoFocus
            required
          />
          <PasswordInput
            ref={passwordRef}
            label={t('fields.password')}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={missing.password ? t('validation.required') : undefined}
            aria-invalid={missing.password === true}
            autoComplete="current-password"
            required
          />
          <Button ref={submitRef} type="submit" loading={signIn.pending} fullWidth>
            {t('auth.signIn.submit')}
          </Button>
          <Anchor component="button" type="button" fz="sm" onClick={() => setRecovering(true)}>
            {t('auth.signIn.useRecoveryKey')}
          </Anchor>
        </Stack>
      </form>
    </AuthLayout>
  );
}
