import { Button, Group, PasswordInput } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { showSuccess, useApiAction } from '../../api';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { always } from '../../forms/form-schemas';
import { inputOf } from '../../forms/input-of';
import { FormFrame } from '../../forms/FormFrame';
import { newPasswordRule } from '../../forms/password-rules';
import { useContractForm } from '../../forms/useContractForm';

const changeInput = inputOf('auth.changePassword');

/** The current password must be typed; the new one is judged by the policy preview for this user. */
const changeForm = (username: string) =>
  changeInput
    .extend({
      currentPassword: z.string().min(1, 'validation.required').pipe(changeInput.shape.currentPassword),
      newPassword: z.string(),
      confirm: z.string(),
    })
    .superRefine(
      newPasswordRule(
        (values) => ({ password: values.newPassword, confirm: values.confirm, username }),
        { password: 'newPassword', confirm: 'confirm' },
        changeInput.shape.newPassword,
      ),
      always,
    )
    .transform(({ confirm: _confirm, ...input }) => input);

interface ChangePasswordFormProps {
  username: string;
  onChanged: () => void | Promise<void>;
  /** Extra buttons beside "Save", e.g. sign out on the forced screen. */
  extraActions?: ReactNode;
}

export function ChangePasswordForm({ username, onChanged, extraActions }: ChangePasswordFormProps) {
  const { t } = useTranslation();
  const change = useApiAction('auth.changePassword');
  const schema = useMemo(() => changeForm(username), [username]);
  const { form, formRef, formError, field, onSubmit, newPasswordFields } = useContractForm({
    schema,
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    passwordPath: 'newPassword',
  });
  const current = field('currentPassword');

  const submit = onSubmit(async (input) => {
    const result = await change.run(input);
    if (!result.ok) return result.error;
    form.reset();
    showSuccess(t('auth.changePassword.done'));
    await onChanged();
  });

  return (
    <FormFrame formRef={formRef} formError={formError} formErrorTestId="change-password-error" onSubmit={submit}>
      <PasswordInput
        label={t('fields.currentPassword')}
        {...current}
        aria-invalid={Boolean(current.error)}
        autoComplete="current-password"
        autoFocus
        required
      />
      <NewPasswordFields {...newPasswordFields('newPassword', 'confirm')} username={username} />
      <Group justify="flex-end" gap="sm">
        {extraActions}
        <Button type="submit" loading={change.pending}>
          {t('auth.changePassword.submit')}
        </Button>
      </Group>
    </FormFrame>
  );
}
