import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The username box of the forms that sign someone in or name an account: the browser's
 * username field, taken as typed (no capitals added, no spelling marks), in either script.
 */
export function UsernameInput(props: TextInputProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('fields.username')}
      autoComplete="username"
      autoCapitalize="none"
      spellCheck={false}
      dir="auto"
      autoFocus
      required
      {...props}
    />
  );
}
