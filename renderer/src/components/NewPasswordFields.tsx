import { PasswordInput, Stack, type PasswordInputProps } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordHints } from './PasswordHints';

type NewPasswordInputProps = Omit<PasswordInputProps, 'value' | 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
  /** The username the password must not contain; empty when not known yet. */
  username: string;
  /** The untranslated key of the server's reason, so the hints can mark the rule it broke. */
  serverProblem: string | null;
};

/**
 * A new password with the policy hints under it, which the field points at for screen
 * readers. A fragment, so the hints keep the spacing of the form around them.
 */
export function NewPasswordInput({ value, onChange, username, serverProblem, error, ...props }: NewPasswordInputProps) {
  const hintsId = useId();
  return (
    <>
      <PasswordInput
        {...props}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        aria-invalid={Boolean(error)}
        autoComplete="new-password"
        aria-describedby={hintsId}
        required
      />
      <PasswordHints id={hintsId} password={value} username={username} serverProblem={serverProblem} />
    </>
  );
}

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
  return (
    <Stack gap="sm">
      <NewPasswordInput
        label={props.passwordLabel ?? t('fields.newPassword')}
        value={props.password}
        onChange={props.onPasswordChange}
        error={props.passwordError}
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
