import { PasswordInput, Stack } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordHints } from './PasswordHints';

interface NewPasswordFieldsProps {
  password: string;
  confirm: string;
  onPasswordChange: (value: string) => void;
  onConfirmChange: (value: string) => void;
  /** The username the password must not contain; empty when not known yet. */
  username: string;
  passwordError?: string;
  confirmError?: string;
  /** The untranslated key of the server's reason, so the hints can mark the rule it broke. */
  serverProblem: string | null;
  passwordLabel?: string;
  confirmLabel?: string;
}

/** A new password with its confirmation and the policy hints, as every password form shows it. */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  const hintsId = useId();
  return (
    <Stack gap="sm">
      <PasswordInput
        label={props.passwordLabel ?? t('fields.newPassword')}
        value={props.password}
        onChange={(event) => props.onPasswordChange(event.currentTarget.value)}
        error={props.passwordError}
        aria-invalid={Boolean(props.passwordError)}
        autoComplete="new-password"
        aria-describedby={hintsId}
        required
      />
      <PasswordHints
        id={hintsId}
        password={props.password}
        username={props.username}
        serverProblem={props.serverProblem}
      />
      <PasswordInput
        label={props.confirmLabel ?? t('fields.confirmPassword')}
        value={props.confirm}
        onChange={(event) => props.onConfirmChange(event.currentTarget.value)}
        error={props.confirmError}
        aria-invalid={Boolean(props.confirmError)}
        autoComplete="new-password"
        required
      />
    </Stack>
  );
}
