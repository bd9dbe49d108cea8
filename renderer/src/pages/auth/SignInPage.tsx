import { Anchor, Button, PasswordInput, Text } from '@mantine/core';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiAction } from '../../api';
import { AuthLayout } from '../../components/AuthLayout';
import { requiredText } from '../../forms/form-schemas';
import { authContract } from '../../../../electron/api/contracts/auth';
import { FormError } from '../../forms/FormError';
import { FormFrame } from '../../forms/FormFrame';
import { useContractForm } from '../../forms/useContractForm';
import type { AuthStatus } from '../../session/gate-view';
import { DemoAccounts } from './DemoAccounts';
import { RecoveryForm } from './RecoveryForm';
import { UsernameInput } from '../../components/UsernameInput';
import { readPrerenderedSignIn, removePrerendered } from '../../prerender/adopt';

const signInInput = authContract['auth.signIn'].input;
export const signInForm = signInInput.extend({ username: requiredText(signInInput.shape.username) });
const sentences = { username: 'validation.username', password: 'validation.required' };

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
  // The form drawn at build time may have been typed in (or submitted) before this one existed.
  const [drawn] = useState(readPrerenderedSignIn);
  const { form, formRef, formError, field, onSubmit } = useContractForm({
    schema: signInForm,
    initialValues: drawn?.values ?? { username: '', password: '' },
    sentences,
  });
  const [recovering, setRecovering] = useState(false);
  const submitRef = useRef<HTMLButtonElement>(null);
  const adopted = useRef(false);
  useLayoutEffect(() => {
    if (!drawn || adopted.current) return;
    adopted.current = true;
    removePrerendered();
    const focused = drawn.focused;
    const input = focused ? (form.getInputNode(focused.field) as HTMLInputElement | null) : null;
    if (focused && input) {
      input.focus();
      input.setSelectionRange(focused.start, focused.end);
    }
    if (drawn.submitted) formRef.current?.requestSubmit();
  }, [drawn, form, formRef]);

  if (recovering) {
    return (
      <AuthLayout titleKey="auth.recover.title">
        <RecoveryForm onDone={() => setRecovering(false)} onCancel={() => setRecovering(false)} />
      </AuthLayout>
    );
  }

  const submit = onSubmit(async (input) => {
    const result = await signIn.run(input);
    form.setFieldValue('password', '');
    if (result.ok) return void (await onSignedIn());
    // Every refusal reads the same, above the form; the password is typed again.
    form.getInputNode('password')?.focus();
    return result.error;
  });

  return (
    <AuthLayout titleKey="auth.signIn.title">
      <FormFrame formRef={formRef} formError={null} onSubmit={submit}>
        <Text c="dimmed">{t('auth.signIn.intro')}</Text>
        {demo && (
          <DemoAccounts
            demo={demo}
            onPick={(name, shared) => {
              form.setValues({ username: name, password: shared });
              submitRef.current?.focus();
            }}
            onLeft={onSignedIn}
          />
        )}
        <FormError error={formError} testId="sign-in-error" />
        <UsernameInput {...field('username')} />
        <PasswordInput label={t('fields.password')} {...field('password')} autoComplete="current-password" required />
        <Button ref={submitRef} type="submit" loading={signIn.pending} fullWidth>
          {t('auth.signIn.submit')}
        </Button>
        <Anchor component="button" type="button" fz="sm" onClick={() => setRecovering(true)}>
          {t('auth.signIn.useRecoveryKey')}
        </Anchor>
      </FormFrame>
    </AuthLayout>
  );
}
