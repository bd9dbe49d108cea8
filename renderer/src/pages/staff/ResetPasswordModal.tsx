import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { showSuccess, useApiAction } from '../../api';
import { NewPasswordInput } from '../../components/NewPasswordFields';
import { FormError } from '../../forms/FormError';
import { newPasswordProblems } from '../../forms/password-rules';
import { usePasswordFormErrors } from '../../forms/usePasswordFormErrors';
import { STAFF_LIST_KEY, type StaffMember } from './staff-types';

/** A new temporary password, which the person must replace at their next sign-in. */
export function ResetPasswordModal({ member, onClose }: { member: StaffMember; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const reset = useApiAction('staff.resetPassword');
  const [password, setPassword] = useState('');
  const { errors, formError, formRef, serverProblem, showLocal, showServer } = usePasswordFormErrors(
    ['temporaryPassword'],
    'temporaryPassword',
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = newPasswordProblems(password, password, member.username).password;
    if (showLocal(problem ? { temporaryPassword: t(problem) } : {})) return;
    const result = await reset.run({ id: member.id, temporaryPassword: password });
    if (result.ok) {
      setPassword('');
      await queryClient.invalidateQueries({ queryKey: STAFF_LIST_KEY });
      showSuccess(t('staff.passwordReset'));
      onClose();
      return;
    }
    showServer(result.error, password);
  };

  return (
    <Modal opened onClose={onClose} title={t('staff.resetTitle')} size="md">
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text>{t('staff.resetIntro', { name: member.displayName })}</Text>
          <FormError error={formError} testId="reset-password-error" />
          <NewPasswordInput
            label={t('fields.temporaryPassword')}
            description={t('staff.temporaryPasswordHint')}
            value={password}
            onChange={setPassword}
            error={errors.temporaryPassword}
            username={member.username}
            serverProblem={serverProblem(password)}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={reset.pending}>
              {t('staff.resetSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
