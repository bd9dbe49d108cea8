import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { showSuccess, useApiAction } from '../../api';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { FormError } from '../../forms/FormError';
import { newPasswordProblems } from '../../forms/password-rules';
import { usePasswordFormErrors } from '../../forms/usePasswordFormErrors';

const FIELDS = ['currentPassword', 'newPassword'] as const;

interface ChangePasswordFormProps {
  username: string;
  onChanged: () => void | Promise<void>;
  /** Extra buttons beside "Save", e.g. sign out on the forced screen. */
  extraActions?: ReactNode;
}

export function ChangePasswordForm({ username, onChanged, extraActions }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const change = useApiAction('auth.changePassword');
  const [current, setCurrent] = useState('');
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
      currentPassword: current === '' ? t('validation.required') : undefined,
      newPassword: local.password ? t(local.password) : undefined,
      confirm: local.confirm ? t(local.confirm) : undefined,
    });
    if (found) return;
    const result = await change.run({ currentPassword: current, newPassword: password });
    if (result.ok) {
      setCurrent('');
      setPassword('');
      setConfirm('');
      showSuccess(t('auth.changePassword.done'));
      await onChanged();
      return;
    }
    showServer(result.error, password);
  };

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <FormError error={formError} testId="change-password-error" />
        <PasswordInput
          label={t('fields.currentPassword')}
          value={current}
          onChange={(event) => setCurrent(event.currentTarget.value)}
          error={errors.currentPassword}
          aria-invalid={Boolean(errors.currentPassword)}
          autoComplete="current-password"
          autoFocus
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
          {extraActions}
          <Button type="submit" loading={change.pending}>
            {t('auth.changePassword.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
