import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { showSuccess, useApiAction } from '../../api';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { FormError } from '../../forms/FormError';
import { newPasswordProblems } from '../../forms/password-rules';
import { usePasswordFormErrors } from '../../forms/usePasswordFormErrors';

const FIELDS = ['username', 'recoveryKey', 'newPassword'] as const;

interface RecoveryFormProps {
  onDone: () => void | Promise<void>;
  onCancel?: () => void;
}

/** A new password for one account, proven by the centre's recovery key rather than the old password. */
export function RecoveryForm({ onDone, onCancel }: RecoveryFormProps) {
  const { t } = useTranslation();
  const recover = useApiAction('auth.recover');
  const [username, setUsername] = useState('');
  const [recoveryKey, setRecoveryKey] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const { errors, formError, formRef, serverProblem, showLocal, showServer } = usePasswordFormErrors(
    FIELDS,
    'newPassword',
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = newPasswordProblems(password, confirm, username);
    const found = showLocal({
      username: username.trim() === '' ? t('validation.required') : undefined,
      recoveryKey: recoveryKey.trim() === '' ? t('validation.required') : undefined,
      newPassword: local.password ? t(local.password) : undefined,
      confirm: local.confirm ? t(local.confirm) : undefined,
    });
    if (found) return;
    const result = await recover.run({
      username: username.trim(),
      recoveryKey: recoveryKey.trim(),
      newPassword: password,
    });
    if (result.ok) {
      setRecoveryKey('');
      setPassword('');
      setConfirm('');
      showSuccess(t('auth.recover.done'));
      await onDone();
      return;
    }
    showServer(result.error, password);
  };

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Text>{t('auth.recover.intro')}</Text>
        <FormError error={formError} testId="recover-error" />
        <TextInput
          label={t('fields.username')}
          value={username}
          onChange={(event) => setUsername(event.currentTarget.value)}
          error={errors.username}
          autoComplete="username"
          spellCheck={false}
          dir="auto"
          autoFocus
          required
        />
        <TextInput
          label={t('fields.recoveryKey')}
          description={t('auth.recover.keyHint')}
          value={recoveryKey}
          onChange={(event) => setRecoveryKey(event.currentTarget.value)}
          error={errors.recoveryKey}
          autoComplete="off"
          spellCheck={false}
          dir="ltr"
          classNames={{ input: 'kesher-mono' }}
          required
        />
        <NewPasswordFields
          password={password}
          confirm={confirm}
          onPasswordChange={setPassword}
          onConfirmChange={setConfirm}
          username={username}
          passwordError={errors.newPassword}
          confirmError={errors.confirm}
          serverProblem={serverProblem(password)}
        />
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('auth.recover.back')}
            </Button>
          )}
          <Button type="submit" loading={recover.pending}>
            {t('auth.recover.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
