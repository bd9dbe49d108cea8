import { Button, Group, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { showSuccess, useApiAction } from '../../api';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { always, requiredText } from '../../forms/form-schemas';
import { authContract } from '../../../../electron/api/contracts/auth';
import { FormFrame } from '../../forms/FormFrame';
import { newPasswordRule } from '../../forms/password-rules';
import { useContractForm } from '../../forms/useContractForm';
import { UsernameInput } from '../../components/UsernameInput';

const recoverInput = authContract['auth.recover'].input;
const recoverForm = recoverInput
  .extend({
    username: requiredText(recoverInput.shape.username),
    recoveryKey: requiredText(recoverInput.shape.recoveryKey),
    newPassword: z.string(),
    confirm: z.string(),
  })
  .superRefine(
    newPasswordRule(
      (values) => ({ password: values.newPassword, confirm: values.confirm, username: values.username }),
      { password: 'newPassword', confirm: 'confirm' },
      recoverInput.shape.newPassword,
    ),
    always,
  )
  .transform(({ confirm: _confirm, ...input }) => input);

interface RecoveryFormProps {
  onDone: () => void | Promise<void>;
  onCancel?: () => void;
}

/** A new password for one account, proven by the centre's recovery key rather than the old password. */
export function RecoveryForm({ onDone, onCancel }: RecoveryFormProps) {
  const { t } = useTranslation();
  const recover = useApiAction('auth.recover');
  const { form, formRef, formError, field, onSubmit, newPasswordFields } = useContractForm({
    schema: recoverForm,
    initialValues: { username: '', recoveryKey: '', newPassword: '', confirm: '' },
    passwordPath: 'newPassword',
  });
  const values = form.getValues();

  const submit = onSubmit(async (input) => {
    const result = await recover.run(input);
    if (!result.ok) return result.error;
    form.setValues({ recoveryKey: '', newPassword: '', confirm: '' });
    showSuccess(t('auth.recover.done'));
    await onDone();
  });

  return (
    <FormFrame formRef={formRef} formError={formError} formErrorTestId="recover-error" onSubmit={submit}>
      <Text>{t('auth.recover.intro')}</Text>
      <UsernameInput {...field('username')} />
      <TextInput
        label={t('fields.recoveryKey')}
        description={t('auth.recover.keyHint')}
        {...field('recoveryKey')}
        autoComplete="off"
        spellCheck={false}
        dir="ltr"
        classNames={{ input: 'kesher-mono' }}
        required
      />
      <NewPasswordFields {...newPasswordFields('newPassword', 'confirm')} username={values.username} />
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
    </FormFrame>
  );
}
